"""`setup_site` (run by `make run`) records the address the site really runs on."""

import io

import pytest
from django.core.management import call_command
from wagtail.models import Site

pytestmark = pytest.mark.django_db


def test_the_default_site_follows_the_port_make_run_was_given():
    call_command("setup_site", hostname="127.0.0.1", port=8201, stdout=io.StringIO())
    assert Site.objects.get(is_default_site=True).root_url == "http://127.0.0.1:8201"

    call_command("setup_site", hostname="127.0.0.1", port=8000, stdout=io.StringIO())
    assert Site.objects.get(is_default_site=True).root_url == "http://127.0.0.1:8000"
    assert Site.objects.count() == 1


def test_setup_site_adds_a_second_site_and_a_second_run_changes_nothing():
    from wagtail.models import Page

    from pages.models import AccessibilityStatementPage, StandardPage

    call_command("setup_site", hostname="127.0.0.1", port=8000, stdout=io.StringIO())
    options = {
        "hostname": "oulu.localhost",
        "port": 8000,
        "name": "Oulun alue",
        "home_title": "Oulun alue",
        "home_slug": "oulu",
        "stdout": io.StringIO(),
    }
    call_command("setup_site", **options)
    pages = list(Page.objects.order_by("path").values_list("pk", "path", "title"))
    call_command("setup_site", **options)
    assert list(Page.objects.order_by("path").values_list("pk", "path", "title")) == pages

    site = Site.objects.get(hostname="oulu.localhost")
    assert (site.site_name, site.root_page.slug) == ("Oulun alue", "oulu")
    assert not site.is_default_site
    assert Site.objects.get(is_default_site=True).hostname == "127.0.0.1"
    assert StandardPage.objects.child_of(site.root_page).filter(slug="tietosuojaseloste").exists()
    assert AccessibilityStatementPage.objects.child_of(site.root_page).exists()


def test_setup_site_moves_a_site_to_a_new_address_without_touching_its_home():
    options = {"home_slug": "oulu", "home_title": "Oulun alue", "stdout": io.StringIO()}
    call_command("setup_site", hostname="127.0.0.1", port=8000, stdout=io.StringIO())
    call_command("setup_site", hostname="oulu.localhost", port=8000, **options)
    home_pk = Site.objects.get(hostname="oulu.localhost").root_page_id
    call_command("setup_site", hostname="oulu.example", port=443, **options)
    site = Site.objects.get(root_page_id=home_pk)
    assert (site.hostname, site.port) == ("oulu.example", 443)
    assert Site.objects.count() == 2


def test_setup_site_refuses_an_address_another_site_has():
    from django.core.management.base import CommandError
    from wagtail.models import Page

    call_command("setup_site", hostname="127.0.0.1", port=8000, stdout=io.StringIO())
    with pytest.raises(CommandError, match="already the address"):
        call_command(
            "setup_site", hostname="127.0.0.1", port=8000, home_slug="toinen", stdout=io.StringIO()
        )
    assert Site.objects.count() == 1
    assert not Page.objects.filter(slug="toinen").exists()
