"""Importing WordPress exports of our own: several versions' shapes, classic and block content,
and hostile or broken files."""

from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from wagtail.contrib.redirects.models import Redirect
from wagtail.images import get_image_model
from wagtail.models import Page, PageViewRestriction

from keywords.models import Keyword
from news.models import NewsPage
from pages.models import StandardPage
from tests.factories import UserFactory
from wordpress.importer import Importer
from wordpress.models import ImportedItem
from wordpress.wxr import WXRError, read_export

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "docs" / "wordpress" / "esimerkkivienti.xml"
UPLOADS = ROOT / "docs" / "wordpress" / "uploads"
DATA = Path(__file__).parent / "data"


def import_file(path, **kwargs):
    return Importer(read_export(str(path)), **kwargs).run()


def test_sample_export_becomes_news_pages_keywords_and_images(news_index, capsys):
    Keyword.objects.create(name="Osallisuus")
    user = UserFactory(username="koordinaattori")

    call_command("import_wordpress", str(SAMPLE), "--uploads", str(UPLOADS))

    output = capsys.readouterr()
    assert "Luotu: 3 uutista" in output.out
    assert "Kommentteja ohitettu: 2" in output.out
    assert "jetpack/contact-info" in output.out
    assert "[" in output.err and "3/4" not in output.err and "4/4" in output.err  # progress bar
    page = NewsPage.objects.get(slug="jarjestojen-kevatkokous")
    assert page.live and page.owner == user
    assert page.title == "Järjestöjen kevätkokous kokosi 40 osallistujaa"
    assert page.lead == "Kevätkokous sopi tapaamisista ja uutiskirjeestä."
    assert str(page.date) == "2022-01-11"
    assert page.first_published_at.isoformat().startswith("2022-01-11T10:00")
    assert page.last_published_at.isoformat().startswith("2022-01-12T10:00")
    assert [block.block_type for block in page.body] == [
        "paragraph",
        "heading",
        "paragraph",
        "subheading",
        "image",
        "quote",
        "table",
        "embed",
        "paragraph",
    ]
    assert page.header_image.title == "Verkoston kokous"
    assert page.header_image_alt == "Verkoston jäsenet istuvat pöydän ympärillä"
    assert get_image_model().objects.count() == 1  # featured and inline: one image
    # Tags and categories are keywords, merged case-insensitively; ä/ö names kept.
    assert sorted(k.name for k in page.keywords.all()) == ["Järjestöt", "Osallisuus", "Tiedotteet"]
    assert Keyword.objects.filter(name__iexact="osallisuus").count() == 1
    assert not Keyword.objects.filter(name__iexact="uncategorized").exists()
    # The excerpt-less post gets its first sentence as the lead.
    vote = NewsPage.objects.get(slug="aanestys-verkoston-nimesta")
    assert vote.lead == "Verkoston jäsenet äänestävät uudesta nimestä helmikuussa."
    assert vote.owner is None  # "tuntematon" maps to no user and no default was given
    draft = NewsPage.objects.get(title="Luonnos: syksyn ohjelma")
    assert not draft.live
    assert StandardPage.objects.get(slug="tietoa").live


def test_old_addresses_redirect_to_the_new_pages(news_index, client):
    import_file(SAMPLE, uploads=UPLOADS)
    page = NewsPage.objects.get(slug="jarjestojen-kevatkokous")

    def lands(old, expected):
        response = client.get(old)
        assert response.status_code == 301, old
        assert response["Location"].endswith(expected), (old, response["Location"])
        assert client.get(response["Location"]).status_code == 200, old

    lands("/2022/01/jarjestojen-kevatkokous/", page.url)
    lands("/?p=41", page.url)
    lands("/?page_id=2", "/tietoa/")
    lands("/tag/jarjestot/", "/asiasanat/j%C3%A4rjest%C3%B6t/")
    lands("/tag/%C3%A4%C3%A4nestys/", "/asiasanat/%C3%A4%C3%A4nestys/")
    lands("/category/tiedotteet/", "/asiasanat/tiedotteet/")
    lands("/feed/", "/syotteet/uutiset.rss")
    lands("/tag/osallisuus/feed/", "/syotteet/asiasanat/osallisuus.rss")
    assert client.get("/tietoa/").status_code == 200
    assert client.get("/?p=999").status_code == 200  # an unknown id: just the home page


def test_running_again_updates_by_guid_never_duplicates(news_index):
    import_file(SAMPLE, uploads=UPLOADS)
    page = NewsPage.objects.get(slug="jarjestojen-kevatkokous")
    page.title = "Muokattu otsikko"
    page.save_revision().publish()
    counts = (Page.objects.count(), Keyword.objects.count(), Redirect.objects.count())

    summary = import_file(SAMPLE, uploads=UPLOADS)

    assert sum(summary.created.values()) == 0
    assert summary.updated["post"] == 3
    assert (Page.objects.count(), Keyword.objects.count(), Redirect.objects.count()) == counts
    assert NewsPage.objects.get(pk=page.pk).title.startswith("Järjestöjen kevätkokous")
    assert get_image_model().objects.count() == 1


