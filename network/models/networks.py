"""Participation networks: the index, the network page, its members, ways to take part and
meetings."""

import datetime
import re

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import ItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page, PageManager, PageQuerySet
from wagtail.search import index

from contacts.models import ContactCard, Organisation, Region
from keywords.models import Keyword
from keywords.querysets import KeywordedQuerySetMixin
from sitewide.routing import (
    QuickViewRestrictionsMixin,
    ViewRestrictionsQuerySetMixin,
)
from sitewide.translation import once_in_visitors_language

from .common import RICH_TEXT_FEATURES, ListingIndexPage, route_url, sorted_keywords

# Who chooses a network's sign-up handlers: those who handle every network's (Moderaattorit).
HANDLE_ALL_SIGNUPS = "network.change_signup"
UPCOMING_EVENTS_ON_NETWORK_PAGE = 10
LATEST_NEWS_ON_NETWORK_PAGE = 5


class NetworkPageQuerySet(KeywordedQuerySetMixin, ViewRestrictionsQuerySetMixin, PageQuerySet):
    def for_listing(self):
        """What a network card shows, fetched in a fixed number of queries whatever the count."""
        return self.prefetch_related("keywords", "regions")

    def by_title(self):
        return self.order_by("title", "id")

    def for_network_page(self):
        """What routing fetches with the network page itself."""
        return self.select_related("coordinator__organisation", "coordinator__photo")


NetworkPageManager = PageManager.from_queryset(NetworkPageQuerySet)


class NetworkIndexPage(ListingIndexPage):
    listed_model = "network.NetworkPage"
    subpage_types = [listed_model]

    class Meta:
        verbose_name = _("verkostojen luettelo")
        verbose_name_plural = _("verkostojen luettelot")

    def networks(self):
        return self.listed_pages().by_title()

    def routed_pages(self):
        return super().routed_pages().for_network_page()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["networks"] = self.networks().for_listing()
        return context


class NetworkPageKeyword(ItemBase):
    tag = models.ForeignKey(Keyword, on_delete=models.CASCADE, related_name="network_items")
    content_object = ParentalKey(
        "network.NetworkPage", on_delete=models.CASCADE, related_name="keyword_items"
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["content_object", "tag"], name="unique_network_keyword")
        ]


class NetworkMember(Orderable):
    """A member organisation of a network and its role there."""

    page = ParentalKey("network.NetworkPage", on_delete=models.CASCADE, related_name="members")
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisaatio"),
        on_delete=models.CASCADE,
        related_name="network_memberships",
    )
    role = models.CharField(
        _("rooli verkostossa"),
        max_length=200,
        blank=True,
        help_text=_("Esim. jäsen, varajäsen, asiantuntijajäsen."),
    )

    panels = [FieldPanel("organisation"), FieldPanel("role")]

    class Meta(Orderable.Meta):
        verbose_name = _("jäsenorganisaatio")
        verbose_name_plural = _("jäsenorganisaatiot")


class ParticipationWay(Orderable):
    class Kind(models.TextChoices):
        STEERING_GROUP = "steering", _("Ohjausryhmä")
        WORKING_GROUP = "working", _("Työryhmä")
        ADVISORY_BOARD = "advisory", _("Neuvottelukunta")
        OPEN_NETWORK = "open", _("Avoin verkosto")
        OTHER = "other", _("Muu tapa")

    page = ParentalKey(
        "network.NetworkPage", on_delete=models.CASCADE, related_name="participation_ways"
    )
    kind = models.CharField(_("tapa"), max_length=20, choices=Kind.choices)
    description = models.TextField(_("kuvaus"), max_length=1000, blank=True)

    panels = [FieldPanel("kind"), FieldPanel("description")]

    class Meta(Orderable.Meta):
        verbose_name = _("osallistumisen tapa")
        verbose_name_plural = _("osallistumisen tavat")


