"""The site's search index: one row per public thing a visitor can find.

Rows hold analysed terms as plain text (search.analysis); the database turns them into its own
searchable structure: on PostgreSQL generated `tsvector` columns with GIN indexes, on SQLite an
FTS5 table kept in step by triggers (both created in migration 0002). Only what an anonymous
visitor may see is ever written here (search.documents), so a search cannot reveal the rest.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Kind(models.TextChoices):
    NEWS = "news", _("Uutiset")
    NETWORK = "network", _("Verkostot")
    EVENT = "event", _("Tapahtumat")
    EXPERT = "expert", _("Asiantuntijat")
    PAGE = "page", _("Sivut")


class SearchDocument(models.Model):
    kind = models.CharField(max_length=10, choices=Kind.choices)
    object_id = models.BigIntegerField()
    language = models.CharField(max_length=8, default="fi")
    title = models.CharField(max_length=255)
    url = models.CharField(max_length=500)
    # Newer first among equally good hits; cards have none and come after dated hits.
    date = models.DateField(null=True, blank=True)
    summary = models.TextField(blank=True)
    # Plain text the snippet is cut from (bounded: search.documents.MAX_TEXT).
    text = models.TextField(blank=True)
    # " 12 40 " : the keywords the item carries, for the keyword facet.
    keyword_ids = models.TextField(blank=True)
    # Terms of the title and keyword names: all query words here ranks the hit higher.
    head_terms = models.TextField(blank=True)
    # Every term of the item, including kind_* and kw_* filter terms.
    terms = models.TextField(blank=True)
    # The site the item is shown on, when it is one: a site's search walks its own rows in
    # date order (index in migration 0005) instead of every site's. None for an item on
    # several sites (a card), found by its site_* terms.
    site_id = models.IntegerField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["kind", "object_id"], name="unique_search_document")
        ]
        # The ranking's date order is an index made in migration 0004 (PostgreSQL wants
        # NULLS LAST in it, which SQLite cannot declare).

    def __str__(self) -> str:
        return f"{self.kind} {self.object_id}: {self.title}"

    @property
    def keyword_id_list(self) -> list[int]:
        return [int(value) for value in self.keyword_ids.split()]
