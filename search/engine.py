"""Matching analysed queries against the index, on PostgreSQL (tsvector + GIN) or SQLite (FTS5).

A search's cost is bounded whatever the archive's size (docs/search.md, "Ranking and cost"):

- Ranking in tiers: (page's language, all words in the title or keyword names), then (page's
  language, the rest), then the same two for other languages; inside a tier newest first. On
  PostgreSQL each tier is its own `ORDER BY date ... LIMIT` branch of one UNION ALL, so a word
  found in a third of all items is walked newest-first through the date index and stops after
  the hits asked for, while a rare word is found through the GIN index; the planner chooses
  per tier from the column statistics (migration 0004). At most `CANDIDATES` hits are ranked.
- Counts capped: each kind's count is `count(*)` over a `LIMIT COUNT_CAP + 1` subquery, so a
  common word costs at most that many matches per kind; a count above COUNT_CAP is shown as
  "over" it.
- Keyword refinements are counted among the best FACET_SAMPLE hits (a capped count per
  keyword costs a heap visit per match: about 70 ms for twelve of them at 100k). Only the
  hits a page needs are ranked (at most CANDIDATES deep).
"""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass, field

from django.db import connection, transaction

from . import analysis
from .models import Kind, SearchDocument

# How many hits can be paged through.
CANDIDATES = 1000
# The best hits fetched whatever the page (the first pages come from them), among which the
# keyword refinements are counted.
FACET_SAMPLE = 100
# Counts above this are shown as "over COUNT_CAP".
COUNT_CAP = 1000
TABLE = SearchDocument._meta.db_table
ORDER_PG = "date DESC NULLS LAST, id DESC"


@dataclass
class Matches:
    ids: list[int] = field(default_factory=list)
    # Sum of the kind counts (or the chosen kind's); over COUNT_CAP means "more than that".
    total: int = 0
    capped: bool = False
    # Each at most COUNT_CAP + 1 (see count_is_capped).
    kind_counts: dict[str, int] = field(default_factory=dict)
    keyword_counts: dict[int, int] = field(default_factory=dict)


def site_term(site_id: int) -> str:
    """The filter term of the site an item is shown on (a card may carry several)."""
    return f"site_{site_id}"


def _on_site(groups: list, site_id: int | None) -> list:
    return [*groups, frozenset({site_term(site_id)})] if site_id is not None else list(groups)


def count_is_capped(count: int) -> bool:
    return count > COUNT_CAP


def _pg_query(groups: list[frozenset[str]]) -> str:
    def quote(term: str) -> str:
        return "'" + term.replace("\\", "\\\\").replace("'", "''") + "'"

    return " & ".join("(" + " | ".join(quote(t) for t in sorted(group)) + ")" for group in groups)


def _fts_query(groups: list[frozenset[str]]) -> str:
    def quote(term: str) -> str:
        return '"' + term.replace('"', '""') + '"'

    return " AND ".join(
        "(" + " OR ".join(quote(t) for t in sorted(group)) + ")" for group in groups
    )


@contextmanager
def _index_scans():
    """PostgreSQL, for this transaction only: match through an index, never a sequential scan,
    and no parallel plans.

    The planner's cost model does not see that `terms_vector` is stored out of line: a
    sequential scan must fetch and decompress it for every row it checks (measured at 110k
    rows: 4.2 s against 0.35 s for a bitmap scan of the GIN index, which answers `@@` without
    reading it). The date-ordered index walks of the ranking are index scans and stay allowed.
    """
    if connection.vendor != "postgresql":
        yield
        return
    with transaction.atomic():
        with connection.cursor() as cursor:
            # Also no parallel plans: the ranking relies on Append running its branches in
            # order, which a Parallel Append would not.
            cursor.execute(
                "SELECT set_config('enable_seqscan', 'off', true), "
                "set_config('max_parallel_workers_per_gather', '0', true)"
            )
        yield


