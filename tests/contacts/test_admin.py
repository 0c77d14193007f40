import datetime
import re

import pytest
from django.urls import reverse
from wagtail.models import Site
from wagtail.test.utils.form_data import nested_form_data

from contacts.models import ContactCard
from sitewide.permissions import EDITORS_GROUP, MODERATORS_GROUP
from tests.factories import ContactCardFactory, OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db

ADD_URL = "wagtailsnippets_contacts_contactcard:add"
LIST_URL = "wagtailsnippets_contacts_contactcard:list"


def card_form(**overrides) -> dict:
    data = {
        "name": "Uusi Asiantuntija",
        "job_title": "Osallisuuskoordinaattori",
        "organisation": OrganisationFactory().pk,
        "email": "uusi.asiantuntija@demo.example",
        "phone": "050 000 1234",
        "x_handle": "",
        "mastodon_url": "",
        "bluesky_handle": "",
        "linkedin_url": "",
        "photo": "",
        "photo_alt": "",
        "expertise": "Asukasraadit.",
        "keywords": "osallisuus, Asukasraadit",
        "last_checked": "2026-01-15",
    }
    sites = overrides.pop("sites", None)
    data.update(overrides)
    form = nested_form_data(data)
    form["sites"] = sites if sites is not None else [Site.objects.get(is_default_site=True).pk]
    return form


@pytest.fixture
def editor_client(client, home):
    client.force_login(UserFactory(groups=[EDITORS_GROUP]))
    return client


def test_editor_saves_a_draft_card_that_visitors_cannot_see(editor_client, client):
    response = editor_client.post(reverse(ADD_URL), card_form())
    assert response.status_code == 302
    card = ContactCard.objects.get(name="Uusi Asiantuntija")
    assert not card.live
    assert card.phone == "+358500001234"
    assert sorted(k.name for k in card.latest_revision.as_object().keywords.all()) == [
        "Asukasraadit",
        "osallisuus",
    ]
    client.logout()
    assert client.get(card.get_absolute_url()).status_code == 404


def test_moderator_can_publish_a_card(client, home):
    # Editors submit cards to moderation instead (tests/contacts/test_card_moderation.py).
    client.force_login(UserFactory(groups=[MODERATORS_GROUP]))
    response = client.post(reverse(ADD_URL), {**card_form(), "action-publish": "1"})
    assert response.status_code == 302
    assert ContactCard.objects.get(name="Uusi Asiantuntija").live


def test_a_card_must_name_at_least_one_site(editor_client):
    response = editor_client.post(reverse(ADD_URL), card_form(sites=[]))
    assert response.status_code == 200
    assert response.context["form"].errors["sites"]
    assert not ContactCard.objects.filter(name="Uusi Asiantuntija").exists()


def test_invalid_phone_and_social_handle_get_clear_form_errors(editor_client):
    response = editor_client.post(reverse(ADD_URL), card_form(phone="12", x_handle="ei kelpaa!"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Puhelinnumero ei kelpaa" in html
    assert "Anna X-tunnus muodossa @tunnus" in html
    assert not ContactCard.objects.filter(name="Uusi Asiantuntija").exists()


def test_listing_filters_inspect_and_preview_work(editor_client):
    card = ContactCardFactory(name="Aino Koskela", keywords=["sote"])
    ContactCardFactory(name="Eero Muu")
    listing = editor_client.get(reverse(LIST_URL), {"organisation": card.organisation_id})
    assert "Aino Koskela" in listing.content.decode()
    assert "Eero Muu" not in listing.content.decode()
    inspect = editor_client.get(
        reverse("wagtailsnippets_contacts_contactcard:inspect", args=(card.pk,))
    )
    assert inspect.status_code == 200
    preview = editor_client.post(
        reverse("wagtailsnippets_contacts_contactcard:preview_on_edit", args=(card.pk,)),
        card_form(name="Esikatseltava Nimi"),
    )
    assert preview.status_code == 200
    shown = editor_client.get(
        reverse("wagtailsnippets_contacts_contactcard:preview_on_edit", args=(card.pk,))
    )
    assert "Esikatseltava Nimi" in shown.content.decode()


def test_stale_report_lists_cards_not_checked_for_a_year(editor_client):
    ContactCardFactory(name="Vanha Tarkistus", last_checked=datetime.date(2020, 1, 1))
    ContactCardFactory(name="Tuore Tarkistus")
    html = editor_client.get(reverse(LIST_URL), {"stale": "true"}).content.decode()
    assert "Vanha Tarkistus" in html
    assert "Tuore Tarkistus" not in html
    menu = editor_client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Tarkistettavat yhteystiedot" in menu


def test_stale_and_live_filters_read_yes_and_no_in_finnish(editor_client):
    ContactCardFactory(name="Vanha Tarkistus", last_checked=datetime.date(2020, 1, 1))
    response = editor_client.get(reverse(LIST_URL), {"stale": "true", "live": "false"})
    html = response.content.decode()
    assert "Vanha Tarkistus" not in html  # published, so the live=no filter hides it
    text = " ".join(re.sub(r"<[^>]+>", " ", html).split())  # the active-filter chips
    assert "Tarkistettu yli vuosi sitten: Kyllä" in text
    assert "Julkaistu: Ei" in text
    assert "True" not in text and "False" not in text
    html = editor_client.get(reverse(LIST_URL), {"stale": "true", "live": "true"}).content.decode()
    assert "Vanha Tarkistus" in html


def test_listing_shows_the_status_in_finnish_not_true_or_false(editor_client):
    ContactCardFactory(name="Julkaistu Kortti")
    html = editor_client.get(reverse(LIST_URL)).content.decode()
    text = " ".join(re.sub(r"<[^>]+>", " ", html).split())
    assert "Julkaistu Kortti" in text
    assert "julkaistu" in text
    assert "True" not in text and "False" not in text


def test_export_csv_is_available_to_editors(editor_client):
    ContactCardFactory(name="Aino Koskela")
    response = editor_client.get(reverse(LIST_URL), {"export": "csv"})
    assert response.status_code == 200
    assert "Aino Koskela" in b"".join(response.streaming_content).decode()


def test_editor_deletes_a_card_in_the_admin_and_it_disappears_everywhere(editor_client, client):
    card = ContactCardFactory(name="Poistettava Henkilö", keywords=["poisto"])
    delete_url = reverse("wagtailsnippets_contacts_contactcard:delete", args=(card.pk,))
    assert editor_client.get(delete_url).status_code == 200
    assert editor_client.post(delete_url).status_code == 302
    assert not ContactCard.objects.filter(pk=card.pk).exists()
    assert client.post(card.get_vcard_url()).status_code == 404
    assert client.get("/asiasanat/poisto/").status_code == 404
