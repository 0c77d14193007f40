"""iCalendar (.ics) downloads and feeds of events, times in Helsinki time with a VTIMEZONE."""

from collections.abc import Iterable
from zoneinfo import ZoneInfo

from django.conf import settings
from django.http import HttpResponse
from django.utils import timezone
from icalendar import Calendar, Event, vText

PRODID = "-//Osallisuus//Tapahtumat//FI"
FEED_LIMIT = 500


class _Text(vText):
    """TEXT escaped as RFC 5545 writes it. icalendar's own escaping first reads a literal
    backslash-N in the text as a line break ("C:\\Nuoret" would go out as "C:\\nuoret")."""

    def to_ical(self) -> bytes:
        text = str(self).replace("\r\n", "\n").replace("\r", "\n")
        for char, escaped in (("\\", "\\\\"), (";", "\\;"), (",", "\\,"), ("\n", "\\n")):
            text = text.replace(char, escaped)
        return text.encode(self.encoding)


def _local(moment):
    return moment.astimezone(ZoneInfo(settings.TIME_ZONE))


def event_component(event, request) -> Event:
    component = Event()
    host = request.get_host().split(":")[0] or "osallisuus"
    component.add("uid", f"event-{event.pk}@{host}")
    component.add("dtstamp", event.last_published_at or timezone.now())
    component.add("dtstart", _local(event.start))
    component.add("dtend", _local(event.end))
    component.add("summary", _Text(event.title))
    if description := event.description_text():
        component.add("description", _Text(description))
    location = ", ".join(part for part in (event.venue, event.address) if part)
    if event.is_in_person and location:
        component.add("location", _Text(location))
    elif event.online_url:
        component.add("location", event.online_url)
    url = event.get_full_url(request)
    if url:
        component.add("url", url)
    return component


def calendar_for(events: Iterable, name: str, request) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    # X- properties have no registered type: without vText a newline in a title (a network's
    # or event's) would go out unescaped, and icalendar refuses that with an error.
    calendar.add("x-wr-calname", _Text(name))
    calendar.add("x-wr-timezone", vText(settings.TIME_ZONE))
    events = list(events)
    for event in events:
        calendar.add_component(event_component(event, request))
    if events:
        # Transitions only for the years the events span keep the VTIMEZONE short.
        first = _local(min(event.start for event in events)).date().replace(month=1, day=1)
        last = _local(max(event.end for event in events)).date().replace(month=12, day=31)
        calendar.add_missing_timezones(first_date=first, last_date=last)
    return calendar.to_ical()


def calendar_response(
    request, events, name: str, filename: str, download: bool = False
) -> HttpResponse:
    """A feed shows inline (calendar apps subscribe to it); one event downloads as a file."""
    if hasattr(events, "select_related"):
        events = events.select_related(None)[:FEED_LIMIT]
    response = HttpResponse(
        calendar_for(events, name, request), content_type="text/calendar; charset=utf-8"
    )
    disposition = "attachment" if download else "inline"
    response["Content-Disposition"] = f'{disposition}; filename="{filename}"'
    return response
