"""Event pages and the event calendar: Finnish times, upcoming and archive, JSON-LD."""

import datetime
import json
import re

import pytest
from django.utils import timezone, translation

from network.formatting import event_time_range
from network.models import EventPage
from tests.factories import KeywordFactory
from tests.network.factories import EventPageFactory, NetworkPageFactory, helsinki

pytestmark = pytest.mark.django_db


def json_ld(html: str) -> dict:
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert match, "no JSON-LD block"
    return json.loads(match.group(1))


def past_event(parent, days_ago: int, **kwargs):
    start = timezone.now() - datetime.timedelta(days=days_ago)
    return EventPageFactory(
        parent=parent, start=start, end=start + datetime.timedelta(hours=2), **kwargs
    )


def test_times_show_in_finnish_format_in_helsinki_time():
    start = datetime.datetime(2021, 11, 18, 11, 0, tzinfo=datetime.UTC)  # 13.00 in Helsinki
    end = datetime.datetime(2021, 11, 18, 13, 30, tzinfo=datetime.UTC)
    with translation.override("fi"):
        assert event_time_range(start, end) == "to 18.11.2021 klo 13.00–15.30"


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("fi", "ma 14.12.2026 klo 13.00–15.30"),
        ("sv", "mån 14.12.2026 kl. 13.00–15.30"),
        ("en", "Mon 14 Dec 2026 at 13:00–15:30"),
    ],
)
def test_event_times_name_the_weekday_in_the_visitors_language(language, expected):
    with translation.override(language):
        assert event_time_range(helsinki(2026, 12, 14, 13, 0), helsinki(2026, 12, 14, 15, 30)) == (
            expected
        )


def test_an_event_over_two_days_shows_both_dates():
    with translation.override("fi"):
        assert (
            event_time_range(helsinki(2022, 6, 1, 9, 5), helsinki(2022, 6, 2, 16, 0))
            == "ke 1.6.2022 klo 9.05 – to 2.6.2022 klo 16.00"
        )


def test_event_page_shows_time_place_and_organising_network(client, event_index, network_index):
    network = NetworkPageFactory(parent=network_index, title="Lapin osallisuusverkosto")
    event = EventPageFactory(
        parent=event_index,
        title="Webinaari",
        start=helsinki(2031, 11, 18, 13, 0),
        end=helsinki(2031, 11, 18, 15, 30),
        network=network,
        registration_url="https://ilmoittautuminen.example/webinaari",
        registration_deadline=datetime.date(2031, 11, 15),
    )
    html = client.get(event.url).content.decode()
    assert "ti 18.11.2031 klo 13.00–15.30" in html
    assert "Verkossa" in html
    assert "Lapin osallisuusverkosto" in html
    assert "https://ilmoittautuminen.example/webinaari" in html
    assert "15.11.2031" in html


