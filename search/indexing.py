"""Writing the index: one object at once (signals), or everything in batches (rebuild)."""

from __future__ import annotations

import logging
from collections.abc import Callable

from django.db import transaction
from wagtail.models import Page

from . import documents
from .models import Kind, SearchDocument

logger = logging.getLogger(__name__)

BATCH = 1000
PAGE_KINDS = [Kind.NEWS, Kind.NETWORK, Kind.EVENT, Kind.PAGE]


def _write(kind: str, pks: list[int], docs: list[SearchDocument]) -> None:
    with transaction.atomic():
        SearchDocument.objects.filter(kind=kind, object_id__in=pks).delete()
        SearchDocument.objects.bulk_create(docs, batch_size=BATCH)


def index_objects(model, pks: list[int], root_paths=None) -> int:
    """(Re)writes the documents of `model`'s objects `pks`: those an anonymous visitor may
    see get a fresh document, the rest lose theirs. Returns how many are indexed."""
    source = next((s for s in documents.SOURCES if s[1] is model), None)
    if source is None or not pks:
        return 0
    kind, _model, queryset, function = source
    root_paths = root_paths if root_paths is not None else documents.site_root_paths()
    objs = list(queryset().filter(pk__in=pks))
    docs = documents.documents_for(objs, function, root_paths)
    _write(kind, pks, docs)
    return len(docs)


def index_object(obj) -> None:
    if isinstance(obj, Page):
        obj = obj.specific_deferred if type(obj) is Page else obj
    index_objects(type(obj), [obj.pk])


def remove_pages(pks: list[int]) -> None:
    SearchDocument.objects.filter(kind__in=PAGE_KINDS, object_id__in=pks).delete()


def remove_object(obj) -> None:
    if isinstance(obj, Page):
        remove_pages([obj.pk])
    else:
        source = documents.source_for(obj)
        if source is not None:
            SearchDocument.objects.filter(kind=source[0], object_id=obj.pk).delete()


def reindex_subtree(page: Page) -> None:
    """A page and everything below it: after a move, a slug change or a view restriction."""
    root_paths = documents.site_root_paths()
    subtree = Page.objects.descendant_of(page, inclusive=True)
    for _kind, model, _queryset, _function in documents.SOURCES:
        if issubclass(model, Page):
            pks = list(subtree.type(model).values_list("pk", flat=True))
            for start in range(0, len(pks), BATCH):
                index_objects(model, pks[start : start + BATCH], root_paths)


def reindex_with_keyword(keyword_id: int) -> None:
    """Everything carrying a keyword (renamed or deleted): its name is in their terms."""
    rows = SearchDocument.objects.filter(keyword_ids__regex=rf"(^| ){keyword_id}( |$)")
    by_kind: dict[str, list[int]] = {}
    for kind, object_id in rows.values_list("kind", "object_id"):
        by_kind.setdefault(kind, []).append(object_id)
    root_paths = documents.site_root_paths()
    for _kind, model, _queryset, _function in documents.SOURCES:
        pks = by_kind.get(_kind, [])
        for start in range(0, len(pks), BATCH):
            index_objects(model, pks[start : start + BATCH], root_paths)


def rebuild(progress: Callable[[str, int, int], None] | None = None) -> dict[str, int]:
    """Empties the index and writes every public item again, in batches of BATCH.

    `progress(kind, done, total)` is called after every batch. Returns counts per kind.
    """
    root_paths = documents.site_root_paths()
    counts: dict[str, int] = {}
    SearchDocument.objects.all().delete()
    for kind, model, queryset, function in documents.SOURCES:
        pks = list(queryset().order_by("pk").values_list("pk", flat=True))
        done = 0
        for start in range(0, len(pks), BATCH):
            batch = pks[start : start + BATCH]
            objs = list(queryset().filter(pk__in=batch).order_by("pk"))
            docs = documents.documents_for(objs, function, root_paths)
            with transaction.atomic():
                SearchDocument.objects.bulk_create(docs, batch_size=BATCH)
            done += len(batch)
            counts[kind] = counts.get(kind, 0) + len(docs)
            if progress:
                progress(f"{kind} ({model.__name__})", done, len(pks))
    return counts
