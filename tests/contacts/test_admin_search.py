"""Searching the admin listings of cards and organisations finds rows on SQLite and PostgreSQL."""

import pytest
from django.urls import reverse

from tests.factories import ContactCardFactory, OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client, home):
    client.force_login(UserFactory(groups=["Editors"]))
    return client


def test_card_listing_search_finds_by_name_title_and_expertise(editor_client):
    ContactCardFactory(name="Aino Koskela", job_title="Kokemusasiantuntija", expertise="Raadit")
    ContactCardFactory(name="Bertil Lind", job_title="Suunnittelija", expertise="Kyselyt")
    url = reverse("wagtailsnippets_contacts_contactcard:list")
    for query in ("Koskela", "kokemusasiantuntija", "Raadit"):
        response = editor_client.get(url, {"q": query})
        assert response.status_code == 200, query
        html = response.content.decode()
        assert "Aino Koskela" in html and "Bertil Lind" not in html, query


def test_organisation_listing_search_finds_by_name(editor_client):
    OrganisationFactory(name="Lapin hyvinvointialue")
    OrganisationFactory(name="Pirkanmaan kylät ry")
    response = editor_client.get(
        reverse("wagtailsnippets_contacts_organisation:list"), {"q": "Lapin"}
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "Lapin hyvinvointialue" in html and "Pirkanmaan kylät ry" not in html
