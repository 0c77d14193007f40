import pytest
from django.conf import settings
from django.core.cache import cache
from django.utils import translation

from home.site_setup import ensure_home_page
from tests.factories import NewsIndexPageFactory


@pytest.fixture(autouse=True)
def _clear_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def home(db):
    return ensure_home_page(hostname="testserver")


@pytest.fixture
def other_site(home):
    """A second site of the install, on its own host, with its own home page (multi-site tests:
    what is in `home`'s site must not show here, nor the other way round)."""
    from wagtail.models import Locale, Page, Site

    from home.models import HomePage

    other_home = Page.get_first_root_node().add_child(
        instance=HomePage(title="Toinen alue", slug="toinen-alue", locale=Locale.get_default())
    )
    other_home.save_revision().publish()
    return Site.objects.create(
        hostname="toinen.localhost", port=80, root_page=other_home, site_name="Toinen alue"
    )


@pytest.fixture
def news_index(home):
    return NewsIndexPageFactory(parent=home, show_in_menus=True)


@pytest.fixture
def directory(home):
    """The published contact directory at /asiantuntijat/."""
    from contacts.models import ContactDirectoryPage

    page = home.add_child(
        instance=ContactDirectoryPage(title="Asiantuntijat", slug="asiantuntijat")
    )
    page.save_revision().publish()
    return page


@pytest.fixture
def is_postgres():
    from django.db import connection

    return connection.vendor == "postgresql"


@pytest.fixture(autouse=True)
def _finnish_until_a_request_says_otherwise():
    # A test that activates a language (translation.override outside a request, a demo
    # loader) must not leave it to the next test's pages, forms or emails.
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def _fragment_clock_stands_still(monkeypatch):
    # Fragments with a lifetime ("upcoming" events) are renamed every five minutes of the
    # wall clock; a test that reads a page twice must not straddle such a boundary (it did, on
    # CI: the second read computed them again). Tests of the lifetime move this clock.
    from sitewide import fragments

    moment = fragments._clock()
    monkeypatch.setattr(fragments, "_clock", lambda: moment)