def _tiers(filter_groups, head_groups, language: str) -> list[tuple[str, list]]:
    """PostgreSQL: (WHERE clause, params) of each ranking tier, best tier first."""
    # In the title tier the query words are implied by `head_vector`; only filters (kind,
    # keywords) are left for `terms_vector`, which is read out of line.
    tiers = []
    for same_language in (True, False):
        lang = ("language = %s", [language]) if same_language else ("language <> %s", [language])
        if head_groups:
            head = _pg_query(head_groups)
            filters = _pg_query(filter_groups)
            clause = "head_vector @@ %s::tsquery AND " + lang[0]
            params = [head, *lang[1]]
            if filters:
                clause += " AND terms_vector @@ %s::tsquery"
                params.append(filters)
            tiers.append((clause, params))
            everything = _pg_query(list(head_groups) + list(filter_groups))
            tiers.append(
                (
                    "terms_vector @@ %s::tsquery AND NOT (head_vector @@ %s::tsquery) AND "
                    + lang[0],
                    [everything, head, *lang[1]],
                )
            )
        else:
            tiers.append(
                ("terms_vector @@ %s::tsquery AND " + lang[0], [_pg_query(filter_groups), *lang[1]])
            )
    return tiers


def _on_site_rows(
    columns: str, clause: str, params: list, shared_clause: str, shared_params: list, site_id, limit
) -> tuple[str, list]:
    """The best `limit` rows of one site, newest first: its own rows, walked in date order
    through `search_doc_site_rank_order` by `clause` (without the site term, which every walked
    row would have to read), merged with the rows of no one site (cards on several), which
    `shared_clause` finds by the site term. Ranking tiers and suggestions alike."""
    return (
        f"(SELECT {columns} FROM ("
        f"(SELECT {columns}, date FROM {TABLE} WHERE site_id = %s AND {clause} "
        f"ORDER BY {ORDER_PG} LIMIT %s) UNION ALL "
        f"(SELECT {columns}, date FROM {TABLE} WHERE site_id IS NULL AND {shared_clause} "
        f"ORDER BY {ORDER_PG} LIMIT %s)) on_site ORDER BY {ORDER_PG} LIMIT %s)"
    ), [site_id, *params, limit, *shared_params, limit, limit]


def _select(
    query_groups, filter_groups, language: str, limit: int, site_id: int | None = None
) -> list[tuple]:
    """(id, kind, keyword_ids) of the best `limit` matches on the site `site_id` (None: every
    site), in rank order."""
    if connection.vendor == "postgresql":
        branches, params = [], []
        tiers = _tiers(filter_groups, query_groups, language)
        site_tiers = _tiers(_on_site(filter_groups, site_id), query_groups, language)
        for (clause, clause_params), (site_clause, site_params) in zip(
            tiers, site_tiers, strict=True
        ):
            if site_id is None:
                branch = (
                    f"(SELECT id, kind, keyword_ids FROM {TABLE} WHERE {clause} "
                    f"ORDER BY {ORDER_PG} LIMIT %s)"
                )
                branch_params = [*clause_params, limit]
            else:
                branch, branch_params = _on_site_rows(
                    "id, kind, keyword_ids",
                    clause,
                    clause_params,
                    site_clause,
                    site_params,
                    site_id,
                    limit,
                )
            branches.append(branch)
            params += branch_params
        # Append runs its branches in order and stops once the limit is reached: a tier is
        # only searched when the better ones had too few hits.
        sql = f"SELECT id, kind, keyword_ids FROM ({' UNION ALL '.join(branches)}) ranked LIMIT %s"
        params.append(limit)
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchall()
    where_groups = list(query_groups) + _on_site(list(filter_groups), site_id)
    head = (
        "(d.id IN (SELECT rowid FROM search_fts WHERE search_fts MATCH %s)) DESC, "
        if query_groups
        else ""
    )
    sql = (
        f"SELECT d.id, d.kind, d.keyword_ids FROM search_fts "
        f"JOIN {TABLE} d ON d.id = search_fts.rowid WHERE search_fts MATCH %s "
        f"ORDER BY (d.language = %s) DESC, {head}d.date IS NULL, d.date DESC, "
        f"d.id DESC LIMIT %s"
    )
    params = ["terms : (" + _fts_query(where_groups) + ")", language]
    if query_groups:
        params.append("head_terms : (" + _fts_query(query_groups) + ")")
    params.append(limit)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def _capped_counts(labelled_groups: list[tuple[object, list]]) -> dict:
    """{label: matches of its groups, counted up to COUNT_CAP + 1} in one statement."""
    if not labelled_groups:
        return {}
    parts, params = [], []
    for label, groups in labelled_groups:
        if connection.vendor == "postgresql":
            inner = f"SELECT 1 FROM {TABLE} WHERE terms_vector @@ %s::tsquery LIMIT %s"
            match = _pg_query(groups)
        else:
            inner = "SELECT 1 FROM search_fts WHERE search_fts MATCH %s LIMIT %s"
            match = "terms : (" + _fts_query(groups) + ")"
        parts.append(f"SELECT %s, (SELECT count(*) FROM ({inner}) capped)")
        params += [str(label), match, COUNT_CAP + 1]
    with connection.cursor() as cursor:
        cursor.execute(" UNION ALL ".join(parts), params)
        return dict(cursor.fetchall())


