import pytest
from bs4 import BeautifulSoup

from keywords.models import Keyword
from tests.factories import NewsPageFactory

pytestmark = pytest.mark.django_db


def test_keyword_page_lists_live_news_with_the_keyword_as_heading(client, news_index):
    NewsPageFactory(parent=news_index, title="Järjestöuutinen", keywords=["järjestöt"])
    NewsPageFactory(parent=news_index, title="Luonnos", keywords=["järjestöt"], live=False)
    NewsPageFactory(parent=news_index, title="Muu", keywords=["nuoret"])
    response = client.get("/asiasanat/järjestöt/")
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.h1.get_text() == "järjestöt"
    assert [h.get_text(strip=True) for h in soup.select(".news-card__title")] == ["Järjestöuutinen"]


def test_ascii_folded_and_upper_case_urls_redirect_permanently_to_the_canonical_one(
    client, news_index
):
    NewsPageFactory(parent=news_index, keywords=["järjestöt"])
    for url in ("/asiasanat/jarjestot/", "/asiasanat/JÄRJESTÖT/"):
        response = client.get(url)
        assert response.status_code == 301
        assert response["Location"] == "/asiasanat/j%C3%A4rjest%C3%B6t/"


def test_unknown_and_over_long_keywords_get_a_finnish_404(client, news_index):
    for slug in ("ei-tallaista", "x" * 5000, "<script>", "%E2%80%AE%F0%9D%94%B3"):
        response = client.get(f"/asiasanat/{slug}/")
        assert response.status_code == 404
        assert "Sivua ei löytynyt" in response.content.decode()
    response = client.get("/asiasanat/a%00b/")
    assert response.status_code == 400
    assert "Pyyntöä ei voitu käsitellä" in response.content.decode()


def test_keyword_used_only_by_drafts_is_hidden_from_index_and_page(client, news_index):
    NewsPageFactory(parent=news_index, keywords=["salainen"], live=False)
    NewsPageFactory(parent=news_index, keywords=["julkinen"])
    assert Keyword.objects.filter(name="salainen").exists()
    assert client.get("/asiasanat/salainen/").status_code == 404
    index = client.get("/asiasanat/").content.decode()
    assert "julkinen" in index
    assert "salainen" not in index


def test_keyword_index_shows_counts_of_live_news(client, news_index):
    NewsPageFactory(parent=news_index, keywords=["sote", "nuoret"])
    NewsPageFactory(parent=news_index, keywords=["sote"])
    soup = BeautifulSoup(client.get("/asiasanat/").content, "html.parser")
    entries = {
        li.a.get_text(): li.find(class_="count").get_text()
        for li in soup.select(".keyword-index li")
    }
    assert entries == {"nuoret": "(1 uutinen)", "sote": "(2 uutista)"}


def test_keyword_page_paginates_and_rejects_odd_pages(client, news_index):
    for _ in range(12):
        NewsPageFactory(parent=news_index, keywords=["sote"])
    assert client.get("/asiasanat/sote/", {"page": 2}).status_code == 200
    assert client.get("/asiasanat/sote/", {"page": 3}).status_code == 404
    assert client.get("/asiasanat/sote/", {"page": "kaksi"}).status_code == 400


def test_keyword_page_lists_published_experts_with_the_keyword(client, news_index):
    from tests.factories import ContactCardFactory

    NewsPageFactory(parent=news_index, keywords=["kokemustoiminta"])
    ContactCardFactory(name="Pekka Kokemus", keywords=["kokemustoiminta"])
    ContactCardFactory(name="Luonnos Kokemus", keywords=["kokemustoiminta"], live=False)
    soup = BeautifulSoup(client.get("/asiasanat/kokemustoiminta/").content, "html.parser")
    section = soup.find("section", attrs={"aria-labelledby": "keyword-experts"})
    assert [h.get_text(strip=True) for h in section.select(".contact-card__name")] == [
        "Pekka Kokemus"
    ]


def test_keyword_used_only_by_an_expert_has_a_page_and_index_entry(client, home):
    from tests.factories import ContactCardFactory

    ContactCardFactory(name="Ainoa Asiantuntija", keywords=["saamelaiset"])
    assert client.get("/asiasanat/saamelaiset/").status_code == 200
    assert "(1 asiantuntija)" in client.get("/asiasanat/").content.decode()


