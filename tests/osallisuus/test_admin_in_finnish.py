"""Strings Wagtail's own Finnish catalogue leaves in English are Finnish in our admin
(locale/fi/LC_MESSAGES/django.po); docs/translations.md lists what is still English."""

import pytest
from django.urls import reverse
from django.utils import translation

from sitewide.permissions import EDITORS_GROUP
from tests.factories import ContactCardFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "english, finnish",
    [
        ("Schedule to publish", "Ajasta julkaisu"),
        ("Once live anyone can view", "Julkaistuna kaikki voivat nähdä"),
        ("Show keyboard shortcuts", "Näytä pikanäppäimet"),
        ("Add or show comments", "Lisää tai näytä kommentit"),
        ("Show disabled", "Näytä myös käytöstä poistetut"),
    ],
)
def test_wagtail_strings_our_catalogue_fills_are_finnish(english, finnish):
    with translation.override("fi"):
        assert translation.gettext(english) == finnish


def test_a_listing_in_the_admin_sorts_and_offers_shortcuts_in_finnish(client, home):
    ContactCardFactory(name="Kortti Listalla")
    client.force_login(UserFactory(groups=[EDITORS_GROUP]))
    html = client.get(reverse("wagtailsnippets_contacts_contactcard:list")).content.decode()
    assert "Järjestä sarakkeen ”Nimi” mukaan" in html
    assert "Lisää toimintoja: ”Kortti Listalla”" in html
    assert "Näytä pikanäppäimet" in html
    for english in ("Sort by '", "More options for", "Show keyboard shortcuts"):
        assert english not in html
