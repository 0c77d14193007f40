"""Events: the calendar (upcoming, archive, iCalendar) and the event page."""

import datetime

from django.db import models
from django.db.models import Exists, OuterRef
from django.db.models.functions import Length, Substr
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import ItemBase
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page, PageManager, PageQuerySet, PageViewRestriction
from wagtail.search import index

from keywords.models import Keyword
from keywords.querysets import KeywordedQuerySetMixin
from sitewide.routing import (
    QuickViewRestrictionsMixin,
    ViewRestrictionsQuerySetMixin,
)

from .. import formatting
from .common import RICH_TEXT_FEATURES, ListingIndexPage, route_url, sorted_keywords
from .networks import NetworkPage

EVENTS_PER_ARCHIVE_PAGE = 10


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


class EventIndexPage(RoutablePageMixin, ListingIndexPage):
    listed_model = "network.EventPage"
    subpage_types = [listed_model]

    class Meta:
        verbose_name = _("tapahtumakalenteri")
        verbose_name_plural = _("tapahtumakalenterit")

    def events(self):
        return self.listed_pages()

    def routed_pages(self):
        return super().routed_pages().with_organiser()

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
        from sitewide.sites import in_site, request_site

        from ..ical import calendar_response

        # Every upcoming event of this site (not only this calendar's), never another site's.
        events = in_site(EventPage.objects.live().public().upcoming(), request_site(request))
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

        from ..ical import calendar_response

        filename = f"{slugify(self.slug) or 'tapahtuma'}.ics"
        return calendar_response(request, [self], self.title, filename, download=True)