def test_dry_run_changes_nothing_and_says_what_would_happen(news_index):
    before = (Page.objects.count(), Keyword.objects.count(), Redirect.objects.count())
    summary = import_file(SAMPLE, uploads=UPLOADS, dry_run=True)
    assert summary.created["post"] == 3 and summary.created["page"] == 1
    assert summary.images == 1
    assert (Page.objects.count(), Keyword.objects.count(), Redirect.objects.count()) == before
    assert not ImportedItem.objects.exists()


def test_classic_wxr11_export(news_index):
    author = UserFactory(username="toimittaja", email="toimitus@esimerkki.invalid")
    summary = import_file(DATA / "classic-wxr11.xml")

    page = NewsPage.objects.get(slug="klassinen-uutinen")
    assert page.owner == author  # matched by email
    html = "".join(str(block.value) for block in page.body if block.block_type == "paragraph")
    assert "<p>Ensimmäinen kappale ilman p-elementtiä. Toinen virke.</p>" in html
    assert "<i>korostus</i>" in html
    assert "javascript" not in html and "alert" not in html
    assert sorted(k.name for k in page.keywords.all()) == ["Lappi", "Sote"]
    assert any("puuttuu.jpg" in problem for problem in summary.problems)
    assert any("script" in problem for problem in summary.problems)
    future = NewsPage.objects.get(slug="tuleva")
    assert not future.live and future.latest_revision.approved_go_live_at.year == 2099
    private = NewsPage.objects.get(slug="yksityinen")
    assert private.live
    assert PageViewRestriction.objects.filter(page=private).exists()
    assert not NewsPage.objects.filter(title="Roskakorissa").exists()
    assert summary.skipped["tila trash"] == 1


def test_categories_can_be_left_out(news_index):
    import_file(DATA / "classic-wxr11.xml", categories_as_keywords=False)
    page = NewsPage.objects.get(slug="klassinen-uutinen")
    assert [k.name for k in page.keywords.all()] == ["Lappi"]


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("billion-laughs.xml", "turvallisuussyistä"),
        ("external-entity.xml", "turvallisuussyistä"),
        ("truncated.xml", "katkennut"),
        ("wrong-kind.xml", "ei ole WordPressin vientitiedosto"),
        ("not-xml.pdf", "ei ole eheää XML:ää"),
    ],
)
def test_hostile_or_broken_file_is_a_clear_error_and_changes_nothing(news_index, name, message):
    before = Page.objects.count()
    with pytest.raises(CommandError, match=message):
        call_command("import_wordpress", str(DATA / name))
    assert Page.objects.count() == before
    with pytest.raises(WXRError):
        read_export(str(DATA / name))


def test_pages_with_a_parent_become_child_pages(news_index, client):
    home = news_index.get_parent()
    import_file(DATA / "page-hierarchy.xml")

    section = StandardPage.objects.get(slug="toiminta")
    rules = StandardPage.objects.get(slug="saannot")
    minutes = StandardPage.objects.get(slug="vuosikokous-2020")
    assert section.get_parent().pk == home.pk
    assert rules.get_parent().pk == section.pk
    assert minutes.get_parent().pk == rules.pk
    # A parent missing from the export: the page goes to the top level, not lost.
    assert StandardPage.objects.get(slug="orpo").get_parent().pk == home.pk
    assert client.get("/toiminta/saannot/vuosikokous-2020/").status_code == 200
    assert Page.find_problems() == ([], [], [], [], [])  # the tree is consistent

    # Running it again keeps the tree as it is.
    summary = import_file(DATA / "page-hierarchy.xml")
    assert summary.updated["page"] == 4 and not summary.created
    assert StandardPage.objects.get(slug="vuosikokous-2020").get_parent().pk == rules.pk
    assert Page.find_problems() == ([], [], [], [], [])


class Interrupted(Exception):
    pass


def test_a_failed_run_leaves_no_image_files(news_index, settings, tmp_path):
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    }
    settings.MEDIA_ROOT = tmp_path

    def files():
        return sorted(p for p in tmp_path.rglob("*") if p.is_file())

    # A complete run copies the image into MEDIA_ROOT...
    import_file(SAMPLE, uploads=UPLOADS)
    assert len(files()) == 1
    for page in NewsPage.objects.all():
        page.delete()
    get_image_model().objects.all().delete()
    ImportedItem.objects.all().delete()
    left = files()

    # ...one that fails after the copy (here its caller stops it at the end) leaves none.
    def stop(done, total):
        if done == total:
            raise Interrupted

    with pytest.raises(Interrupted):
        import_file(SAMPLE, uploads=UPLOADS, progress=stop)
    assert files() == left
    assert not get_image_model().objects.exists() and not NewsPage.objects.exists()
