import functools

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count, Prefetch, Q, prefetch_related_objects
from django.utils import timezone
from django.utils.functional import SimpleLazyObject, cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import ItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.models import Orderable, Page, PageManager, PageQuerySet
from wagtail.search import index

from contacts.models import ContactCard
from keywords.collation import in_finnish_order
from keywords.models import Keyword
from keywords.querysets import KeywordedQuerySetMixin
from network.models import NetworkPage
from sitewide import fragments
from sitewide.models import LocaleFallbackMixin
from sitewide.pagination import Deferred, count_limit, paginate
from sitewide.routing import (
    QuickViewRestrictionsMixin,
    ViewRestrictionsQuerySetMixin,
    route_to_live_child,
)
from sitewide.sites import in_site, request_site
from sitewide.translation import once_in_visitors_language, with_untranslated_originals

from .blocks import ArticleBodyBlock

NEWS_PER_PAGE = 10
RELATED_COUNT = 3
RELATED_CANDIDATES = 300
# The renditions the templates ask for (news_card.html, news_page.html, blocks/figure.html).
CARD_IMAGE_SPECS = ("fill-320x180", "fill-640x360")
ARTICLE_IMAGE_SPECS = ("width-400", "width-800", "width-1200")
CONTACT_PHOTO_SPECS = ("fill-160x160",)


def is_preview(request) -> bool:
    """Wagtail's previews render unsaved content: never from or into the fragment cache."""
    return request is None or getattr(request, "is_preview", False)


def renditions_for(specs):
    """The renditions made for `specs`: what Wagtail's get_rendition finds when prefetched."""
    return get_image_model().get_rendition_model().objects.filter(filter_spec__in=specs)


def prefetch_renditions(images, specs) -> None:
    """Fetch the renditions of all `images` (None skipped) in one query."""
    images = [image for image in images if image is not None]
    if images:
        prefetch_related_objects(images, Prefetch("renditions", queryset=renditions_for(specs)))


class NewsPageQuerySet(KeywordedQuerySetMixin, ViewRestrictionsQuerySetMixin, PageQuerySet):
    def newest_first(self):
        # Ties on the date are broken by id so that pagination never repeats or skips an item.
        return self.order_by("-date", "-id")

    def for_listing(self, renditions: bool = True):
        """What a news card shows, fetched in a fixed number of queries whatever the count.

        `renditions=False` leaves the card images' renditions for the caller to prefetch
        together with others on the page.
        """
        cards = self.select_related("header_image").prefetch_related("keywords")
        if renditions:
            cards = cards.prefetch_related(
                Prefetch("header_image__renditions", queryset=renditions_for(CARD_IMAGE_SPECS))
            )
        return cards

    def for_article(self):
        """What routing fetches with the article itself (its route is kept under the keys that
        news/frontcache.py registers for this)."""
        return self.select_related("header_image")

    def related_to(self, page: "NewsPage"):
        """News sharing keywords with `page`: most shared keywords first, then newest.

        Uses the page's keywords as loaded (also in a preview of an unsaved page). Only the
        RELATED_CANDIDATES most recently created items carrying any of them are ranked, so that
        the cost stays flat as the archive grows (a common keyword has thousands of items at
        100k); ids stand in for dates there because they need no join.
        """
        keyword_ids = [keyword.pk for keyword in page.sorted_keywords if keyword.pk]
        candidates = (
            NewsPageKeyword.objects.filter(tag_id__in=keyword_ids)
            .order_by("-content_object_id")
            .values("content_object")[:RELATED_CANDIDATES]
        )
        return (
            self.exclude(pk=page.pk)
            .filter(pk__in=candidates, keyword_items__tag_id__in=keyword_ids)
            .annotate(
                shared_keywords=Count(
                    "keyword_items", filter=Q(keyword_items__tag_id__in=keyword_ids)
                )
            )
            .order_by("-shared_keywords", "-date", "-id")
        )

    def with_all_keywords(self, keywords):
        qs = self
        for keyword in keywords:
            qs = qs.filter(
                pk__in=NewsPageKeyword.objects.filter(tag=keyword).values("content_object")
            )
        return qs


NewsPageManager = PageManager.from_queryset(NewsPageQuerySet)


