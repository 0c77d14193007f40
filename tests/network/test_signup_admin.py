"""Sign-ups are handled in the Wagtail admin (by the moderators and each network's coordinator):
filter, export, accept, add as member."""

import csv
import datetime
import io
import re

import openpyxl
import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from contacts.models import Organisation
from network.models import NetworkPage, SignUp
from sitewide.permissions import EDITORS_GROUP, MODERATORS_GROUP
from tests.factories import UserFactory
from tests.network.factories import (
    NetworkPageFactory,
    OrganisationFactory,
    RegionFactory,
    SignUpFactory,
)

pytestmark = pytest.mark.django_db

LIST_URL = "/admin/snippets/network/signup/"


@pytest.fixture
def editor(client, open_network):
    """A Toimittajat editor whom the open network lists as its sign-up handler (its
    coordinator): handles that network's sign-ups, publishes no page."""
    user = UserFactory(groups=[EDITORS_GROUP])
    open_network.coordinator_users.add(user)
    open_network.save()
    client.force_login(user)
    return user


@pytest.fixture
def moderator(client, home):
    user = UserFactory(groups=[MODERATORS_GROUP])
    client.force_login(user)
    return user


def add_member_url(signup) -> str:
    return reverse("network_signup_add_member", args=[signup.pk])


def test_moderators_handle_every_networks_sign_ups_and_editors_none(db):
    # Editors see a network's sign-ups only as its coordinator (tests/network/test_signup_access).
    def codenames(group):
        return set(Group.objects.get(name=group).permissions.values_list("codename", flat=True))

    signup_permissions = {"add_signup", "change_signup", "delete_signup", "view_signup"}
    assert signup_permissions <= codenames(MODERATORS_GROUP)
    assert not signup_permissions & codenames(EDITORS_GROUP)


def test_listing_filters_by_network_and_status_and_searches(
    client, moderator, open_network, network_index
):
    other = NetworkPageFactory(parent=network_index, title="Toinen verkosto")
    SignUpFactory(network=open_network, name="Aada Ensimmäinen")
    SignUpFactory(network=open_network, name="Bertta Hyväksytty", status=SignUp.Status.ACCEPTED)
    SignUpFactory(network=other, name="Cecilia Toinen")

    html = client.get(LIST_URL, {"network": open_network.pk}).content.decode()
    assert "Aada Ensimmäinen" in html and "Cecilia Toinen" not in html

    html = client.get(LIST_URL, {"status": "accepted"}).content.decode()
    assert "Bertta Hyväksytty" in html and "Aada Ensimmäinen" not in html

    html = client.get(LIST_URL, {"q": "Cecilia"}).content.decode()
    assert "Cecilia Toinen" in html and "Aada Ensimmäinen" not in html


def test_sign_ups_export_as_csv_for_finnish_excel(client, editor, open_network):
    SignUpFactory(
        network=open_network,
        name="Aada Ensimmäinen",
        email="aada@yhdistys.example",
        region_or_type="type:ngo",
        status=SignUp.Status.ACCEPTED,
        created_at=datetime.datetime(2026, 11, 30, 7, 5, tzinfo=datetime.UTC),
    )
    response = client.get(LIST_URL, {"export": "csv"})
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    raw = b"".join(response.streaming_content)
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM that makes Excel read UTF-8
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert len(rows) == 2
    row = dict(zip(rows[0], rows[1], strict=True))
    assert row["Nimi"] == "Aada Ensimmäinen"
    assert row["Sähköposti"] == "aada@yhdistys.example"
    assert row["Alue tai tyyppi"] == "Järjestö tai yhdistys"
    assert row["Verkosto"] == open_network.title
    assert row["Tila"] == "Hyväksytty"  # the label, not the stored "accepted"
    assert row["Ilmoittautunut"] == "30.11.2026 9.05"  # 07:05 UTC is 9.05 in Helsinki


def test_sign_ups_export_as_xlsx_in_helsinki_time(client, editor, open_network):
    SignUpFactory(
        network=open_network,
        name="Aada Ensimmäinen",
        status=SignUp.Status.DECLINED,
        created_at=datetime.datetime(2026, 6, 30, 21, 30, tzinfo=datetime.UTC),
    )
    response = client.get(LIST_URL, {"export": "xlsx"})
    assert response.status_code == 200
    workbook = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    header, row = list(workbook.active.iter_rows(values_only=True))
    values = dict(zip(header, row, strict=True))
    assert values["Nimi"] == "Aada Ensimmäinen"
    assert values["Tila"] == "Hylätty"
    # 21.30 UTC in summer is half past midnight the next day in Helsinki.
    assert values["Ilmoittautunut"] == datetime.datetime(2026, 7, 1, 0, 30)


def test_edit_form_shows_the_region_by_name(client, editor, open_network):
    region = RegionFactory(name="Itä-Lappi", slug="ita-lappi")
    signup = SignUpFactory(network=open_network, region_or_type="region:ita-lappi")
    html = client.get(f"{LIST_URL}edit/{signup.pk}/").content.decode()
    selected = re.search(r'<option value="region:ita-lappi"[^>]*selected[^>]*>([^<]*)<', html)
    assert selected is not None and selected.group(1) == region.name
    assert 'value="region:ita-lappi" maxlength' not in html  # no raw text box
    assert "Järjestö tai yhdistys" in html  # organisation types stay choosable