def test_keyword_page_lists_live_networks_and_events_upcoming_first(client, home):
    import datetime

    from django.utils import timezone

    from tests.network.factories import (
        EventIndexPageFactory,
        EventPageFactory,
        NetworkIndexPageFactory,
        NetworkPageFactory,
    )

    networks = NetworkIndexPageFactory(parent=home)
    events = EventIndexPageFactory(parent=home)
    NetworkPageFactory(parent=networks, title="Lapin verkosto", keywords=["Lappi"])
    NetworkPageFactory(parent=networks, title="Luonnosverkosto", keywords=["Lappi"], live=False)
    past_start = timezone.now() - datetime.timedelta(days=30)
    EventPageFactory(
        parent=events,
        title="Mennyt webinaari",
        start=past_start,
        end=past_start + datetime.timedelta(hours=2),
        keywords=["Lappi"],
    )
    EventPageFactory(parent=events, title="Tuleva webinaari", keywords=["Lappi"])
    soup = BeautifulSoup(client.get("/asiasanat/lappi/").content, "html.parser")
    network_section = soup.find("section", attrs={"aria-labelledby": "keyword-networks"})
    assert [a.get_text() for a in network_section.find_all("a")] == ["Lapin verkosto"]
    event_section = soup.find("section", attrs={"aria-labelledby": "keyword-events"})
    assert [h.get_text(strip=True) for h in event_section.select(".news-card__title")] == [
        "Tuleva webinaari",
        "Mennyt webinaari",
    ]
    index = client.get("/asiasanat/").content.decode()
    assert "(1 verkosto, 2 tapahtumaa)" in index


def test_keyword_page_and_feed_show_each_article_once_in_the_visitors_language(
    client, home, news_index
):
    import feedparser

    from sitewide.translation import ensure_translation

    article = NewsPageFactory(parent=news_index, title="Verkosto jatkaa", keywords=["lappi"])
    NewsPageFactory(parent=news_index, title="Vain suomeksi", keywords=["lappi"])

    def listed(url: str) -> list[str]:
        soup = BeautifulSoup(client.get(url).content, "html.parser")
        titles = (h.get_text(strip=True) for h in soup.select(".news-card__title"))
        return sorted(title.removesuffix("(på finska)") for title in titles)

    assert listed("/sv/asiasanat/lappi/") == ["Vain suomeksi", "Verkosto jatkaa"]
    for page in (home, news_index):
        ensure_translation(page, "sv")
    # The translation keeps the keyword: Swedish visitors get it instead of the original,
    # Finnish visitors keep the original, and nobody sees the same article twice.
    ensure_translation(article, "sv", title="Nätverket fortsätter")
    assert listed("/asiasanat/lappi/") == ["Vain suomeksi", "Verkosto jatkaa"]
    assert listed("/sv/asiasanat/lappi/") == ["Nätverket fortsätter", "Vain suomeksi"]
    feed = feedparser.parse(client.get("/syotteet/asiasanat/lappi.rss").content)
    assert sorted(entry.title for entry in feed.entries) == ["Vain suomeksi", "Verkosto jatkaa"]


def test_keyword_index_counts_each_sites_own_items_in_a_fixed_number_of_queries(
    client, news_index, other_site, settings, django_assert_max_num_queries
):
    from search.queries import keywords_in_use

    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, other_site.hostname]
    for number in range(12):
        NewsPageFactory(parent=news_index, keywords=[f"aihe {number}", "yhteinen"])
    NewsPageFactory(parent=news_index, keywords=["luonnos"], live=False)
    site = news_index.get_site()
    with django_assert_max_num_queries(8):  # one per kind of item, the keywords, the site
        keywords = keywords_in_use(site)
    counts = {keyword.name: keyword.news_count for keyword in keywords}
    assert counts["yhteinen"] == 12
    assert counts["aihe 0"] == 1
    assert "luonnos" not in counts
    # The other site shows none of them: nothing it holds carries them.
    assert keywords_in_use(other_site) == []
    assert (
        "yhteinen" not in client.get("/asiasanat/", HTTP_HOST=other_site.hostname).content.decode()
    )


def test_keyword_index_counts_are_cached_until_something_listed_changes(client, news_index):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    NewsPageFactory(parent=news_index, keywords=["sote"])
    assert "(1 uutinen)" in client.get("/asiasanat/").content.decode()
    with CaptureQueriesContext(connection) as captured:
        assert "(1 uutinen)" in client.get("/asiasanat/").content.decode()
    assert not [q for q in captured.captured_queries if "newspagekeyword" in q["sql"]]

    NewsPageFactory(parent=news_index, keywords=["sote", "nuoret"])
    index = client.get("/asiasanat/").content.decode()
    assert "(2 uutista)" in index and "nuoret" in index
