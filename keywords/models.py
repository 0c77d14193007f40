"""The one keyword vocabulary (Asiasanat) that news, contact cards, networks and events share."""

from django.db import models
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from taggit.models import TagBase
from unidecode import unidecode
from wagtail.search import index


def ascii_fold(text: str) -> str:
    """`järjestöt` -> `jarjestot`: the form people type without Finnish letters."""
    return unidecode(text).lower()


class KeywordQuerySet(models.QuerySet):
    def by_url_slug(self, slug: str) -> "Keyword | None":
        """The keyword for a URL slug, matching either its canonical or its ASCII-folded form."""
        keyword = self.filter(slug=slug).first()
        if keyword is None:
            keyword = self.filter(ascii_slug=ascii_fold(slug)).order_by("pk").first()
        return keyword


class Keyword(index.Indexed, TagBase):
    free_tagging = True

    # The slug keeps Finnish letters (`järjestöt`); this folded copy finds it from `jarjestot`.
    ascii_slug = models.SlugField(max_length=100, db_index=True, editable=False)

    objects = KeywordQuerySet.as_manager()

    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
    ]

    class Meta:
        verbose_name = _("asiasana")
        verbose_name_plural = _("asiasanat")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(Lower("name"), name="keyword_name_case_insensitive_unique"),
        ]

    def save(self, *args, **kwargs):
        self.name = " ".join(self.name.split())
        if not self.slug:
            self.slug = self.slugify(self.name)
        self.ascii_slug = ascii_fold(self.slug)
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("keyword", kwargs={"slug": self.slug})
