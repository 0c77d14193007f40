"""A translator's catalogue is used as soon as it is delivered; until then the Sámi interface
is the Finnish source text, marked lang="fi"."""

import pytest
from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from bs4 import BeautifulSoup
from django.conf import settings as django_settings
from django.core.management import call_command

from sitewide.management.commands.translation_coverage import coverage
from sitewide.models import SiteLanguages

pytestmark = pytest.mark.django_db

SKIP_LINK = "Siirry pääsisältöön"
MARKED = "[se-testi] Siirry pääsisältöön"


@pytest.fixture
def delivered_catalogue(tmp_path, settings):
    """A tiny Northern Sámi catalogue translating one interface string into a marked text."""
    catalog = Catalog(locale="se")
    catalog.add(SKIP_LINK, MARKED)
    folder = tmp_path / "se" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    with (folder / "django.mo").open("wb") as file:
        write_mo(file, catalog)
    # Changing LOCALE_PATHS makes Django forget the catalogues it loaded (setting_changed).
    settings.LOCALE_PATHS = [tmp_path, *django_settings.LOCALE_PATHS]
    settings.INTERFACE_REVIEWED_LANGUAGES = ["fi", "sv", "en", "se"]


@pytest.fixture
def sami_site(home):
    SiteLanguages.objects.create(site=home.get_site(), languages=["fi", "se"])
    return home


def skip_link(client):
    soup = BeautifulSoup(client.get("/se/haku/").content, "html.parser")
    return soup, soup.select_one(".skip-link")


def test_without_a_catalogue_the_sami_interface_is_finnish_marked_fi(client, sami_site):
    soup, link = skip_link(client)
    assert link.get_text() == SKIP_LINK
    assert link["lang"] == "fi"
    assert soup.header["lang"] == "fi"


def test_a_delivered_catalogue_is_used_and_its_text_is_marked_sami(
    client, sami_site, delivered_catalogue
):
    soup, link = skip_link(client)
    assert link.get_text() == MARKED
    assert soup.html["lang"] == "se"
    assert not link.has_attr("lang")
    # Only the switcher's "suomi" is in Finnish now.
    assert [element.get_text() for element in soup.select('[lang="fi"]')] == ["suomi"]
    # What the catalogue does not translate is still the Finnish source text.
    assert "Sivukartta" in soup.footer.get_text()


def test_coverage_counts_translated_fuzzy_and_all_messages(tmp_path):
    po = tmp_path / "django.po"
    po.write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        'msgid "Hae"\nmsgstr "Oza"\n\n'
        '#, fuzzy\nmsgid "Kieli"\nmsgstr "Giella"\n\n'
        'msgid "Valikko"\nmsgstr ""\n',
        encoding="utf-8",
    )
    assert coverage(po) == (1, 1, 3)


def test_the_coverage_command_lists_every_language(capsys):
    call_command("translation_coverage")
    out = capsys.readouterr().out
    for code, _name in django_settings.LANGUAGES:
        assert f"\n{code} " in "\n" + out
    assert "davvisámegiella: 0/" in out and "not reviewed" in out
