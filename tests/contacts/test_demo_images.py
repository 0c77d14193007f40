"""The demo contact cards get drawn avatars (never photos of people) with alt text, once."""

from io import StringIO

import pytest
from django.core.management import call_command

from contacts.demo import CARDS, load_demo_contacts
from contacts.demo_images import ALT, ILLUSTRATED, ensure_demo_avatars
from contacts.models import ContactCard

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo_cards(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    load_demo_contacts()


def test_some_demo_cards_get_an_avatar_with_alt_text_once(demo_cards):
    assert ensure_demo_avatars() == len(ILLUSTRATED)
    assert ensure_demo_avatars() == 0
    illustrated = ContactCard.objects.filter(photo__isnull=False)
    assert {card.name for card in illustrated} == set(ILLUSTRATED)
    assert ContactCard.objects.filter(photo__isnull=True).count() == len(CARDS) - len(ILLUSTRATED)
    for card in illustrated:
        assert card.photo_alt == ALT
        assert "ei valokuva" in card.photo_alt
        assert (card.photo.width, card.photo.height) == (480, 480)


def test_the_public_card_shows_the_avatar_with_its_alt_text(client, home, demo_cards):
    ensure_demo_avatars()
    card = ContactCard.objects.get(name=ILLUSTRATED[0])
    html = client.get(card.get_absolute_url()).content.decode()
    assert f'alt="{ALT}"' in html
    assert 'class="contact-card__photo"' in html


def test_the_demo_command_illustrates_the_cards_once(home, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    first, second = StringIO(), StringIO()
    call_command("load_demo_contacts", stdout=first)
    call_command("load_demo_contacts", stdout=second)
    assert f"{len(CARDS)} created, {len(ILLUSTRATED)} illustrated" in first.getvalue()
    assert "0 created, 0 illustrated" in second.getvalue()
