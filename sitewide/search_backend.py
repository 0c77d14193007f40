"""Wagtail's database search backend (the admin's search), without a scan of the whole index
on every save.

On PostgreSQL, each indexed save (a draft, a publish, a card) ends with the backend's
`_refresh_title_norms`: the average title length over every index entry and an UPDATE of
every entry whose norm is still 1.0, two sequential scans (about 220 ms of PostgreSQL per save
at 100,000 news items, docs/performance.md). Here the average is kept for an hour (it moves by
a fraction of a character per thousand saves) and only the entries just written are updated.
A full rebuild (`update_index`) still recomputes every norm exactly.
"""

from django.core.cache import cache
from django.db import connection
from django.db.models import Avg, F
from django.db.models.functions import Length
from wagtail.search.backends import database

# The index's average title length (in characters), as Wagtail's backend computes it.
TITLE_LENGTH_AVERAGE_CACHE_KEY = "search-backend:title-length-average"
TITLE_LENGTH_AVERAGE_TTL = 3600


def SearchBackend(params):  # noqa: N802 - Wagtail looks the backend up under this name
    if connection.vendor != "postgresql":
        return database.SearchBackend(params)
    return _postgres_backend_class()(params)


def _postgres_backend_class():
    from modelsearch.backends.database.postgres.postgres import (
        PostgresIndex,
        PostgresSearchBackend,
    )
    from modelsearch.utils import get_content_type_pk

    class TitleNormsOfWhatChangedIndex(PostgresIndex):
        def add_items(self, model, objs):
            objs = list(objs)
            self._added = (get_content_type_pk(model), [str(obj.pk) for obj in objs])
            try:
                super().add_items(model, objs)
            finally:
                self._added = None

        def _refresh_title_norms(self, full=False):
            added = getattr(self, "_added", None)
            if full or added is None:
                cache.delete(TITLE_LENGTH_AVERAGE_CACHE_KEY)
                return super()._refresh_title_norms(full=full)
            average = cache.get(TITLE_LENGTH_AVERAGE_CACHE_KEY)
            if average is None:
                average = (
                    self.entries.annotate(title_length=Length("title"))
                    .filter(title_length__gt=0)
                    .aggregate(Avg("title_length"))["title_length__avg"]
                )
                if average is None:
                    return
                cache.set(TITLE_LENGTH_AVERAGE_CACHE_KEY, average, TITLE_LENGTH_AVERAGE_TTL)
            content_type_pk, object_ids = added
            # The entries just written (the unique index on content type and object id).
            self.entries.filter(content_type_id=content_type_pk, object_id__in=object_ids).annotate(
                title_length=Length("title")
            ).filter(title_length__gt=0).update(title_norm=average / F("title_length"))

    class Backend(PostgresSearchBackend):
        index_class = TitleNormsOfWhatChangedIndex

    return Backend
