"""iCalendar downloads: one event, the site-wide upcoming feed and a network's feed."""

import datetime
import re
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone
from icalendar import Calendar

from tests.network.factories import EventPageFactory, NetworkPageFactory, helsinki

pytestmark = pytest.mark.django_db

HELSINKI = ZoneInfo("Europe/Helsinki")


def parse(response) -> Calendar:
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return Calendar.from_ical(response.content)


def vevents(calendar: Calendar) -> list:
    return list(calendar.walk("VEVENT"))


def test_one_event_downloads_with_helsinki_times_and_a_vtimezone(client, event_index):
    event = EventPageFactory(
        parent=event_index,
        title="Lappilaisen asiakasosallisuuden monet kasvot",
        start=helsinki(2031, 11, 18, 13, 0),
        end=helsinki(2031, 11, 18, 15, 30),
        online_url="https://webinaari.example/lappi",
    )
    response = client.get(event.url + "ical/")
    assert response["Content-Disposition"] == f'attachment; filename="{event.slug}.ics"'
    calendar = parse(response)
    [vevent] = vevents(calendar)
    assert str(vevent["SUMMARY"]) == "Lappilaisen asiakasosallisuuden monet kasvot"
    start, end = vevent.decoded("DTSTART"), vevent.decoded("DTEND")
    assert vevent["DTSTART"].params["TZID"] == "Europe/Helsinki"
    assert start == datetime.datetime(2031, 11, 18, 13, 0, tzinfo=HELSINKI)
    assert end == datetime.datetime(2031, 11, 18, 15, 30, tzinfo=HELSINKI)
    assert start.utcoffset() == datetime.timedelta(hours=2)
    assert [str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")] == ["Europe/Helsinki"]
    assert str(vevent["LOCATION"]) == "https://webinaari.example/lappi"
    assert str(vevent["URL"]).endswith(event.url)
    assert str(vevent["UID"]) == f"event-{event.pk}@testserver"


def test_summer_times_keep_the_daylight_saving_offset(client, event_index):
    event = EventPageFactory(
        parent=event_index, start=helsinki(2031, 6, 10, 9, 0), end=helsinki(2031, 6, 10, 11, 0)
    )
    [vevent] = vevents(parse(client.get(event.url + "ical/")))
    assert vevent.decoded("DTSTART").utcoffset() == datetime.timedelta(hours=3)
    assert vevent.decoded("DTSTART").astimezone(datetime.UTC).hour == 6


def test_site_feed_lists_upcoming_events_only(client, event_index):
    coming = EventPageFactory(parent=event_index, title="Tuleva webinaari")
    gone = timezone.now() - datetime.timedelta(days=5)
    EventPageFactory(
        parent=event_index,
        title="Mennyt webinaari",
        start=gone,
        end=gone + datetime.timedelta(hours=1),
    )
    EventPageFactory(parent=event_index, title="Luonnos", live=False)
    calendar = parse(client.get(event_index.url + "ical/"))
    assert [str(e["SUMMARY"]) for e in vevents(calendar)] == [coming.title]
    assert str(calendar["X-WR-CALNAME"]) == event_index.title


def test_network_feed_lists_only_that_networks_upcoming_events(client, event_index, network_index):
    lapland = NetworkPageFactory(parent=network_index, title="Lappi")
    other = NetworkPageFactory(parent=network_index, title="Muu")
    EventPageFactory(parent=event_index, title="Lapin tapaaminen", network=lapland)
    EventPageFactory(parent=event_index, title="Muun verkoston tapaaminen", network=other)
    calendar = parse(client.get(lapland.url + "ical/"))
    assert [str(e["SUMMARY"]) for e in vevents(calendar)] == ["Lapin tapaaminen"]


def test_empty_feed_is_still_a_valid_calendar(client, event_index):
    calendar = parse(client.get(event_index.url + "ical/"))
    assert vevents(calendar) == []


def test_in_person_event_location_is_the_address(client, event_index):
    event = EventPageFactory(
        parent=event_index,
        attendance_mode="offline",
        online_url="",
        venue="Järjestötalo",
        address="Esimerkkikatu 1, 90100 Oulu",
    )
    [vevent] = vevents(parse(client.get(event.url + "ical/")))
    assert str(vevent["LOCATION"]) == "Järjestötalo, Esimerkkikatu 1, 90100 Oulu"


def test_pages_link_to_their_feeds(client, event_index, network_index):
    network = NetworkPageFactory(parent=network_index)
    event = EventPageFactory(parent=event_index)
    assert 'href="/tapahtumat/ical/"' in client.get(event_index.url).content.decode()
    assert f'href="{network.url}ical/"' in client.get(network.url).content.decode()
    assert f'href="{event.url}ical/"' in client.get(event.url).content.decode()


def test_line_breaks_in_titles_are_escaped_not_a_500(client, event_index):
    event = EventPageFactory(
        parent=event_index,
        title="Foorumi\r\nX-INJECTED:kyllä; osa 2, ilta",
        start=helsinki(2031, 11, 18, 13, 0),
        end=helsinki(2031, 11, 18, 15, 30),
    )
    response = client.get(event.url + "ical/")
    calendar = parse(response)
    lines = response.content.decode().splitlines()
    assert not [line for line in lines if line.startswith("X-INJECTED")]
    assert any(line.startswith("X-WR-CALNAME:Foorumi\\n") for line in lines)
    [vevent] = vevents(calendar)
    assert "X-INJECTED:kyllä; osa 2, ilta" in str(vevent["SUMMARY"])  # kept, as text


# Escaping in every text property (RFC 5545 3.3.11) and line folding (3.1) ---------------------

# Line breaks of every kind, an attempted property injection, the characters TEXT must escape
# and enough Finnish letters (two octets each) that every line has to be folded.
AWKWARD = (
    "Rivi 1\r\nX-INJECTED:kyllä\rRIVI;2\nkolme; puolipiste, pilkku \\ kenoviiva \\n "
    + "säännöllinen käyttäjäystävällisyys " * 3
)


def rfc5545_text(value: str) -> str:
    """TEXT as RFC 5545 writes it, line breaks of any kind as \\n."""
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return value.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")


def as_read(value: str) -> str:
    """What a calendar app reads back: the text, each line break a newline."""
    return value.replace("\r\n", "\n").replace("\r", "\n")


def content_lines(body: bytes) -> dict[str, list[str]]:
    """The unfolded content lines by property name, after checking the physical lines: each
    ends in CRLF, holds at most 75 octets and is valid UTF-8 on its own (a fold never splits a
    character), and no CR or LF stands anywhere else."""
    assert body.endswith(b"\r\n")
    physical = body[:-2].split(b"\r\n")
    for line in physical:
        assert b"\r" not in line and b"\n" not in line, line
        assert len(line) <= 75, line
        line.decode("utf-8")
    lines: dict[str, list[str]] = {}
    for line in re.sub(rb"\r\n[ \t]", b"", body).decode().split("\r\n")[:-1]:
        name, _, value = line.partition(":")
        lines.setdefault(name.split(";")[0], []).append(value)
    return lines


def test_every_text_property_escapes_line_breaks_and_separators_and_folds_long_lines(
    client, event_index, network_index
):
    venue, address = f"Talo, sali; {AWKWARD}"[:200], f"Katu 1\r\nX-INJECTED:osoite; {AWKWARD}"
    network = NetworkPageFactory(parent=network_index, title=f"Verkosto {AWKWARD}"[:255])
    event = EventPageFactory(
        parent=event_index,
        title=AWKWARD[:255],
        network=network,
        attendance_mode="offline",
        online_url="",
        venue=venue,
        address=address[:255],
        description=f"<p>Kuvaus; ja, \\ {AWKWARD}</p>",
    )
    expected = {
        "SUMMARY": event.title,
        "LOCATION": f"{event.venue}, {event.address}",
        "DESCRIPTION": event.description_text(),
    }
    for url, calendar_name in (
        (event.url + "ical/", event.title),
        (network.url + "ical/", network.title),
        (event_index.url + "ical/", event_index.title),
    ):
        response = client.get(url)
        lines = content_lines(response.content)
        assert "X-INJECTED" not in lines, url
        assert lines["X-WR-CALNAME"] == [rfc5545_text(calendar_name)], url
        for name, text in expected.items():
            assert lines[name] == [rfc5545_text(text)], (url, name)
        [vevent] = vevents(parse(response))
        for name, text in expected.items():
            assert str(vevent[name]) == as_read(text), (url, name)


def test_a_backslash_before_a_capital_n_stays_a_backslash(client, event_index):
    event = EventPageFactory(parent=event_index, title="Kansio C:\\Nuoret ja \\N-merkki")
    response = client.get(event.url + "ical/")
    lines = content_lines(response.content)
    assert lines["SUMMARY"] == [rfc5545_text(event.title)]
    [vevent] = vevents(parse(response))
    assert str(vevent["SUMMARY"]) == event.title
