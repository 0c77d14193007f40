"""Participation networks, their meetings and members, events, and sign-ups to join a network."""

import datetime
import re

from django.db import models
from django.db.models import Exists, OuterRef
from django.db.models.functions import Length, Lower, Substr
from django.http import Http404
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import ItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page, PageManager, PageQuerySet, PageViewRestriction
from wagtail.search import index

from contacts.models import ContactCard, Organisation, Region
from keywords.collation import in_finnish_order
from keywords.models import Keyword
from keywords.querysets import KeywordedQuerySetMixin
from sitewide.routing import (
    QuickViewRestrictionsMixin,
    ViewRestrictionsQuerySetMixin,
    route_to_live_child,
)
from sitewide.translation import with_untranslated_originals

from . import formatting

RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "link", "document-link", "ol", "ul"]
EVENTS_PER_ARCHIVE_PAGE = 10
UPCOMING_EVENTS_ON_NETWORK_PAGE = 10
LATEST_NEWS_ON_NETWORK_PAGE = 5


def sorted_keywords(page) -> list[Keyword]:
    return in_finnish_order(page.keywords.all())


def route_url(page: RoutablePageMixin, name: str) -> str:
    return (page.url or "") + page.reverse_subpage(name)


# Networks ------------------------------------------------------------------------------------


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


