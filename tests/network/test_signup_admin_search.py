"""Searching the admin listing of sign-ups finds rows by name, organisation and email."""

import pytest

from tests.factories import UserFactory
from tests.network.factories import SignUpFactory

pytestmark = pytest.mark.django_db

LIST_URL = "/admin/snippets/network/signup/"


@pytest.mark.parametrize("query", ["Ensimmäinen", "Kylätoimikunta", "aada@yhdistys"])
def test_sign_up_listing_search_finds_by_name_organisation_and_email(
    client, home, open_network, query
):
    client.force_login(UserFactory(groups=["Moderators"]))
    SignUpFactory(
        network=open_network,
        name="Aada Ensimmäinen",
        organisation="Kylätoimikunta ry",
        email="aada@yhdistys.example",
    )
    SignUpFactory(network=open_network, name="Bertta Toinen", email="bertta@toinen.example")
    response = client.get(LIST_URL, {"q": query})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Aada Ensimmäinen" in html and "Bertta Toinen" not in html