def test_editor_changes_the_status(client, editor, open_network):
    signup = SignUpFactory(network=open_network)
    response = client.post(
        f"{LIST_URL}edit/{signup.pk}/",
        {
            "status": "accepted",
            "name": signup.name,
            "organisation": signup.organisation,
            "email": signup.email,
            "region_or_type": signup.region_or_type,
            "message": "",
        },
    )
    assert response.status_code == 302
    signup.refresh_from_db()
    assert signup.status == SignUp.Status.ACCEPTED


def test_accepted_sign_up_becomes_a_member_of_the_published_page(client, moderator, open_network):
    signup = SignUpFactory(
        network=open_network,
        organisation="Uusi kyläyhdistys ry",
        region_or_type="type:ngo",
        status=SignUp.Status.ACCEPTED,
    )
    listing = client.get(LIST_URL).content.decode()
    assert add_member_url(signup) in listing

    assert client.get(add_member_url(signup)).status_code == 200
    response = client.post(add_member_url(signup))
    assert response.status_code == 302

    organisation = Organisation.objects.get(name="Uusi kyläyhdistys ry")
    assert organisation.type == Organisation.Type.NGO
    page = NetworkPage.objects.get(pk=open_network.pk)
    assert [m.organisation for m in page.members.all()] == [organisation]
    assert not page.has_unpublished_changes
    assert "Uusi kyläyhdistys ry" in client.get(page.url).content.decode()

    # Doing it again adds nothing.
    client.post(add_member_url(signup))
    assert page.members.count() == 1


@pytest.mark.parametrize("who", ["editor", "moderator"])
def test_add_member_message_names_the_organisation(client, open_network, who, request):
    request.getfixturevalue(who)
    signup = SignUpFactory(
        network=open_network, organisation="Uusi kyläyhdistys ry", status=SignUp.Status.ACCEPTED
    )
    response = client.post(add_member_url(signup), follow=True)
    shown = [str(message) for message in response.context["messages"]]
    assert len(shown) == 1 and "Uusi kyläyhdistys ry" in shown[0], shown
    assert "Uusi kyläyhdistys ry" in response.content.decode()


def test_existing_organisation_is_reused_case_insensitively(client, editor, open_network):
    existing = OrganisationFactory(name="Lapin liitto", type=Organisation.Type.REGIONAL_COUNCIL)
    signup = SignUpFactory(
        network=open_network, organisation="lapin  LIITTO", status=SignUp.Status.ACCEPTED
    )
    client.post(add_member_url(signup))
    assert Organisation.objects.filter(name__iexact="lapin liitto").count() == 1
    latest = NetworkPage.objects.get(pk=open_network.pk).get_latest_revision_as_object()
    assert [m.organisation for m in latest.members.all()] == [existing]


def test_an_editor_without_publish_rights_adds_the_member_to_a_draft(client, editor, open_network):
    signup = SignUpFactory(network=open_network, status=SignUp.Status.ACCEPTED)
    client.post(add_member_url(signup))
    page = NetworkPage.objects.get(pk=open_network.pk)
    assert page.members.count() == 0  # the live page waits for a moderator
    assert page.has_unpublished_changes
    latest = page.get_latest_revision_as_object()
    assert [m.organisation.name for m in latest.members.all()] == [signup.organisation]


def test_pending_draft_changes_are_not_published_by_adding_a_member(
    client, moderator, open_network
):
    draft = open_network.get_latest_revision_as_object()
    draft.title = "Keskeneräinen otsikko"
    draft.save_revision()
    signup = SignUpFactory(network=open_network, status=SignUp.Status.ACCEPTED)
    client.post(add_member_url(signup))
    page = NetworkPage.objects.get(pk=open_network.pk)
    assert page.title == "Avoin verkosto"
    assert page.members.count() == 0
    latest = page.get_latest_revision_as_object()
    assert latest.title == "Keskeneräinen otsikko"
    assert [m.organisation.name for m in latest.members.all()] == [signup.organisation]


def test_only_accepted_sign_ups_can_become_members(client, editor, open_network):
    signup = SignUpFactory(network=open_network, status=SignUp.Status.NEW)
    response = client.post(add_member_url(signup))
    assert response.status_code == 302
    assert open_network.members.count() == 0
    assert add_member_url(signup) not in client.get(LIST_URL).content.decode()


def test_people_without_sign_up_permission_cannot_add_members(client, open_network):
    user = UserFactory(groups=[])
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    signup = SignUpFactory(network=open_network, status=SignUp.Status.ACCEPTED)
    response = client.post(add_member_url(signup))
    assert response.status_code in (302, 403)
    assert open_network.members.count() == 0


def test_unknown_or_huge_ids_are_not_found(client, editor):
    assert client.get(reverse("network_signup_add_member", args=[999999])).status_code == 404
    huge = "/admin/network/signups/99999999999999999999999/add-member/"
    assert client.get(huge).status_code == 404
