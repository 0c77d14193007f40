"""Inserting many pages into Wagtail's page tree at once.

`Page.add_child` costs tens of milliseconds per page (treebeard path bookkeeping, a parent
refresh, signals). Bulk loaders (the benchmark fill, the WordPress import) compute the
treebeard paths themselves and insert rows in batches instead. Used by `bench/fill.py` and
`wordpress/importer.py`; it knows nothing of our page models.
"""

from __future__ import annotations

import uuid

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import F
from wagtail.models import Page

BATCH = 1000


def insert_children(parent: Page, pages: list[Page]) -> list[Page]:
    """Insert unsaved `pages` (all of one specific model) as the last children of `parent`.

    Sets the tree fields (path, depth, numchild, url_path), the locale, content type,
    translation key and draft title; the caller sets everything else (live, dates, revisions)
    before or after. No signals are sent, no revision or search entry is written.
    """
    if not pages:
        return []
    model = type(pages[0])
    parent.refresh_from_db(fields=["path", "depth", "numchild", "url_path"])
    last = parent.get_last_child()
    steplen = Page.steplen
    first_step = Page._str2int(last.path[-steplen:]) + 1 if last else 1
    model_ct = ContentType.objects.get_for_model(model)
    for offset, page in enumerate(pages):
        page.path = Page._get_path(parent.path, parent.depth + 1, first_step + offset)
        page.depth = parent.depth + 1
        page.numchild = 0
        page.url_path = f"{parent.url_path}{page.slug}/"
        page.draft_title = page.title
        page.locale_id = parent.locale_id
        page.content_type_id = model_ct.pk
        page.translation_key = page.translation_key or uuid.uuid4()

    page_fields = [f for f in Page._meta.concrete_fields if not f.primary_key]
    for start in range(0, len(pages), BATCH):
        batch = pages[start : start + BATCH]
        base_rows = [Page(**{f.attname: getattr(p, f.attname) for f in page_fields}) for p in batch]
        Page.objects.bulk_create(base_rows)
        for page, row in zip(batch, base_rows, strict=True):
            page.pk = page.id = page.page_ptr_id = row.pk
            page._state.adding = False
        # Django's bulk_create refuses multi-table models; the specific rows go in directly.
        model._base_manager._insert(
            batch, fields=model._meta.local_concrete_fields, using=connection.alias
        )
    Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(pages))
    parent.numchild += len(pages)
    return pages


def update_rows(model, objs: list, field_names: list[str]) -> None:
    """Saves `field_names` of `objs`, as `QuerySet.bulk_update` does but much faster for
    thousands of rows: one plain UPDATE per row and table, sent with `executemany` (Django's
    bulk_update builds a CASE expression over every row, which costs seconds per thousand).
    Fields of a multi-table parent (Page's title on a NewsPage) go to the parent's table.
    No signals are sent."""
    if not objs:
        return
    quote = connection.ops.quote_name
    by_table: dict[type, list] = {}
    for name in field_names:
        field = model._meta.get_field(name)
        by_table.setdefault(field.model, []).append(field)
    with connection.cursor() as cursor:
        for owner, fields in by_table.items():
            sets = ", ".join(f"{quote(field.column)} = %s" for field in fields)
            sql = (
                f"UPDATE {quote(owner._meta.db_table)} SET {sets} "
                f"WHERE {quote(owner._meta.pk.column)} = %s"
            )
            cursor.executemany(
                sql,
                [
                    [
                        field.get_db_prep_save(getattr(obj, field.attname), connection)
                        for field in fields
                    ]
                    + [obj.pk]
                    for obj in objs
                ],
            )
