"""The demo networks and events load under the site root, and a second run creates nothing."""

import datetime
import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone
from wagtail.models import Page

from network.models import EventIndexPage, EventPage, NetworkIndexPage, NetworkPage

pytestmark = pytest.mark.django_db


def load() -> str:
    out = io.StringIO()
    call_command("load_demo_network", stdout=out)
    return out.getvalue()


@pytest.fixture
def demo(home):
    load()
    return home


def test_second_run_creates_nothing(demo):
    pages = Page.objects.count()
    assert "0 created" in load()
    assert Page.objects.count() == pages


def test_index_pages_are_in_the_menu_under_the_site_root(demo, client):
    networks = NetworkIndexPage.objects.get()
    events = EventIndexPage.objects.get()
    assert networks.get_parent().pk == demo.pk and networks.slug == "verkostot"
    assert events.get_parent().pk == demo.pk and events.slug == "tapahtumat"
    assert networks.show_in_menus and events.show_in_menus
    html = client.get("/").content.decode()
    assert 'href="/verkostot/"' in html and 'href="/tapahtumat/"' in html


def test_lapland_network_matches_the_seed_facts(demo, client):
    lapland = NetworkPage.objects.get(slug="lapin-osallisuusverkosto")
    assert lapland.title == "Lapin osallisuusverkosto"
    assert lapland.regions.count() == 6
    meetings = list(lapland.meetings.all())
    assert len(meetings) == 6
    assert all(m.mode == "remote" for m in meetings)
    assert {m.date.month for m in meetings} <= set(range(4, 11))
    assert {m.date.year for m in meetings} == {2021}
    assert lapland.signup_deadline == datetime.date(2021, 12, 31)
    assert not lapland.signup_is_open()
    assert lapland.coordinator.name == "Aino Koskela"
    member_types = {m.organisation.type for m in lapland.members.select_related("organisation")}
    assert {"hospital", "council", "avi", "sami", "ngo"} <= member_types
    html = client.get(lapland.url).content.decode()
    assert "Verkosto on kokoontunut 6 kertaa." in html
    assert "Ilmoittautuminen verkostoon on päättynyt." in html

    webinar = EventPage.objects.get(title="Lappilaisen asiakasosallisuuden monet kasvot")
    assert webinar.network_id == lapland.pk
    assert webinar.attendance_mode == EventPage.AttendanceMode.ONLINE
    assert timezone.localtime(webinar.start).date() == datetime.date(2021, 11, 18)


def test_north_ostrobothnia_has_six_areas_and_four_ways_to_take_part(demo):
    popsote = NetworkPage.objects.get(slug="popsote-jarjestoosallisuus")
    assert popsote.regions.count() == 6
    assert {way.kind for way in popsote.participation_ways.all()} == {
        "steering",
        "working",
        "open",
        "advisory",
    }
    assert popsote.coordinator.name == "Marjut Hiltunen"


def test_one_network_is_open_for_sign_up_with_a_future_deadline(demo, client):
    open_networks = [page for page in NetworkPage.objects.live() if page.signup_is_open()]
    assert len(open_networks) == 1
    assert open_networks[0].signup_deadline == timezone.localdate() + datetime.timedelta(days=120)
    assert 'name="email"' in client.get(open_networks[0].url).content.decode()


def test_there_are_upcoming_and_past_events(demo, client):
    assert EventPage.objects.live().upcoming().count() >= 3
    assert EventPage.objects.live().past().count() >= 3
    for event in EventPage.objects.live():
        assert client.get(event.url).status_code == 200


def test_demo_people_are_fictional(demo):
    emails = {page.coordinator.email for page in NetworkPage.objects.all() if page.coordinator}
    assert emails and all(email.endswith(".example") for email in emails)


@override_settings(DEBUG=True)
def test_the_demo_coordinator_handles_the_lapland_networks_sign_ups_only(demo, client):
    from network.models import SignUp
    from tests.network.factories import SignUpFactory

    call_command("ensure_demo_users", stdout=io.StringIO())
    lapland = NetworkPage.objects.get(slug="lapin-osallisuusverkosto")
    other = NetworkPage.objects.exclude(pk=lapland.pk).first()
    SignUpFactory(network=lapland, name="Lapin Ilmoittautuja")
    SignUpFactory(network=other, name="Muun Ilmoittautuja")
    client.force_login(get_user_model().objects.get(username="koordinaattori"))
    assert client.get("/admin/snippets/network/signup/").status_code in (302, 403)

    out = io.StringIO()
    call_command("link_demo_coordinator", stdout=out)
    call_command("link_demo_coordinator", stdout=out)  # idempotent
    assert "koordinaattori" in out.getvalue()
    html = client.get("/admin/snippets/network/signup/").content.decode()
    assert "Lapin Ilmoittautuja" in html and "Muun Ilmoittautuja" not in html
    assert SignUp.objects.count() == 2
