"""Old keyword URLs keep working: renamed and merged keywords redirect, deleted ones are 410."""

import pytest

from keywords import governance
from keywords.models import Keyword, KeywordSynonym, RetiredKeywordSlug
from tests.factories import NewsPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def webinaari(news_index):
    NewsPageFactory(parent=news_index, keywords=["webinaari"])
    return Keyword.objects.get(name="webinaari")


def test_renamed_keyword_moves_to_new_slug_and_old_url_redirects(client, webinaari):
    governance.rename_keyword(webinaari, "webinaarit")
    assert client.get("/asiasanat/webinaarit/").status_code == 200
    response = client.get("/asiasanat/webinaari/")
    assert response.status_code == 301
    assert response["Location"] == "/asiasanat/webinaarit/"


def test_old_slug_feeds_redirect_to_new_feeds(client, webinaari):
    governance.rename_keyword(webinaari, "webinaarit")
    for suffix in ("rss", "atom"):
        response = client.get(f"/syotteet/asiasanat/webinaari.{suffix}")
        assert response.status_code == 301
        assert response["Location"] == f"/syotteet/asiasanat/webinaarit.{suffix}"
        assert client.get(response["Location"]).status_code == 200


def test_ascii_folded_form_of_old_slug_redirects(client, news_index):
    NewsPageFactory(parent=news_index, keywords=["järjestö"])
    governance.rename_keyword(Keyword.objects.get(name="järjestö"), "järjestöt")
    response = client.get("/asiasanat/jarjesto/")
    assert response.status_code == 301
    assert response["Location"] == "/asiasanat/j%C3%A4rjest%C3%B6t/"


def test_renaming_back_frees_the_old_slug(client, webinaari):
    governance.rename_keyword(webinaari, "webinaarit")
    governance.rename_keyword(webinaari, "webinaari")
    assert not RetiredKeywordSlug.objects.filter(slug="webinaari").exists()
    assert client.get("/asiasanat/webinaari/").status_code == 200
    assert client.get("/asiasanat/webinaarit/")["Location"] == "/asiasanat/webinaari/"


def test_deleted_keyword_url_and_feed_answer_410_gone(client, webinaari):
    assert client.get("/asiasanat/webinaari/").status_code == 200
    governance.delete_keyword(webinaari)
    response = client.get("/asiasanat/webinaari/")
    assert response.status_code == 410
    assert "Asiasana on poistettu" in response.content.decode()
    assert client.get("/syotteet/asiasanat/webinaari.rss").status_code == 410


def test_deleted_keyword_with_replacement_redirects_and_moves_its_news(client, news_index):
    page = NewsPageFactory(parent=news_index, keywords=["etäkokous"])
    replacement = Keyword.objects.create(name="webinaarit")
    governance.delete_keyword(Keyword.objects.get(name="etäkokous"), replacement)
    assert client.get("/asiasanat/etäkokous/")["Location"] == "/asiasanat/webinaarit/"
    page = type(page).objects.get(pk=page.pk)
    assert [keyword.name for keyword in page.keywords.all()] == ["webinaarit"]


def test_synonym_url_redirects_to_its_keyword(client, news_index):
    NewsPageFactory(parent=news_index, keywords=["sosiaali- ja terveyspalvelut"])
    keyword = Keyword.objects.get(name="sosiaali- ja terveyspalvelut")
    KeywordSynonym.objects.create(keyword=keyword, name="sote")
    response = client.get("/asiasanat/sote/")
    assert response.status_code == 301
    assert response["Location"] == keyword.get_absolute_url()


def test_unknown_slug_is_still_404(client, webinaari):
    assert client.get("/asiasanat/ei-ole-olemassa/").status_code == 404


def test_keyword_page_shows_description(client, webinaari):
    webinaari.description = "<p>Verkossa pidettävät <b>tilaisuudet</b>.</p>"
    webinaari.save()
    assert (
        "Verkossa pidettävät <b>tilaisuudet</b>"
        in client.get("/asiasanat/webinaari/").content.decode()
    )


# Issue 25, finding 4: the folded slug, a synonym, a retired slug and their feeds name a keyword
# only if visitors may see it.
ALYHANKE_URLS = [
    "/asiasanat/salainen-alyhanke/",  # ASCII-folded
    "/asiasanat/salahanke/",  # synonym
    "/asiasanat/alyhanke/",  # retired slug (the name before a rename), folded
    "/asiasanat/%C3%A4lyhanke/",  # retired slug
    "/syotteet/asiasanat/salainen-alyhanke.rss",
    "/syotteet/asiasanat/salahanke.rss",
    "/syotteet/asiasanat/salahanke.atom",
    "/syotteet/asiasanat/%C3%A4lyhanke.atom",
]


def _salainen_alyhanke(news_index, live: bool) -> Keyword:
    """ "Salainen Älyhanke" (renamed from "Älyhanke", synonym "salahanke") on one article."""
    NewsPageFactory(parent=news_index, keywords=["Älyhanke"], live=live)
    keyword = Keyword.objects.get(name="Älyhanke")
    governance.rename_keyword(keyword, "Salainen Älyhanke")
    KeywordSynonym.objects.create(keyword=keyword, name="salahanke")
    return keyword


@pytest.mark.parametrize("url", ALYHANKE_URLS)
def test_folded_synonym_and_retired_urls_of_a_used_keyword_redirect_to_it(client, news_index, url):
    keyword = _salainen_alyhanke(news_index, live=True)
    response = client.get(url)
    assert response.status_code == 301
    feed = url.rpartition(".")[2] if url.startswith("/syotteet/") else None
    canonical = (
        f"/syotteet/asiasanat/salainen-%C3%A4lyhanke.{feed}" if feed else keyword.get_absolute_url()
    )
    assert response["Location"] == canonical
    assert client.get(canonical).status_code == 200


def _answer(response) -> tuple:
    return response.status_code, dict(response.headers), response.content


@pytest.mark.parametrize("url", [*ALYHANKE_URLS, "/asiasanat/salainen-%C3%A4lyhanke/"])
def test_urls_of_a_keyword_only_a_draft_carries_answer_as_if_it_never_existed(
    client, news_index, url
):
    never_existed = client.get(url)
    assert never_existed.status_code == 404
    _salainen_alyhanke(news_index, live=False)
    assert _answer(client.get(url)) == _answer(never_existed)


def test_a_hidden_keywords_synonym_does_not_hide_a_visible_keyword_with_that_folded_slug(
    client, news_index
):
    # Resolution skips what visitors may not see, as if it were not there: the folded form
    # of the visible "Salahanke" answers as it would without the hidden keyword.
    NewsPageFactory(parent=news_index, keywords=["Salåhanke"])
    _salainen_alyhanke(news_index, live=False)
    response = client.get("/asiasanat/salahanke/")
    assert response.status_code == 301
    assert response["Location"] == "/asiasanat/sal%C3%A5hanke/"