def test_online_event_has_virtual_location_in_json_ld(client, event_index):
    event = EventPageFactory(parent=event_index, online_url="https://webinaari.example/x")
    data = json_ld(client.get(event.url).content.decode())
    assert data["@type"] == "Event"
    assert data["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
    assert data["location"] == {"@type": "VirtualLocation", "url": "https://webinaari.example/x"}
    assert data["startDate"] == timezone.localtime(event.start).isoformat()
    assert data["startDate"].endswith(("+02:00", "+03:00"))


def test_in_person_event_has_place_with_address_in_json_ld(client, event_index):
    event = EventPageFactory(
        parent=event_index,
        attendance_mode=EventPage.AttendanceMode.OFFLINE,
        online_url="",
        venue="Kulttuuritalo",
        address="Esimerkkiaukio 3, 96200 Rovaniemi",
    )
    data = json_ld(client.get(event.url).content.decode())
    assert data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert data["location"]["@type"] == "Place"
    assert data["location"]["name"] == "Kulttuuritalo"
    assert data["location"]["address"]["streetAddress"] == "Esimerkkiaukio 3, 96200 Rovaniemi"


def test_mixed_event_has_both_locations(event_index):
    event = EventPageFactory(
        parent=event_index,
        attendance_mode=EventPage.AttendanceMode.MIXED,
        address="Esimerkkitie 5, 93600 Kuusamo",
    )
    data = event.json_ld()
    assert data["eventAttendanceMode"] == "https://schema.org/MixedEventAttendanceMode"
    assert [place["@type"] for place in data["location"]] == ["VirtualLocation", "Place"]


def test_json_ld_cannot_close_the_script_element(client, event_index):
    event = EventPageFactory(parent=event_index, title="</script><b>Tapahtuma</b>")
    html = client.get(event.url).content.decode()
    assert "</script><b>" not in html
    assert json_ld(html)["name"] == "</script><b>Tapahtuma</b>"


def test_an_event_must_not_end_before_it_starts(event_index):
    from django.core.exceptions import ValidationError

    event = EventPage(
        title="Väärin päin",
        start=helsinki(2030, 1, 2, 12),
        end=helsinki(2030, 1, 2, 10),
        online_url="https://webinaari.example/x",
    )
    with pytest.raises(ValidationError) as error:
        event.clean()
    assert "end" in error.value.message_dict


def test_materials_show_only_after_the_event(client, event_index):
    upcoming = EventPageFactory(
        parent=event_index, materials_url="https://tallenteet.example/tuleva"
    )
    done = past_event(event_index, 3, materials_url="https://tallenteet.example/mennyt")
    assert "tallenteet.example/tuleva" not in client.get(upcoming.url).content.decode()
    assert "tallenteet.example/mennyt" in client.get(done.url).content.decode()


def test_index_lists_upcoming_soonest_first_and_archive_lists_past(client, event_index):
    later = EventPageFactory(parent=event_index, title="Myöhempi tapahtuma")
    sooner = EventPageFactory(
        parent=event_index,
        title="Pian alkava tapahtuma",
        start=timezone.now() + datetime.timedelta(hours=1),
        end=timezone.now() + datetime.timedelta(hours=3),
    )
    done = past_event(event_index, 10, title="Mennyt tapahtuma")
    draft = EventPageFactory(parent=event_index, title="Luonnostapahtuma", live=False)

    html = client.get(event_index.url).content.decode()
    assert html.index(sooner.title) < html.index(later.title)
    assert done.title not in html
    assert draft.title not in html
    assert 'href="/tapahtumat/arkisto/"' in html

    archive = client.get(event_index.url + "arkisto/").content.decode()
    assert done.title in archive
    assert later.title not in archive


def test_an_event_under_way_is_still_upcoming(event_index):
    now = timezone.now()
    running = EventPageFactory(
        parent=event_index,
        start=now - datetime.timedelta(hours=1),
        end=now + datetime.timedelta(hours=1),
    )
    assert running in EventPage.objects.upcoming()
    assert running not in EventPage.objects.past()


def test_archive_is_paginated_newest_first(client, event_index):
    for n in range(12):
        past_event(event_index, n + 1, title=f"Arkistotapahtuma {n:02d}")
    first = client.get(event_index.url + "arkisto/").content.decode()
    second = client.get(event_index.url + "arkisto/?page=2").content.decode()
    assert "Arkistotapahtuma 00" in first and "Arkistotapahtuma 09" in first
    assert "Arkistotapahtuma 10" in second and "Arkistotapahtuma 00" not in second
    assert "Sivu 2 / 2" in second


@pytest.mark.parametrize(
    ("query", "status"),
    # A lone NUL is dropped by the site's middleware, leaving the first page.
    [("x", 400), ("0", 400), ("-1", 400), ("9" * 50, 400), ("%00", 200), ("99", 404)],
)
def test_odd_page_numbers_never_give_a_500(client, event_index, query, status):
    past_event(event_index, 2)
    assert client.get(f"{event_index.url}arkisto/?page={query}").status_code == status


@pytest.mark.parametrize("suffix", ["tuntematon/", "arkisto/2/", "ical/x/", "%E2%80%AE/"])
def test_unknown_routes_are_404(client, event_index, suffix):
    event = EventPageFactory(parent=event_index)
    assert client.get(event_index.url + suffix).status_code == 404
    assert client.get(event.url + suffix).status_code == 404


def test_events_with_a_keyword_for_keyword_pages(event_index):
    keyword = KeywordFactory(name="asiakasosallisuus")
    tagged = EventPageFactory(parent=event_index, keywords=[keyword])
    EventPageFactory(parent=event_index)
    assert list(EventPage.objects.live().with_keyword(keyword).for_listing()) == [tagged]
    assert keyword.event_items.get().content_object.specific == tagged


def test_event_keywords_are_listed_on_the_page(client, event_index):
    keyword = KeywordFactory(name="kokemustoiminta")
    event = EventPageFactory(parent=event_index, keywords=[keyword])
    assert f'href="{keyword.get_absolute_url()}"' in client.get(event.url).content.decode()


def test_archive_breadcrumb_links_back_to_the_calendar_and_names_the_archive(client, event_index):
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(client.get(event_index.url + "arkisto/").content, "html.parser")
    crumbs = soup.find("nav", class_="breadcrumbs").find_all("li")
    assert crumbs[-2].a["href"] == event_index.url
    assert crumbs[-2].get_text() == event_index.title
    current = crumbs[-1].find(attrs={"aria-current": "page"})
    assert current.get_text() == "Menneet tapahtumat"
