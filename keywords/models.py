"""The one keyword vocabulary (Asiasanat) that news, contact cards, networks and events share."""

from django.db import models, transaction
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from taggit.models import TagBase
from unidecode import unidecode
from wagtail.fields import RichTextField
from wagtail.search import index

from .collation import finnish_sort_key

SORT_KEY_LENGTH = 255


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

    def in_finnish_order(self):
        """a..z, å, ä, ö; case-insensitive (keywords.collation)."""
        return self.order_by("sort_key", "pk")

    def bulk_create_named(self, keywords: list["Keyword"]) -> list["Keyword"]:
        """Creates unsaved keywords (names only) in one query, with slugs and sort keys as
        `save()` gives them, and adds them to the search index in bulk (imports)."""
        taken = set(Keyword.objects.values_list("slug", flat=True))
        for keyword in keywords:
            keyword.name = " ".join(keyword.name.split())
            slug = base = keyword.slugify(keyword.name)
            n = 1
            while slug in taken:
                n += 1
                slug = f"{base[: 100 - len(str(n)) - 1]}-{n}"
            taken.add(slug)
            keyword.slug = slug
            keyword.ascii_slug = ascii_fold(slug)
            keyword.sort_key = finnish_sort_key(keyword.name)[:SORT_KEY_LENGTH]
        created = self.bulk_create(keywords, batch_size=1000)
        RetiredKeywordSlug.objects.filter(slug__in=[keyword.slug for keyword in created]).delete()
        if created and created[0].pk is None:  # backends that return no ids
            created = list(Keyword.objects.filter(slug__in=[k.slug for k in keywords]))
        from wagtail.search.backends import get_search_backends

        for backend in get_search_backends(with_auto_update=True):
            backend.add_bulk(Keyword, created)
        return created

    def by_name_or_synonym(self, name: str) -> "Keyword | None":
        """The keyword called `name` (any case), or the one `name` is a synonym of."""
        name = " ".join(name.split())
        keyword = self.filter(name__iexact=name).first()
        if keyword is None:
            synonym = (
                KeywordSynonym.objects.filter(name__iexact=name).select_related("keyword").first()
            )
            keyword = synonym.keyword if synonym else None
        return keyword


class Keyword(index.Indexed, TagBase):
    free_tagging = True

    # The slug keeps Finnish letters (`järjestöt`); this folded copy finds it from `jarjestot`.
    ascii_slug = models.SlugField(max_length=100, db_index=True, editable=False)
    # Finnish alphabetical order in any database collation (keywords.collation).
    sort_key = models.CharField(
        max_length=SORT_KEY_LENGTH, db_index=True, editable=False, default=""
    )
    description = RichTextField(
        _("kuvaus"),
        blank=True,
        features=["bold", "italic", "link", "ul", "ol"],
        help_text=_("Näkyy asiasanan sivulla. Vapaaehtoinen."),
    )

    objects = KeywordQuerySet.as_manager()

    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
    ]

    class Meta:
        verbose_name = _("asiasana")
        verbose_name_plural = _("asiasanat")
        ordering = ["sort_key", "pk"]
        constraints = [
            models.UniqueConstraint(Lower("name"), name="keyword_name_case_insensitive_unique"),
        ]
        permissions = [("merge_keyword", _("Voi yhdistää asiasanoja"))]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        self.name = " ".join(self.name.split())
        if not self.slug:
            self.slug = self._free_slug(self.slugify(self.name))
        self.ascii_slug = ascii_fold(self.slug)
        self.sort_key = finnish_sort_key(self.name)[:SORT_KEY_LENGTH]
        old_slug = None
        if self.pk:
            old_slug = Keyword.objects.filter(pk=self.pk).values_list("slug", flat=True).first()
        with transaction.atomic():
            super().save(*args, **kwargs)
            # A keyword's own slug is never also a retired one; its old slug now leads here.
            RetiredKeywordSlug.objects.filter(slug=self.slug).delete()
            if old_slug and old_slug != self.slug:
                RetiredKeywordSlug.retire(old_slug, self)

    def _free_slug(self, slug: str) -> str:
        """`slug`, or `slug-2`, `slug-3`...: "LAPPI!" and "Lappi" both slugify to `lappi`."""
        taken = Keyword.objects.exclude(pk=self.pk).filter(slug__startswith=slug)
        taken = set(taken.values_list("slug", flat=True))
        candidate, n = slug, 1
        while candidate in taken:
            n += 1
            candidate = f"{slug[: 100 - len(str(n)) - 1]}-{n}"
        return candidate

    def get_absolute_url(self) -> str:
        return reverse("keyword", kwargs={"slug": self.slug})


class RetiredKeywordSlug(models.Model):
    """A slug a keyword once had: its URLs redirect to `keyword`, or answer 410 Gone if none.

    Written when a keyword is renamed, merged into another or deleted.
    """

    slug = models.SlugField(_("vanha tunniste"), max_length=100, unique=True, allow_unicode=True)
    ascii_slug = models.SlugField(max_length=100, db_index=True, editable=False)
    keyword = models.ForeignKey(
        Keyword,
        verbose_name=_("nykyinen asiasana"),
        null=True,
        blank=True,
        # A deleted keyword's old slugs are gone with it, unless it was replaced (see merge).
        on_delete=models.SET_NULL,
        related_name="retired_slugs",
    )
    retired_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("vanha asiasanaosoite")
        verbose_name_plural = _("vanhat asiasanaosoitteet")

    def __str__(self) -> str:
        return self.slug

    @classmethod
    def retire(cls, slug: str, keyword: "Keyword | None") -> None:
        """`slug` now leads to `keyword` (None: gone); slugs that led to `slug` follow."""
        cls.objects.update_or_create(
            slug=slug, defaults={"keyword": keyword, "ascii_slug": ascii_fold(slug)}
        )


class KeywordSynonym(models.Model):
    """Another name for a keyword ("sote" for "sosiaali- ja terveyspalvelut").

    The keyword field turns it into the keyword, and its URL redirects to the keyword's page.
    """

    keyword = models.ForeignKey(
        Keyword, verbose_name=_("asiasana"), on_delete=models.CASCADE, related_name="synonyms"
    )
    name = models.CharField(_("synonyymi"), max_length=100)
    slug = models.SlugField(max_length=100, allow_unicode=True, editable=False)
    ascii_slug = models.SlugField(max_length=100, db_index=True, editable=False)

    class Meta:
        verbose_name = _("synonyymi")
        verbose_name_plural = _("synonyymit")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(Lower("name"), name="keyword_synonym_name_unique"),
        ]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        self.name = " ".join(self.name.split())
        self.slug = Keyword().slugify(self.name)
        self.ascii_slug = ascii_fold(self.slug)
        super().save(*args, **kwargs)