class NetworkMeeting(Orderable):
    class Mode(models.TextChoices):
        REMOTE = "remote", _("Etänä")
        IN_PERSON = "in_person", _("Lähitapaaminen")

    page = ParentalKey("network.NetworkPage", on_delete=models.CASCADE, related_name="meetings")
    date = models.DateField(_("päivä"))
    mode = models.CharField(_("toteutus"), max_length=20, choices=Mode.choices, default=Mode.REMOTE)
    summary = models.TextField(_("lyhyt yhteenveto"), max_length=1000, blank=True)
    minutes = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("muistio"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [FieldPanel("date"), FieldPanel("mode"), FieldPanel("summary"), FieldPanel("minutes")]

    class Meta(Orderable.Meta):
        verbose_name = _("kokous")
        verbose_name_plural = _("kokoukset")


class NetworkPage(QuickViewRestrictionsMixin, RoutablePageMixin, Page):
    class Status(models.TextChoices):
        ACTIVE = "active", _("Toiminnassa")
        CONTINUING = "continuing", _("Jatkaa toimintaansa")
        ENDED = "ended", _("Päättynyt")

    class MemberGrouping(models.TextChoices):
        TYPE = "type", _("Organisaation tyypin mukaan")
        REGION = "region", _("Alueen mukaan")

    purpose = RichTextField(_("tarkoitus ja tehtävät"), features=RICH_TEXT_FEATURES, blank=True)
    regions = ParentalManyToManyField(
        Region, verbose_name=_("toiminta-alueet"), blank=True, related_name="networks"
    )
    founded = models.DateField(_("perustettu"), null=True, blank=True)
    activity_period = models.CharField(
        _("toimintakausi"), max_length=200, blank=True, help_text=_("Esim. 2021–2022")
    )
    status = models.CharField(
        _("tila"), max_length=20, choices=Status.choices, default=Status.ACTIVE
    )
    coordinator = models.ForeignKey(
        ContactCard,
        verbose_name=_("koordinaattori"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="coordinated_networks",
    )
    member_grouping = models.CharField(
        _("jäsenet ryhmitellään"),
        max_length=20,
        choices=MemberGrouping.choices,
        default=MemberGrouping.TYPE,
    )
    # Admin users who handle this network's sign-ups (network.signup_access): the people
    # behind the coordinator's card, who need not hold the permission over every network's.
    coordinator_users = ParentalManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("ilmoittautumisten käsittelijät"),
        blank=True,
        related_name="coordinated_network_pages",
        limit_choices_to={"is_active": True},
        help_text=_(
            "Ylläpidon käyttäjät (yleensä verkoston koordinaattori), jotka näkevät tämän "
            "verkoston ilmoittautumiset, vievät ne taulukkoon ja käsittelevät ne."
        ),
    )
    signup_open = models.BooleanField(_("ilmoittautuminen auki"), default=False)
    signup_deadline = models.DateField(
        _("ilmoittautumisen viimeinen päivä"),
        null=True,
        blank=True,
        help_text=_("Ilmoittautua voi tämän päivän loppuun asti. Tyhjä: ei takarajaa."),
    )
    keywords = ClusterTaggableManager(
        through=NetworkPageKeyword, blank=True, verbose_name=_("asiasanat")
    )

    objects = NetworkPageManager()

    content_panels = Page.content_panels + [
        FieldPanel("purpose"),
        MultiFieldPanel(
            [
                FieldPanel("status"),
                FieldPanel("founded"),
                FieldPanel("activity_period"),
                FieldPanel("regions"),
            ],
            heading=_("Toiminta"),
        ),
        FieldPanel("coordinator"),
        FieldPanel("keywords"),
        FieldPanel("member_grouping"),
        InlinePanel("members", heading=_("Jäsenorganisaatiot"), label=_("Jäsen")),
        InlinePanel("participation_ways", heading=_("Osallistumisen tavat"), label=_("Tapa")),
        InlinePanel("meetings", heading=_("Kokoukset"), label=_("Kokous")),
        MultiFieldPanel(
            [
                FieldPanel("signup_open"),
                FieldPanel("signup_deadline"),
                # Only those who see every network's sign-ups choose who sees this one's.
                FieldPanel("coordinator_users", permission=HANDLE_ALL_SIGNUPS),
            ],
            heading=_("Verkostoon ilmoittautuminen"),
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("purpose"),
        index.RelatedFields("keywords", [index.SearchField("name")]),
    ]
    parent_page_types = ["network.NetworkIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("verkosto")
        verbose_name_plural = _("verkostot")

    def sorted_keywords(self) -> list[Keyword]:
        return sorted_keywords(self)

    def period_end_year(self) -> int | None:
        """The last year the activity period names ("2021–2023" → 2023), if it names one; an
        open range ("2021–") names none."""
        period = (self.activity_period or "").strip()
        if re.search(r"[-–—]$", period):
            return None
        years = re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", period)
        return int(years[-1]) if years else None

    def current_status(self, today: datetime.date | None = None) -> str:
        """The status visitors see: once the activity period is over the network has ended,
        whether the editors marked it active or continuing (a stale "Toiminnassa" on a
        2021–2023 network misleads; to go on, the editors extend or open the period)."""
        end_year = self.period_end_year()
        if end_year is not None and end_year < (today or timezone.localdate()).year:
            return self.Status.ENDED
        return self.status

    def current_status_display(self) -> str:
        return str(self.Status(self.current_status()).label)

    @cached_property
    def region_list(self) -> list[Region]:
        """The regions served, fetched once for the page's facts and the sign-up form."""
        return list(self.regions.all())

    def coordinator_card(self) -> ContactCard | None:
        """The coordinator's card, only while it is published (routing fetches it with the
        page: see `for_network_page`)."""
        if self.coordinator_id is None:
            return None
        card = self.coordinator
        return card if card is not None and card.live else None

    def member_rows(self) -> list[NetworkMember]:
        return list(
            self.members.select_related("organisation__region").order_by(
                "sort_order", "organisation__name"
            )
        )

    def member_groups(self) -> list[tuple[str, list[NetworkMember]]]:
        """Members as (heading, rows), grouped by organisation type or by region."""
        groups: dict[str, list[NetworkMember]] = {}
        rows = self.member_rows()
        if self.member_grouping == self.MemberGrouping.REGION:
            rows.sort(key=lambda m: (m.organisation.region is None, str(m.organisation.region)))
            for member in rows:
                region = member.organisation.region
                heading = region.name if region else str(_("Muu tai koko maakunta"))
                groups.setdefault(heading, []).append(member)
        else:
            order = list(Organisation.Type.values)
            rows.sort(key=lambda m: order.index(m.organisation.type))
            for member in rows:
                groups.setdefault(member.organisation.get_type_display(), []).append(member)
        return list(groups.items())

    def meeting_rows(self) -> list[NetworkMeeting]:
        return list(self.meetings.select_related("minutes").order_by("-date", "sort_order"))

    def ways_to_take_part(self) -> list[ParticipationWay]:
        return list(self.participation_ways.order_by("sort_order"))

    def latest_news(self):
        """The network's newest live news, each article once in the visitor's language (a
        translation keeps its network; NewsPage.network points here, no import needed)."""
        public = self.news_items.live().without_view_restrictions()
        return once_in_visitors_language(public).order_by("-date", "-id")[
            :LATEST_NEWS_ON_NETWORK_PAGE
        ]

    def upcoming_events(self):
        """The next events, for compact cards without keywords (the event pages show those)."""
        return (
            self.events.live()
            .without_view_restrictions()
            .upcoming()
            .select_related(None)[:UPCOMING_EVENTS_ON_NETWORK_PAGE]
        )

    def signup_closes_at(self) -> datetime.datetime | None:
        """The moment sign-up closes: the end of the deadline day in Helsinki time."""
        if self.signup_deadline is None:
            return None
        next_day = self.signup_deadline + datetime.timedelta(days=1)
        return timezone.make_aware(datetime.datetime.combine(next_day, datetime.time.min))

    def signup_is_open(self, now: datetime.datetime | None = None) -> bool:
        if not self.signup_open:
            return False
        closes_at = self.signup_closes_at()
        return closes_at is None or (now or timezone.now()) < closes_at

    def get_context(self, request, *args, **kwargs):
        from ..signup import signup_context

        context = super().get_context(request, *args, **kwargs)
        context.update(signup_context(request, self))
        return context

    @path("")
    def network(self, request):
        from ..signup import handle_signup

        if request.method == "POST":
            return handle_signup(request, self)
        return self.render(request)

    @path("ilmoittautuminen/kiitos/")
    def signup_thanks(self, request):
        from ..signup import thanks

        return thanks(request, self)

    def ical_url(self) -> str:
        return route_url(self, "events_ical")

    @path("ical/")
    def events_ical(self, request):
        from django.utils.text import slugify

        from ..ical import calendar_response

        events = self.events.live().public().upcoming()
        filename = f"{slugify(self.slug) or 'verkosto'}-tapahtumat.ics"
        return calendar_response(request, events, self.title, filename)
