"""Each site offers its own content languages, the Sámi languages among the choices; a language
a site does not offer is 404 there, and Sámi pages mark their Finnish interface lang="fi"."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import translation
from django.utils.translation import get_language_info, gettext
from wagtail.models import Locale

from sitewide.frontcache import CATCH_ALL, MENU, site_key
from sitewide.languages import site_languages
from sitewide.models import SiteLanguages
from sitewide.translation import ensure_translation
from tests.factories import NewsPageFactory
from tests.sitewide import test_frontcache

pytestmark = pytest.mark.django_db

purge_receiver = test_frontcache.purge_receiver  # the fixture, shared


def offer(site, *codes):
    SiteLanguages.objects.update_or_create(site=site, defaults={"languages": list(codes)})


def switcher(response) -> dict[str, tuple[str, str, str]]:
    soup = BeautifulSoup(response.content, "html.parser")
    return {
        a["hreflang"]: (a["lang"], a["href"], a.get_text()) for a in soup.select(".lang-switch a")
    }


@pytest.mark.parametrize(
    "code, name_local", [("se", "davvisámegiella"), ("smn", "anarâškielâ"), ("sms", "sääʹmǩiõll")]
)
def test_django_knows_the_sami_languages_by_their_own_names(code, name_local):
    info = get_language_info(code)
    assert info["name_local"] == name_local
    assert info["bidi"] is False


def test_sami_interface_text_falls_back_to_finnish_not_english():
    with translation.override("se"):
        assert gettext("Hae sivustolta") == "Hae sivustolta"
        # A string Django itself translates: its Finnish catalogue answers, not the English.
        assert gettext("Monday") == "maanantai"


def test_a_site_offers_finnish_swedish_and_english_until_its_editors_choose(client, home):
    assert site_languages(home.get_site()) == ["fi", "sv", "en"]
    assert set(switcher(client.get("/haku/"))) == {"fi", "sv", "en"}


def test_a_language_the_site_does_not_offer_is_a_finnish_404(client, home):
    response = client.get("/se/haku/")
    assert response.status_code == 404
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.html["lang"] == "fi"
    assert "se" not in switcher(response)


def test_a_site_that_offers_northern_sami_names_it_in_itself_in_the_switcher(client, home):
    offer(home.get_site(), "fi", "se", "sv", "en")
    links = switcher(client.get("/haku/?q=sote"))
    assert list(links) == ["fi", "sv", "en", "se"]
    assert links["se"] == ("se", "/se/haku/?q=sote", "davvisámegiella")
    assert client.get("/smn/haku/").status_code == 404


def test_a_sami_page_marks_its_finnish_interface_chrome_lang_fi(client, home):
    offer(home.get_site(), "fi", "se")
    response = client.get("/se/haku/")
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.html["lang"] == "se"
    assert soup.find("meta", property="og:locale")["content"] == "se_FI"
    for element in (soup.header, soup.footer, soup.select_one(".skip-link")):
        assert element["lang"] == "fi"
    # Each switcher link is in its own language, whatever the header around it says.
    assert {a["lang"] for a in soup.select(".lang-switch a")} == {"fi", "se"}


def test_a_swedish_page_needs_no_lang_fi_on_its_reviewed_interface(client, home):
    soup = BeautifulSoup(client.get("/sv/haku/").content, "html.parser")
    assert soup.html["lang"] == "sv"
    assert not soup.header.has_attr("lang")
    assert not soup.footer.has_attr("lang")


def test_an_untranslated_page_under_the_sami_prefix_is_finnish_content(client, news_index):
    offer(news_index.get_site(), "fi", "se")
    article = NewsPageFactory(parent=news_index, slug="vain-suomeksi", title="Vain suomeksi")
    response = client.get("/se" + article.url)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.main["lang"] == "fi"
    assert soup.select_one("main .notice")["lang"] == "fi"


def test_a_sami_translation_is_sami_content(client, news_index):
    offer(news_index.get_site(), "fi", "se")
    article = NewsPageFactory(parent=news_index, slug="artikkeli", title="Artikkeli")
    sami = Locale.objects.get(language_code="se")
    home_se = news_index.get_parent().copy_for_translation(sami)
    home_se.save_revision().publish()
    index_se = news_index.copy_for_translation(sami)
    index_se.save_revision().publish()
    page = article.copy_for_translation(sami)
    page.title = "Artihkal"
    page.save_revision().publish()
    response = client.get(page.url)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert not soup.main.has_attr("lang")
    assert soup.html["lang"] == "se"
    assert "Artihkal" in soup.main.get_text()


def test_each_site_offers_its_own_languages(client, home, other_site, settings):
    settings.ALLOWED_HOSTS = ["testserver", "toinen.localhost"]
    offer(home.get_site(), "fi", "se", "sv", "en")
    assert client.get("/se/haku/").status_code == 200
    assert client.get("/se/haku/", HTTP_HOST="toinen.localhost").status_code == 404
    assert set(switcher(client.get("/haku/", HTTP_HOST="toinen.localhost"))) == {"fi", "sv", "en"}


def test_saving_the_setting_changes_the_switcher_at_once(client, home):
    assert "se" not in switcher(client.get("/haku/"))
    offer(home.get_site(), "fi", "se")
    assert set(switcher(client.get("/haku/"))) == {"fi", "se"}
    SiteLanguages.objects.filter(site=home.get_site()).delete()
    assert set(switcher(client.get("/haku/"))) == {"fi", "sv", "en"}


def edit_url(site) -> str:
    return reverse("wagtailsettings:edit", args=["sitewide", "sitelanguages", site.pk])


@pytest.fixture
def admin_client(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("paakayttaja", "", "x"))
    return client


def test_editors_choose_the_languages_and_finnish_always_stays(admin_client, home):
    site = home.get_site()
    form = admin_client.get(edit_url(site)).content.decode()
    for code in ("fi", "sv", "en", "se", "smn", "sms"):
        assert f'value="{code}"' in form
    response = admin_client.post(edit_url(site), {"languages": ["smn", "se"]})
    assert response.status_code == 302
    assert SiteLanguages.objects.get(site=site).languages == ["fi", "se", "smn"]
    assert site_languages(site) == ["fi", "se", "smn"]


def test_an_unknown_language_is_a_form_error_not_a_500(admin_client, home):
    site = home.get_site()
    response = admin_client.post(edit_url(site), {"languages": ["fi", "xx"]})
    assert response.status_code == 200
    assert "error" in response.content.decode()
    assert site_languages(site) == ["fi", "sv", "en"]


def test_changing_the_languages_purges_every_html_page_and_the_404s(
    settings, purge_receiver, home, django_capture_on_commit_callbacks
):
    url, received = purge_receiver
    settings.FRONTCACHE_URLS = [url]
    with django_capture_on_commit_callbacks(execute=True):
        offer(home.get_site(), "fi", "se")
    keys = set().union(*(set(header.split()) for _method, header in received))
    site = home.get_site()
    assert {str(site_key(MENU, site)), str(site_key(CATCH_ALL, site))} <= keys


def translated_article(news_index, language: str, title: str):
    """A published article with a keyword, and its translation (with its parents') into
    `language`."""
    offer(news_index.get_site(), "fi", "se", "sv")
    article = NewsPageFactory(parent=news_index, slug="artikkeli", title="Artikkeli")
    article.keywords.add("järjestöt")
    article.save_revision().publish()
    for original in (news_index.get_parent(), news_index):
        ensure_translation(original, language)
    page = ensure_translation(article, language, title=title)
    return page


def test_a_sami_article_marks_the_finnish_interface_text_in_its_main_lang_fi(client, news_index):
    page = translated_article(news_index, "se", "Artihkal")
    soup = BeautifulSoup(client.get(page.url).content, "html.parser")
    # The article itself is Sámi: it inherits lang="se" from <html>.
    assert not soup.main.has_attr("lang")
    assert not soup.select_one("main h1").has_attr("lang")
    label = soup.select_one(".article__date span")
    assert (label.get_text(), label["lang"]) == ("Julkaistu", "fi")
    # The keyword label and the vocabulary are Finnish.
    assert soup.select_one("main .keywords")["lang"] == "fi"


def test_the_same_article_in_swedish_needs_no_lang_marks_in_its_main(client, news_index):
    page = translated_article(news_index, "sv", "Artikel")
    soup = BeautifulSoup(client.get(page.url).content, "html.parser")
    assert soup.html["lang"] == "sv"
    assert soup.select_one("main .keywords") is not None
    assert soup.main.select("[lang]") == []


def test_a_page_of_interface_text_only_is_lang_fi_as_a_whole_on_a_sami_site(client, home):
    offer(home.get_site(), "fi", "se")
    for path in ("/se/ei-ole-olemassa/", "/se/asiasanat/"):
        soup = BeautifulSoup(client.get(path).content, "html.parser")
        assert soup.html["lang"] == "se", path
        assert soup.main["lang"] == "fi", path
    # The same pages in Swedish have a reviewed interface.
    offer(home.get_site(), "fi", "sv")
    assert not BeautifulSoup(client.get("/sv/asiasanat/").content, "html.parser").main.has_attr(
        "lang"
    )