class NewsIndexPage(QuickViewRestrictionsMixin, LocaleFallbackMixin, Page):
    intro = models.TextField(_("johdanto"), blank=True, max_length=1000)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    subpage_types = ["news.NewsPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("uutisarkisto")
        verbose_name_plural = _("uutisarkistot")

    def news(self):
        # Outside Finnish, the Finnish news not yet translated are listed too.
        news = with_untranslated_originals(NewsPage.objects.all(), self)
        return news.live().without_view_restrictions().newest_first()

    def route(self, request, path_components):
        articles = NewsPage.objects.for_article()
        return route_to_live_child(self, request, path_components, articles) or super().route(
            request, path_components
        )

    def news_count_upto(self, request, limit: int) -> int:
        """How many news items the archive lists, but at most `limit`: newest first needs no
        exact count, and a `COUNT(*)` of 100,000 items was most of this page's cost after each
        publish. The count for the first pages is cached until a news item changes; deeper
        pages (any number a visitor types) count as far as they go, uncached."""
        from sitewide.frontcache import page_key

        from .frontcache import NEWS

        def count() -> int:
            return self.news().order_by()[:limit].count()

        if limit > count_limit(1, NEWS_PER_PAGE):
            return count()
        return fragments.cached(
            request, "news-count", [NEWS, page_key(self.pk)], count, vary=[self.pk, limit]
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if is_preview(request):
            context["news_page"] = paginate(request, self.news().for_listing(), NEWS_PER_PAGE)
        else:
            context["news_page"] = paginate(
                request,
                Deferred(lambda: self.news().for_listing()),
                NEWS_PER_PAGE,
                count_upto=functools.partial(self.news_count_upto, request),
            )
        return context


class NewsPageKeyword(ItemBase):
    tag = models.ForeignKey(Keyword, on_delete=models.CASCADE, related_name="news_items")
    content_object = ParentalKey(
        "news.NewsPage", on_delete=models.CASCADE, related_name="keyword_items"
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["content_object", "tag"], name="unique_news_keyword")
        ]


class NewsPageContact(Orderable):
    """A "Lisätietoja" (more information) contact card attached to a news item, in order."""

    page = ParentalKey("news.NewsPage", on_delete=models.CASCADE, related_name="contact_links")
    card = models.ForeignKey(
        ContactCard,
        verbose_name=_("yhteystietokortti"),
        on_delete=models.CASCADE,
        related_name="news_links",
    )

    panels = [FieldPanel("card")]

    class Meta(Orderable.Meta):
        verbose_name = _("lisätietoja antaa")
        verbose_name_plural = _("lisätietoja antavat")


class NewsPage(QuickViewRestrictionsMixin, Page):
    date = models.DateField(
        _("julkaisupäivä"),
        null=True,
        blank=True,
        db_index=True,
        help_text=_("Jätä tyhjäksi, niin päiväksi tulee ensimmäinen julkaisupäivä."),
    )
    lead = models.TextField(
        _("ingressi"), max_length=600, help_text=_("Lyhyt johdanto, näkyy listoissa ja haussa.")
    )
    header_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("pääkuva"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    header_image_alt = models.CharField(
        _("pääkuvan vaihtoehtoinen teksti"), max_length=250, blank=True
    )
    header_image_credit = models.CharField(
        _("kuvaaja tai kuvan lähde"),
        max_length=200,
        blank=True,
        help_text=_('Näkyy kuvan alla, esim. "Kuva: Maija Meikäläinen" tai kuvapankin nimi.'),
    )
    body = StreamField(ArticleBodyBlock(), verbose_name=_("leipäteksti"), blank=True)
    network = models.ForeignKey(
        NetworkPage,
        verbose_name=_("verkosto"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="news_items",
        help_text=_("Verkosto, jonka uutisiin tämä kuuluu; näkyy verkoston sivulla."),
    )
    keywords = ClusterTaggableManager(
        through=NewsPageKeyword, blank=True, verbose_name=_("asiasanat")
    )

    objects = NewsPageManager()

    content_panels = Page.content_panels + [
        FieldPanel("date"),
        FieldPanel("lead"),
        MultiFieldPanel(
            [
                FieldPanel("header_image"),
                FieldPanel("header_image_alt"),
                FieldPanel("header_image_credit"),
            ],
            heading=_("Pääkuva"),
        ),
        FieldPanel("body"),
        FieldPanel("keywords"),
        FieldPanel("network"),
        InlinePanel("contact_links", heading=_("Lisätietoja"), label=_("Yhteystietokortti")),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("lead"),
        index.SearchField("body"),
        index.RelatedFields("keywords", [index.SearchField("name")]),
        index.FilterField("date"),
    ]
    parent_page_types = ["news.NewsIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("uutinen")
        verbose_name_plural = _("uutiset")

    def clean(self):
        super().clean()
        if self.header_image_id and not self.header_image_alt.strip():
            raise ValidationError(
                {"header_image_alt": _("Kirjoita pääkuvalle vaihtoehtoinen teksti.")}
            )

    @property
    def display_date(self):
        if self.date:
            return self.date
        moment = self.first_published_at or self.latest_revision_created_at
        # The day as readers in Finland count it, like the date stored on first publication.
        return timezone.localdate(moment) if moment else None

    @cached_property
    def sorted_keywords(self) -> list[Keyword]:
        return in_finnish_order(self.keywords.all())

    def find_related_news(self, site=None) -> list["NewsPage"]:
        """Related news on `site` (by default the page's own): never another site's."""
        site = site if site is not None else self.get_site()
        public = in_site(NewsPage.objects.live().without_view_restrictions(), site)
        return list(
            once_in_visitors_language(public)
            .exclude(translation_key=self.translation_key)
            .related_to(self)
            .for_listing(renditions=False)[:RELATED_COUNT]
        )

    def json_ld(self, request=None) -> dict:
        """schema.org NewsArticle for search engines."""
        self.cache_listings(request)
        date = self.display_date
        data = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": self.title[:110],
            "description": self.lead,
            "keywords": [keyword.name for keyword in self.sorted_keywords],
            "publisher": {"@type": "Organization", "name": "Osallisuus"},
            "mainEntityOfPage": self.get_full_url(request),
        }
        if date:
            data["datePublished"] = date.isoformat()
        if self.last_published_at:
            data["dateModified"] = self.last_published_at.isoformat()
        return data

    @cached_property
    def contact_cards(self) -> list[ContactCard]:
        """The attached cards that are published, in the editor's order."""
        return self.find_contact_cards()

    def find_contact_cards(self) -> list[ContactCard]:
        return [
            link.card
            for link in self.contact_links.filter(card__live=True)
            .select_related("card__organisation", "card__photo")
            .order_by("sort_order")
        ]

    _listings_cached = False

    def body_images(self) -> list:
        return [
            block.value["image"]
            for block in self.body
            if block.block_type == "image" and block.value["image"] is not None
        ]

    def cache_listings(self, request) -> None:
        """The keywords and contact cards from the fragment cache: they change only when a
        keyword, a card or this page is published (never for a preview)."""
        from contacts.frontcache import CONTACTS
        from keywords.frontcache import KEYWORDS
        from sitewide.frontcache import page_key

        if is_preview(request) or self.pk is None or self._listings_cached:
            return
        self._listings_cached = True
        # The page's own keywords change with a publish of it (page key) or a keyword's rename.
        self.sorted_keywords = fragments.cached(
            request,
            "news-keywords",
            [KEYWORDS, page_key(self.pk)],
            lambda: in_finnish_order(self.keywords.all()),
            vary=[self.pk],
        )
        self.contact_cards = fragments.cached(
            request,
            "news-contacts",
            [CONTACTS, page_key(self.pk)],
            self.find_contact_cards,
            vary=[self.pk],
        )

    def cached_related_news(self, request) -> list["NewsPage"]:
        """Related news from the fragment cache: it changes when any news item is published."""
        from .frontcache import NEWS

        self.cache_listings(request)
        site = request_site(request) if request is not None else None
        if is_preview(request) or self.pk is None:
            return self.find_related_news(site)
        keyword_ids = sorted(keyword.pk for keyword in self.sorted_keywords)
        return fragments.cached(
            request,
            "news-related",
            [NEWS],
            lambda: self.find_related_news(site),
            vary=[self.pk, *keyword_ids],
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Prepared only if the template renders what needs them: the article's fragments
        # (news/news_page.html) are usually served from the cache, and its related news is
        # made again after another publish while its content is not.
        context["article"] = SimpleLazyObject(functools.partial(self.prepared, request))
        context["related_news"] = SimpleLazyObject(
            functools.partial(self.prepared_related_news, request)
        )
        # With the request, its URL comes from the request's copy of Wagtail's site root
        # paths instead of another Redis read. Called by the template, when it renders it.
        context["json_ld"] = functools.partial(self.json_ld, request)
        return context

    def prepared(self, request) -> "NewsPage":
        """The page with its keywords, cards and every image's renditions, for rendering."""
        self.cache_listings(request)
        # Every image on the page gets its renditions in one query, not one per image.
        prefetch_renditions(
            [
                self.header_image,
                *self.body_images(),
                *(card.photo for card in self.contact_cards),
            ],
            ARTICLE_IMAGE_SPECS + CONTACT_PHOTO_SPECS,
        )
        return self

    def prepared_related_news(self, request) -> list["NewsPage"]:
        """Related news with its cards' renditions, for rendering."""
        related = self.cached_related_news(request)
        prefetch_renditions([item.header_image for item in related], CARD_IMAGE_SPECS)
        return related