class NetworkIndexPage(QuickViewRestrictionsMixin, Page):
    intro = models.TextField(_("johdanto"), blank=True, max_length=1000)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    subpage_types = ["network.NetworkPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("verkostojen luettelo")
        verbose_name_plural = _("verkostojen luettelot")

    def networks(self):
        networks = with_untranslated_originals(NetworkPage.objects.all(), self)
        return networks.live().without_view_restrictions().by_title()

    def route(self, request, path_components):
        networks = NetworkPage.objects.for_network_page()
        return route_to_live_child(self, request, path_components, networks) or super().route(
            request, path_components
        )

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
            [FieldPanel("signup_open"), FieldPanel("signup_deadline")],
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
        """The last year the activity period names ("2021–2023" → 2023), if it names one."""
        years = re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", self.activity_period or "")
        return int(years[-1]) if years else None

    def current_status(self, today: datetime.date | None = None) -> str:
        """The status visitors see: an "active" network whose activity period is over has
        ended ("continuing" is the editors' word that it goes on past the period)."""
        if self.status != self.Status.ACTIVE:
            return self.status
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
        """The network's newest live news (NewsPage.network points here; no import needed)."""
        return (
            self.news_items.live()
            .without_view_restrictions()
            .order_by("-date", "-id")[:LATEST_NEWS_ON_NETWORK_PAGE]
        )

    def upcoming_events(self):
        """The next events, for compact cards without keywords (the event pages show those)."""
        return (
            EventPage.objects.live()
            .without_view_restrictions()
            .filter(network=self)
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
        from .signup import signup_context

        context = super().get_context(request, *args, **kwargs)
        context.update(signup_context(request, self))
        return context

    @path("")
    def network(self, request):
        from .signup import handle_signup

        if request.method == "POST":
            return handle_signup(request, self)
        return self.render(request)

    @path("ilmoittautuminen/kiitos/")
    def signup_thanks(self, request):
        from .signup import thanks

        return thanks(request, self)

    def ical_url(self) -> str:
        return route_url(self, "events_ical")

    @path("ical/")
    def events_ical(self, request):
        from django.utils.text import slugify

        from .ical import calendar_response

        events = EventPage.objects.live().public().filter(network=self).upcoming()
        filename = f"{slugify(self.slug) or 'verkosto'}-tapahtumat.ics"
        return calendar_response(request, events, self.title, filename)


# Events --------------------------------------------------------------------------------------


class EventPageQuerySet(KeywordedQuerySetMixin, ViewRestrictionsQuerySetMixin, PageQuerySet):
    def upcoming(self, now: datetime.datetime | None = None):
        """Events that have not ended yet, soonest first."""
        return self.filter(end__gte=now or timezone.now()).order_by("start", "id")

    def past(self, now: datetime.datetime | None = None):
        """Events that have ended, latest first."""
        return self.filter(end__lt=now or timezone.now()).order_by("-start", "-id")

    def for_listing(self):
        """What an event card shows, fetched in a fixed number of queries whatever the count."""
        return self.with_organiser().prefetch_related("keywords")

    def with_organiser(self):
        """The organising network, and whether a view restriction hides it (see `organiser`)."""
        restricted = PageViewRestriction.objects.filter(
            page__path=Substr(OuterRef("network__path"), 1, Length("page__path"))
        )
        return self.select_related("network").annotate(network_restricted=Exists(restricted))


EventPageManager = PageManager.from_queryset(EventPageQuerySet)


class EventIndexPage(QuickViewRestrictionsMixin, RoutablePageMixin, Page):
    intro = models.TextField(_("johdanto"), blank=True, max_length=1000)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    subpage_types = ["network.EventPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("tapahtumakalenteri")
        verbose_name_plural = _("tapahtumakalenterit")

    def events(self):
        events = with_untranslated_originals(EventPage.objects.all(), self)
        return events.live().without_view_restrictions()

    def route(self, request, path_components):
        if path_components and self.live:
            try:
                self.resolve_subpage("/" + "/".join(path_components) + "/")
            except Http404:
                # Not one of the index's own views (archive, iCalendar): an event below it.
                events = EventPage.objects.with_organiser()
                found = route_to_live_child(self, request, path_components, events)
                if found is not None:
                    return found
        return super().route(request, path_components)

    def ical_url(self) -> str:
        return route_url(self, "upcoming_ical")

    def archive_url(self) -> str:
        return route_url(self, "archive_view")

    @path("")
    def upcoming_view(self, request):
        return self.render(
            request,
            context_overrides={"events": self.events().upcoming().for_listing(), "archive": False},
        )

    @path("arkisto/")
    def archive_view(self, request):
        from sitewide.pagination import paginate

        events_page = paginate(request, self.events().past().for_listing(), EVENTS_PER_ARCHIVE_PAGE)
        return self.render(request, context_overrides={"events_page": events_page, "archive": True})

    @path("ical/")
    def upcoming_ical(self, request):
        from .ical import calendar_response

        events = EventPage.objects.live().public().upcoming()
        return calendar_response(request, events, self.title, "tapahtumat.ics")


class EventPageKeyword(ItemBase):
    tag = models.ForeignKey(Keyword, on_delete=models.CASCADE, related_name="event_items")
    content_object = ParentalKey(
        "network.EventPage", on_delete=models.CASCADE, related_name="keyword_items"
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["content_object", "tag"], name="unique_event_keyword")
        ]


class EventPage(QuickViewRestrictionsMixin, RoutablePageMixin, Page):
    class AttendanceMode(models.TextChoices):
        ONLINE = "online", _("Verkossa")
        OFFLINE = "offline", _("Paikan päällä")
        MIXED = "mixed", _("Paikan päällä ja verkossa")

    start = models.DateTimeField(_("alkaa"), db_index=True)
    end = models.DateTimeField(_("päättyy"), db_index=True)
    attendance_mode = models.CharField(
        _("osallistumistapa"),
        max_length=20,
        choices=AttendanceMode.choices,
        default=AttendanceMode.ONLINE,
    )
    online_url = models.URLField(_("verkkotapahtuman linkki"), blank=True)
    venue = models.CharField(_("tapahtumapaikka"), max_length=200, blank=True)
    address = models.CharField(
        _("osoite"),
        max_length=300,
        blank=True,
        help_text=_("Esim. Hallituskatu 7, 96100 Rovaniemi"),
    )
    network = models.ForeignKey(
        NetworkPage,
        verbose_name=_("järjestävä verkosto"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events",
    )
    registration_url = models.URLField(_("ilmoittautumislinkki"), blank=True)
    registration_deadline = models.DateField(_("ilmoittautuminen päättyy"), null=True, blank=True)
    description = RichTextField(_("kuvaus"), features=RICH_TEXT_FEATURES, blank=True)
    keywords = ClusterTaggableManager(
        through=EventPageKeyword, blank=True, verbose_name=_("asiasanat")
    )
    materials_document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("materiaali"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    materials_url = models.URLField(_("tallenne tai materiaalit verkossa"), blank=True)

    objects = EventPageManager()

    content_panels = Page.content_panels + [
        MultiFieldPanel([FieldPanel("start"), FieldPanel("end")], heading=_("Aika")),
        MultiFieldPanel(
            [
                FieldPanel("attendance_mode"),
                FieldPanel("online_url"),
                FieldPanel("venue"),
                FieldPanel("address"),
            ],
            heading=_("Paikka"),
        ),
        FieldPanel("network"),
        MultiFieldPanel(
            [FieldPanel("registration_url"), FieldPanel("registration_deadline")],
            heading=_("Ilmoittautuminen"),
        ),
        FieldPanel("description"),
        FieldPanel("keywords"),
        MultiFieldPanel(
            [FieldPanel("materials_document"), FieldPanel("materials_url")],
            heading=_("Materiaalit ja tallenne tapahtuman jälkeen"),
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("description"),
        index.RelatedFields("keywords", [index.SearchField("name")]),
        index.FilterField("start"),
    ]
    parent_page_types = ["network.EventIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("tapahtuma")
        verbose_name_plural = _("tapahtumat")

    def clean(self):
        from django.core.exceptions import ValidationError

        super().clean()
        errors = {}
        if self.start and self.end and self.end < self.start:
            errors["end"] = _("Tapahtuma ei voi päättyä ennen kuin se alkaa.")
        if self.attendance_mode != self.AttendanceMode.OFFLINE and not self.online_url:
            errors["online_url"] = _("Anna verkkotapahtuman linkki.")
        if self.attendance_mode != self.AttendanceMode.ONLINE and not self.address:
            errors["address"] = _("Anna tapahtumapaikan osoite.")
        if errors:
            raise ValidationError(errors)

    def sorted_keywords(self) -> list[Keyword]:
        return sorted_keywords(self)

    @cached_property
    def organiser(self) -> NetworkPage | None:
        """The organising network while visitors may see it: live and not view-restricted."""
        network = self.network if self.network_id else None
        if network is None or not network.live:
            return None
        restricted = getattr(self, "network_restricted", None)
        if restricted is None:  # not fetched through `with_organiser()`
            restricted = not NetworkPage.objects.filter(pk=network.pk).public().exists()
        return None if restricted else network

    @property
    def when_display(self) -> str:
        return formatting.event_time_range(self.start, self.end)

    @property
    def is_past(self) -> bool:
        return self.end < timezone.now()

    @property
    def is_online(self) -> bool:
        return self.attendance_mode != self.AttendanceMode.OFFLINE

    @property
    def is_in_person(self) -> bool:
        return self.attendance_mode != self.AttendanceMode.ONLINE

    def registration_is_open(self) -> bool:
        if not self.registration_url or self.is_past:
            return False
        return self.registration_deadline is None or (
            timezone.localdate() <= self.registration_deadline
        )

    def description_text(self) -> str:
        return " ".join(strip_tags(self.description or "").split())

    def json_ld(self) -> dict:
        """schema.org Event; attendance mode and location follow what the editor chose."""
        modes = {
            self.AttendanceMode.ONLINE: "OnlineEventAttendanceMode",
            self.AttendanceMode.OFFLINE: "OfflineEventAttendanceMode",
            self.AttendanceMode.MIXED: "MixedEventAttendanceMode",
        }
        data: dict = {
            "@context": "https://schema.org",
            "@type": "Event",
            "name": self.title,
            "startDate": timezone.localtime(self.start).isoformat(),
            "endDate": timezone.localtime(self.end).isoformat(),
            "eventStatus": "https://schema.org/EventScheduled",
            "eventAttendanceMode": f"https://schema.org/{modes[self.attendance_mode]}",
            "inLanguage": "fi",
        }
        if url := self.full_url:
            data["url"] = url
        if description := self.description_text():
            data["description"] = description[:500]
        locations = []
        if self.is_online and self.online_url:
            locations.append({"@type": "VirtualLocation", "url": self.online_url})
        if self.is_in_person and self.address:
            place = {
                "@type": "Place",
                "address": {"@type": "PostalAddress", "streetAddress": self.address},
            }
            if self.venue:
                place["name"] = self.venue
            locations.append(place)
        if locations:
            data["location"] = locations[0] if len(locations) == 1 else locations
        if organiser := self.organiser:
            data["organizer"] = {"@type": "Organization", "name": organiser.title}
            if network_url := organiser.full_url:
                data["organizer"]["url"] = network_url
        return data

    def ical_url(self) -> str:
        return route_url(self, "event_ical")

    @path("")
    def event(self, request):
        return self.render(request)

    @path("ical/")
    def event_ical(self, request):
        from django.utils.text import slugify

        from .ical import calendar_response

        filename = f"{slugify(self.slug) or 'tapahtuma'}.ics"
        return calendar_response(request, [self], self.title, filename, download=True)


# Sign-ups ------------------------------------------------------------------------------------


class SignUp(models.Model):
    """Someone asking to join a network; kept for SIGNUP_RETENTION_MONTHS."""

    class Status(models.TextChoices):
        NEW = "new", _("Uusi")
        ACCEPTED = "accepted", _("Hyväksytty")
        DECLINED = "declined", _("Hylätty")

    network = models.ForeignKey(
        NetworkPage, verbose_name=_("verkosto"), on_delete=models.CASCADE, related_name="signups"
    )
    name = models.CharField(_("nimi"), max_length=150)
    organisation = models.CharField(_("organisaatio"), max_length=200)
    email = models.EmailField(_("sähköposti"), max_length=254)
    region_or_type = models.CharField(_("alue tai organisaation tyyppi"), max_length=120)
    message = models.TextField(_("viesti"), max_length=2000, blank=True)
    consent_at = models.DateTimeField(_("suostumus annettu"))
    created_at = models.DateTimeField(_("ilmoittautunut"), default=timezone.now, db_index=True)
    status = models.CharField(
        _("tila"), max_length=20, choices=Status.choices, default=Status.NEW, db_index=True
    )

    panels = [
        FieldPanel("status"),
        FieldPanel("network", read_only=True),
        FieldPanel("name"),
        FieldPanel("organisation"),
        FieldPanel("email"),
        FieldPanel("region_or_type"),
        FieldPanel("message"),
        FieldPanel("consent_at", read_only=True),
    ]

    class Meta:
        verbose_name = _("ilmoittautuminen")
        verbose_name_plural = _("ilmoittautumiset")
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                "network", Lower("email"), name="unique_signup_per_network_email"
            )
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.organisation})"

    def region_or_type_display(self) -> str:
        return formatting.region_or_type_label(self.region_or_type)

    region_or_type_display.short_description = _("alue tai tyyppi")
