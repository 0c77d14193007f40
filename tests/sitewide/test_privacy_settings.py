"""The privacy notice is a site setting that editors choose with a page chooser."""

import importlib

import pytest
from bs4 import BeautifulSoup
from django.apps import apps
from wagtail.models import Site

from pages.models import StandardPage
from sitewide.frontcache import MENU, page_change_keys, site_key
from sitewide.models import PrivacySettings, is_privacy_notice

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


def footer_privacy_link(client, path: str = "/") -> str | None:
    footer = BeautifulSoup(client.get(path).content, "html.parser").find("footer")
    link = footer.find("a", string="Tietosuojaseloste")
    return link["href"] if link else None


@pytest.fixture
def deep_notice(home) -> StandardPage:
    """The chosen notice below a section, where the header menu alone would not purge it."""
    section = a_page(home, "tietoa")
    notice = section.add_child(
        instance=StandardPage(title="Tietosuoja", slug="tietosuoja", body="<p>x</p>")
    )
    notice.save_revision().publish()
    setting = PrivacySettings.objects.get(site__is_default_site=True)
    setting.privacy_page = notice
    setting.save()  # as the settings form does
    return notice


def test_footer_links_to_the_notice_the_editors_chose_at_once(client, home):
    assert footer_privacy_link(client) == "/tietosuojaseloste/"  # and the footer is now cached
    setting = PrivacySettings.objects.get(site__is_default_site=True)
    setting.privacy_page = a_page(home, "tietosuoja-ja-evasteet")
    setting.save()
    assert footer_privacy_link(client) == "/tietosuoja-ja-evasteet/"


def test_renaming_the_notice_updates_every_footer_and_purges_every_page(client, deep_notice):
    assert footer_privacy_link(client) == "/tietoa/tietosuoja/"
    # Every HTML page of its site in the front cache has MENU.
    assert site_key(MENU, deep_notice.get_site()) in page_change_keys(deep_notice)
    deep_notice.slug = "tietosuojaseloste-2026"
    deep_notice.save_revision().publish()
    assert footer_privacy_link(client) == "/tietoa/tietosuojaseloste-2026/"


def test_unpublished_or_deleted_notice_leaves_the_footer_without_a_dead_link(client, deep_notice):
    assert footer_privacy_link(client) == "/tietoa/tietosuoja/"
    deep_notice.unpublish()
    assert footer_privacy_link(client) is None
    deep_notice.save_revision().publish()
    assert footer_privacy_link(client) == "/tietoa/tietosuoja/"
    deep_notice.delete()
    assert footer_privacy_link(client) is None


def test_other_pages_changes_do_not_purge_every_page(deep_notice):
    other = deep_notice.get_parent().add_child(
        instance=StandardPage(title="Saavutettavuus", slug="saavutettavuus", body="<p>x</p>")
    )
    assert is_privacy_notice(deep_notice) and is_privacy_notice(deep_notice.get_parent())
    assert not is_privacy_notice(other)
    assert site_key(MENU, other.get_site()) not in page_change_keys(other)
