"""Contact emails cannot be harvested by a simple scraper (limits: README, Security)."""

import re

import pytest

from contacts.demo import ensure_directory_page
from tests.factories import ContactCardFactory

pytestmark = pytest.mark.django_db

ADDRESS = re.compile(r"[\w.+-]+(?:@|\(at\)|\[at\]|&#64;|%40)[\w-]+(?:\.[\w-]+)+", re.I)


@pytest.fixture
def cards(home):
    ensure_directory_page(home)
    return [
        ContactCardFactory(name=f"Henkilö {n}", email=f"henkilo.{n}@hyvinvointialue.example")
        for n in range(3)
    ]


def test_directory_and_card_pages_hold_no_address_a_scraper_can_read(client, cards):
    for url in ["/asiantuntijat/", cards[0].get_absolute_url()]:
        html = client.get(url).content.decode()
        assert ADDRESS.findall(html) == [], url
        assert "data-user" not in html and "data-domain" not in html
        assert "hyvinvointialue.example" not in html


def test_card_addresses_are_random_not_counted(cards):
    urls = [card.get_absolute_url() for card in cards]
    assert len(set(urls)) == 3
    for card, url in zip(cards, urls, strict=True):
        assert f"/{card.pk}/" not in url
        assert re.fullmatch(r"/asiantuntijat/kortti/[A-Za-z0-9_-]{16}/", url)


def test_without_javascript_the_button_posts_for_the_address_within_a_limit(
    client, cards, settings
):
    settings.CONTACT_DETAILS_RATE_LIMIT = 2
    card = cards[0]
    assert client.get(card.get_email_url()).status_code == 405  # links are not followed into it
    shown = client.post(card.get_email_url())
    assert shown.status_code == 200
    assert "no-store" in shown["Cache-Control"] or "max-age=0" in shown["Cache-Control"]
    assert 'href="mailto:henkilo.0@hyvinvointialue.example"' in shown.content.decode()
    assert client.post(cards[1].get_vcard_url()).status_code == 200
    # Walking the directory for every address meets the limit.
    assert client.post(cards[2].get_email_url()).status_code == 429
    assert client.post(cards[2].get_vcard_url()).status_code == 429


def test_the_vcard_is_behind_the_same_step(client, cards):
    card = cards[0]
    assert client.get(card.get_vcard_url()).status_code == 405
    response = client.post(card.get_vcard_url())
    assert response.status_code == 200
    assert "henkilo.0@hyvinvointialue.example" in response.content.decode()
