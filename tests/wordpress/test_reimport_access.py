"""A re-import never widens access: what editors unpublished or restricted in Wagtail after
an earlier run stays so, the import manages only the restrictions it created, and each such
conflict is listed in the summary."""

from pathlib import Path

import pytest
from django.core.management import call_command
from wagtail.models import PageViewRestriction

from news.models import NewsPage
from wordpress.importer import Importer
from wordpress.models import ImportedItem
from wordpress.wxr import read_export

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "docs" / "wordpress" / "esimerkkivienti.xml"
CLASSIC = Path(__file__).parent / "data" / "classic-wxr11.xml"
SLUG = "jarjestojen-kevatkokous"
TEXT = "Kevätkokous sopi tapaamisista"
PRIVATE = "Yksityinen uutinen"


def import_file(path, change=None, **kwargs):
    export = read_export(str(path))
    for item in export.items:
        if change and item.title in change:
            item.status = change[item.title]
    return Importer(export, **kwargs).run()


def restrictions(page) -> list[str]:
    return sorted(
        PageViewRestriction.objects.filter(page=page).values_list("restriction_type", flat=True)
    )


def test_reimport_keeps_a_page_editors_password_protected_and_unpublished(news_index, client):
    import_file(SAMPLE)
    page = NewsPage.objects.get(slug=SLUG)
    url = page.url
    assert client.get(url).status_code == 200  # public after the first import
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="salasana"
    )
    page.unpublish()

    summary = import_file(SAMPLE)

    page.refresh_from_db()
    assert restrictions(page) == ["password"]
    assert not page.live
    response = client.get(url)
    assert response.status_code != 200
    assert TEXT not in response.content.decode()
    assert summary.updated["post"] == 3  # the content is still updated (as a draft)
    assert any("poistettu julkaisusta" in c and page.title in c for c in summary.conflicts)
    assert any("rajattu Wagtailissa" in c and page.title in c for c in summary.conflicts)
    assert "Ristiriitoja: 2" in summary.lines()

    # ...and a third run still does, though the second left the page unpublished itself.
    import_file(SAMPLE)
    page.refresh_from_db()
    assert (restrictions(page), page.live) == (["password"], False)


def test_reimport_keeps_a_restriction_editors_added_to_a_live_page(news_index, client):
    import_file(SAMPLE)
    page = NewsPage.objects.get(slug=SLUG)
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    assert TEXT not in client.get(page.url).content.decode()

    import_file(SAMPLE)

    assert restrictions(page) == ["login"]
    assert NewsPage.objects.get(pk=page.pk).live
    assert TEXT not in client.get(page.url).content.decode()


def test_conflicts_are_listed_by_the_command(news_index, capsys):
    import_file(SAMPLE)
    NewsPage.objects.get(slug=SLUG).unpublish()
    call_command("import_wordpress", str(SAMPLE), "--dry-run")
    out = capsys.readouterr().out
    assert "Ristiriidat" in out and "poistettu julkaisusta Wagtailissa" in out


def test_import_removes_only_the_restriction_it_created(news_index):
    import_file(CLASSIC)
    private = NewsPage.objects.get(slug="yksityinen")
    assert restrictions(private) == ["login"]
    record = ImportedItem.objects.get(page=private)
    assert record.restriction_id is not None
    other = NewsPage.objects.get(slug="klassinen-uutinen")
    PageViewRestriction.objects.create(page=other, restriction_type=PageViewRestriction.LOGIN)

    # The post is made public in WordPress: the import's own restriction goes...
    summary = import_file(CLASSIC, change={PRIVATE: "publish"})

    assert restrictions(private) == []
    assert ImportedItem.objects.get(page=private).restriction_id is None
    # ...the editors' restriction on another page stays, listed as a conflict.
    assert restrictions(other) == ["login"]
    assert [c for c in summary.conflicts if "rajattu" in c] == [
        f"”{other.title}” on rajattu Wagtailissa: rajaus pysyy, vaikka sisältö on "
        "WordPressissä julkinen."
    ]


def test_restriction_editors_changed_is_theirs_and_stays(news_index):
    import_file(CLASSIC)
    private = NewsPage.objects.get(slug="yksityinen")
    PageViewRestriction.objects.filter(page=private).update(
        restriction_type=PageViewRestriction.PASSWORD, password="salasana"
    )
    import_file(CLASSIC, change={PRIVATE: "publish"})
    assert restrictions(private) == ["password"]


def test_a_draft_published_in_wordpress_is_published_by_the_next_import(news_index):
    import_file(SAMPLE)
    draft = NewsPage.objects.get(title="Luonnos: syksyn ohjelma")
    assert not draft.live
    summary = import_file(SAMPLE, change={draft.title: "publish"})
    assert NewsPage.objects.get(pk=draft.pk).live
    assert not summary.conflicts