def _kind_counts(groups) -> dict[str, int]:
    counts = _capped_counts(
        [(kind, list(groups) + [frozenset({analysis.kind_term(kind)})]) for kind in Kind.values]
    )
    return {kind: count for kind, count in counts.items() if count}


def search(
    query_groups: list[frozenset[str]],
    *,
    keyword_ids: list[int] = (),
    kind: str | None = None,
    language: str = analysis.FINNISH,
    upto: int = 0,
    site_id: int | None = None,
) -> Matches:
    """The matches of all query word groups and every keyword (see module doc), on the site
    `site_id` (None: on every site).

    `ids` are the best max(`upto`, FACET_SAMPLE) hits in rank order (at most CANDIDATES);
    `keyword_counts` count the keywords (other than the chosen ones) among the best
    FACET_SAMPLE hits.
    """
    filters = [frozenset({analysis.keyword_term(pk)}) for pk in keyword_ids]
    if not query_groups and not filters:
        return Matches()
    with _index_scans():
        return _search(query_groups, filters, keyword_ids, kind, language, upto, site_id)


def _search(query_groups, filters, keyword_ids, kind, language, upto, site_id) -> Matches:
    kind_counts = _kind_counts(list(query_groups) + _on_site(filters, site_id))
    total = kind_counts.get(kind, 0) if kind else sum(kind_counts.values())
    rows = []
    if total:
        if kind:
            filters = filters + [frozenset({analysis.kind_term(kind)})]
        limit = min(max(upto, FACET_SAMPLE), CANDIDATES, total)
        rows = _select(list(query_groups), filters, language, limit, site_id)
    keyword_counts: dict[int, int] = {}
    for _id, _kind, ids in rows[:FACET_SAMPLE]:
        for value in ids.split():
            if int(value) not in keyword_ids:
                keyword_counts[int(value)] = keyword_counts.get(int(value), 0) + 1
    return Matches(
        ids=[row[0] for row in rows],
        total=total,
        capped=count_is_capped(total),
        kind_counts=kind_counts,
        keyword_counts=keyword_counts,
    )


def head_prefix_matches(
    complete: list[frozenset[str]], prefix: str, limit: int, site_id: int | None = None
) -> list[int]:
    """Ids of items (on the site `site_id`, None: every site) whose title or keywords have
    every complete word and a word starting with `prefix` (for suggestions while typing),
    newest first. The site term is among the head terms for this."""
    if connection.vendor == "postgresql":
        prefix_part = "'" + prefix.replace("'", "''") + "':*"

        def tsquery(groups) -> str:
            return f"{_pg_query(groups)} & {prefix_part}" if groups else prefix_part

        if site_id is None:
            sql = (
                f"SELECT id FROM {TABLE} WHERE head_vector @@ %s::tsquery "
                f"ORDER BY {ORDER_PG} LIMIT %s"
            )
            params = [tsquery(complete), limit]
        else:
            sql, params = _on_site_rows(
                "id",
                "head_vector @@ %s::tsquery",
                [tsquery(complete)],
                "head_vector @@ %s::tsquery",
                [tsquery(_on_site(complete, site_id))],
                site_id,
                limit,
            )
    else:
        complete = _on_site(complete, site_id)
        match = _fts_query(complete)
        prefix_part = '"' + prefix.replace('"', '""') + '"*'
        match = f"{match} AND {prefix_part}" if match else prefix_part
        sql = (
            f"SELECT d.id FROM search_fts JOIN {TABLE} d ON d.id = search_fts.rowid "
            f"WHERE search_fts MATCH %s ORDER BY d.date IS NULL, d.date DESC, d.id DESC LIMIT %s"
        )
        params = ["head_terms : (" + match + ")", limit]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return [row[0] for row in cursor.fetchall()]
