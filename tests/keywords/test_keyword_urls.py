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
