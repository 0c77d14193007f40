"""The privacy notice is a site setting that editors choose with a page chooser."""

import importlib

import pytest
from django.apps import apps
from wagtail.models import Site

from pages.models import StandardPage
from sitewide.models import PrivacySettings

pytestmark = pytest.mark.django_db

choose_existing = importlib.import_module(
    "sitewide.migrations.0004_privacysettings"
).choose_existing_privacy_notice


def a_page(home, slug: str, live: bool = True) -> StandardPage:
    page = home.add_child(instance=StandardPage(title="Tietosuoja", slug=slug, body="<p>x</p>"))
    if live:
        page.save_revision().publish()
    else:
        page.unpublish()
    return page


def test_site_setup_chooses_the_privacy_notice_it_creates(home, rf):
    request = rf.get("/")
    chosen = PrivacySettings.page_for_request(request)
    assert chosen is not None and chosen.slug == "tietosuojaseloste"


def test_the_editors_choice_wins_over_the_slug_and_setup_keeps_it(home, rf):
    from home.site_setup import ensure_home_page

    other = a_page(home, "tietosuoja-ja-evasteet")
    setting = PrivacySettings.for_site(Site.objects.get(is_default_site=True))
    setting.privacy_page = other
    setting.save()
    ensure_home_page(hostname="testserver")
    assert PrivacySettings.page_for_request(rf.get("/")).pk == other.pk


def test_an_unpublished_or_missing_notice_is_no_notice(home, rf):
    request = rf.get("/")
    assert PrivacySettings.page_for_request(request) is not None
    setting = PrivacySettings.for_site(Site.objects.get(is_default_site=True))
    setting.privacy_page = a_page(home, "luonnos", live=False)
    setting.save()
    assert PrivacySettings.page_for_request(request) is None
    PrivacySettings.objects.all().delete()
    assert PrivacySettings.page_for_request(request) is None


def test_the_migration_keeps_the_notice_that_was_found_by_its_slug(home):
    PrivacySettings.objects.all().delete()
    choose_existing(apps, None)
    setting = PrivacySettings.objects.get(site__is_default_site=True)
    assert setting.privacy_page.slug == "tietosuojaseloste"
    assert setting.privacy_page.get_parent().pk == home.pk


def test_the_migration_chooses_nothing_for_a_site_without_one(home):
    PrivacySettings.objects.all().delete()
    home.get_children().filter(slug="tietosuojaseloste").delete()
    choose_existing(apps, None)
    assert not PrivacySettings.objects.exists()
