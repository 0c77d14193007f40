"""Markup typed into the sign-up form comes back as text: in the form, the admin and exports."""

import csv
import io

import pytest
from django.urls import reverse

from tests.escaping import assert_escaped
from tests.factories import UserFactory
from tests.network.factories import SignUpFactory

pytestmark = pytest.mark.django_db

PAYLOAD = '<script>alert("s")</script>"><img src=x onerror=alert(1)>'
LIST_URL = "/admin/snippets/network/signup/"


def test_invalid_sign_up_shows_the_typed_markup_back_as_text(client, open_network):
    response = client.post(
        open_network.url,
        {
            "name": PAYLOAD,
            "organisation": PAYLOAD,
            "email": f"{PAYLOAD}@example",
            "region_or_type": PAYLOAD,
            "message": PAYLOAD,
            "website": "",
        },
    )
    assert response.status_code == 400
    assert_escaped(response)


@pytest.fixture
def signup(open_network):
    return SignUpFactory(
        network=open_network,
        name=PAYLOAD,
        organisation=PAYLOAD,
        message=PAYLOAD,
        email="merkki@yhdistys.example",
    )


@pytest.fixture
def admin_client(client, home):
    client.force_login(UserFactory(is_superuser=True))
    return client


def test_admin_sign_up_listing_edit_and_search_escape_the_fields(admin_client, signup):
    for url in (
        LIST_URL,
        LIST_URL + "?q=script",
        reverse("wagtailsnippets_network_signup:edit", args=[signup.pk]),
    ):
        response = admin_client.get(url)
        assert response.status_code == 200, url
        assert_escaped(response)


def test_coordinator_email_is_plain_text(client, open_network, mailoutbox):
    client.post(
        open_network.url,
        {
            "name": PAYLOAD,
            "organisation": "Kyläyhdistys ry",
            "email": "merkki@yhdistys.example",
            "region_or_type": "type:ngo",
            "message": "",
            "consent": "on",
            "website": "",
        },
    )
    (message,) = [m for m in mailoutbox if m.to != ["merkki@yhdistys.example"]]
    assert message.alternatives == []  # no HTML part that could render the markup
    assert PAYLOAD in message.body


def test_csv_export_neutralises_spreadsheet_formulas(admin_client, open_network):
    SignUpFactory(network=open_network, name='=HYPERLINK("https://evil.example","Avaa")')
    response = admin_client.get(LIST_URL, {"export": "csv"})
    body = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(body), delimiter=";"))
    assert '=HYPERLINK(""https://evil.example' in body
    for cell in rows[1]:
        assert not cell.startswith(("=", "+", "-", "@")), cell
