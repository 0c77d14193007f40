"""The parts of pages cached as fragments (home listings, keyword pages, the directory, network
and event pages) are served from the cache and follow the changes that show on them.

Each test first shows the cached part in use (its query not run again), then the change.
"""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from sitewide import fragments
from sitewide.frontcache import page_change_keys, page_key, site_key
from tests.factories import (
    ContactCardFactory,
    KeywordFactory,
    NewsPageFactory,
    OrganisationFactory,
)
from tests.network.factories import (
    EventIndexPageFactory,
    EventPageFactory,
    NetworkIndexPageFactory,
    NetworkPageFactory,
)

pytestmark = pytest.mark.django_db


def html_and_queries(client, url: str) -> tuple[str, list[str]]:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode(), [query["sql"] for query in captured.captured_queries]


def mentions(queries: list[str], table: str) -> bool:
    return any(table in sql for sql in queries)


def test_home_listings_are_cached_and_follow_news_and_events(client, news_index, home):
    NewsPageFactory(parent=news_index, title="Etusivun uutinen")
    html_and_queries(client, "/")
    html, queries = html_and_queries(client, "/")
    assert "Etusivun uutinen" in html
    assert not mentions(queries, "news_newspage")
    assert not mentions(queries, "network_eventpage")

    NewsPageFactory(parent=news_index, title="Toinen etusivun uutinen")
    events = EventIndexPageFactory(parent=home)
    EventPageFactory(parent=events, title="Tuleva tapahtuma")
    html, _queries = html_and_queries(client, "/")
    assert "Toinen etusivun uutinen" in html
    assert "Tuleva tapahtuma" in html


def test_keyword_page_lists_are_cached_and_follow_a_publish(client, news_index, home):
    keyword = KeywordFactory(name="lähidemokratia")
    NewsPageFactory(parent=news_index, title="Ensimmäinen asiasanalla", keywords=[keyword])
    url = keyword.get_absolute_url()
    html_and_queries(client, url)
    html, queries = html_and_queries(client, url)
    assert "Ensimmäinen asiasanalla" in html
    assert not mentions(queries, "news_newspage")

    NewsPageFactory(parent=news_index, title="Toinen asiasanalla", keywords=[keyword])
    network = NetworkPageFactory(
        parent=NetworkIndexPageFactory(parent=home), title="Asiasanan verkosto", keywords=[keyword]
    )
    assert network.live
    html, _queries = html_and_queries(client, url)
    assert "Toinen asiasanalla" in html
    assert "2 uutista" in html
    assert "Asiasanan verkosto" in html


def test_an_unknown_keyword_is_not_remembered(client, home):
    assert client.get("/asiasanat/keksitty/").status_code == 404  # the page around it cached
    before = len(fragments._local)
    for number in range(5):
        assert client.get(f"/asiasanat/keksitty-{number}/").status_code == 404
    assert len(fragments._local) == before


def test_directory_filter_lists_are_cached_and_mark_the_chosen_one(client, directory):
    organisation = OrganisationFactory(name="Lapin hanke", slug="lapin-hanke")
    ContactCardFactory(name="Aino Esimerkki", organisation=organisation)
    html_and_queries(client, directory.url)
    html, queries = html_and_queries(client, directory.url)
    assert "Lapin hanke</option>" in html
    assert not mentions(queries, "contacts_organisation")

    html, _queries = html_and_queries(client, directory.url + "?organisaatio=lapin-hanke")
    assert '<option value="lapin-hanke" selected>Lapin hanke</option>' in html
    html, _queries = html_and_queries(client, directory.url + "?organisaatio=muu")
    assert '<option value="lapin-hanke">Lapin hanke</option>' in html
    assert "Valintaa ”muu” ei löytynyt." in html

    organisation.name = "Lapin osallisuushanke"
    organisation.save()
    html, _queries = html_and_queries(client, directory.url)
    assert "Lapin osallisuushanke</option>" in html


def test_directory_unknown_filter_values_add_no_cached_fragments(client, directory):
    ContactCardFactory(name="Aino Esimerkki")
    client.get(directory.url)
    before = len(fragments._local)
    for number in range(5):
        client.get(f"{directory.url}?organisaatio=keksitty-{number}&q=sana{number}")
    assert len(fragments._local) == before


def test_directory_list_is_cached_and_follows_a_new_card(client, directory):
    ContactCardFactory(name="Aino Esimerkki")
    html_and_queries(client, directory.url)
    html, queries = html_and_queries(client, directory.url)
    assert "Aino Esimerkki" in html
    assert not mentions(queries, "contacts_contactcard")

    ContactCardFactory(name="Eero Esimerkki")
    html, _queries = html_and_queries(client, directory.url)
    assert "Eero Esimerkki" in html
    assert "2 asiantuntijaa" in html


def test_network_page_is_cached_but_its_sign_up_form_is_not(client, home, news_index):
    network = NetworkPageFactory(
        parent=NetworkIndexPageFactory(parent=home),
        signup_open=True,
        signup_deadline=timezone.localdate() + datetime.timedelta(days=30),
    )
    html_and_queries(client, network.url)
    html, queries = html_and_queries(client, network.url)
    assert "Verkosto edistää asukkaiden osallisuutta." in html
    assert not mentions(queries, "network_networkmeeting")

    NewsPageFactory(parent=news_index, title="Verkoston tiedote", network=network)
    network.purpose = "<p>Uusi tarkoitus.</p>"
    network.save_revision().publish()
    html, _queries = html_and_queries(client, network.url)
    assert "Uusi tarkoitus." in html
    assert "Verkoston tiedote" in html

    response = client.post(network.url, {"name": ""})
    assert response.status_code == 400
    assert "Uusi tarkoitus." in response.content.decode()
    assert 'aria-invalid="true"' in response.content.decode()


def test_a_news_publish_remakes_a_network_pages_news_but_not_the_rest(client, home, news_index):
    network = NetworkPageFactory(parent=NetworkIndexPageFactory(parent=home))
    NewsPageFactory(parent=news_index, title="Ensimmäinen tiedote", network=network)
    html, _queries = html_and_queries(client, network.url)
    assert "Verkosto edistää asukkaiden osallisuutta." in html
    # A change that bypasses publishing (and so every purge) shows whether the rest is remade.
    type(network).objects.filter(pk=network.pk).update(purpose="<p>Ohi julkaisun.</p>")

    NewsPageFactory(parent=news_index, title="Toinen tiedote", network=network)
    html, queries = html_and_queries(client, network.url)
    assert "Toinen tiedote" in html and "Ensimmäinen tiedote" in html
    assert "Verkosto edistää asukkaiden osallisuutta." in html and "Ohi julkaisun." not in html
    assert not mentions(queries, "network_networkmeeting")


def test_event_page_is_cached_and_follows_a_publish(client, home):
    event = EventPageFactory(parent=EventIndexPageFactory(parent=home), venue="Vanha sali")
    event.attendance_mode = event.AttendanceMode.OFFLINE
    event.address = "Katu 1"
    event.save_revision().publish()
    html_and_queries(client, event.url)
    html, queries = html_and_queries(client, event.url)
    assert "Vanha sali" in html
    assert not mentions(queries, "taggit") and not mentions(queries, "eventpagekeyword")

    event.venue = "Uusi sali"
    event.save_revision().publish()
    html, _queries = html_and_queries(client, event.url)
    assert "Uusi sali" in html


def test_an_article_seen_before_is_served_without_a_query_until_it_changes(client, news_index):
    keyword = KeywordFactory(name="osallisuus")
    card = ContactCardFactory(name="Kortti Ihminen")
    article = NewsPageFactory(parent=news_index, title="Luettu uutinen", keywords=[keyword])
    article.contact_links.create(card=card)
    article.save_revision().publish()
    NewsPageFactory(parent=news_index, title="Aiheeseen liittyvä", keywords=[keyword])
    first, queries = html_and_queries(client, article.url)
    assert queries
    html, queries = html_and_queries(client, article.url)
    assert html == first
    assert "Kortti Ihminen" in html and "Aiheeseen liittyvä" in html and "osallisuus" in html
    assert queries == []

    article.lead = "Muokattu johdanto"
    article.save_revision().publish()
    html, queries = html_and_queries(client, article.url)
    assert "Muokattu johdanto" in html
    assert queries


def test_another_publish_remakes_an_articles_related_news_but_not_its_content(client, news_index):
    keyword = KeywordFactory(name="osallisuus")
    article = NewsPageFactory(parent=news_index, lead="Julkaistu johdanto", keywords=[keyword])
    assert "Julkaistu johdanto" in client.get(article.url).content.decode()
    # A change that bypasses publishing (and so every purge) shows whether the content is remade.
    type(article).objects.filter(pk=article.pk).update(lead="Ohi julkaisun")

    NewsPageFactory(parent=news_index, title="Uusi aiheesta", keywords=[keyword])
    html = client.get(article.url).content.decode()
    assert "Uusi aiheesta" in html  # related news follows the publish
    assert "Julkaistu johdanto" in html and "Ohi julkaisun" not in html


def test_a_page_an_article_links_to_updates_the_link_when_it_moves(client, news_index):
    target = NewsPageFactory(parent=news_index, slug="kohde")
    body = [
        {
            "type": "paragraph",
            "value": f'<p>Lue <a linktype="page" id="{target.pk}">kohdeuutinen</a>.</p>',
        }
    ]
    article = NewsPageFactory(parent=news_index, body=body)
    assert 'href="/uutiset/kohde/"' in client.get(article.url).content.decode()
    # Its front-cache copy too, on its own site.
    assert site_key(page_key(article.pk), article.get_site()) in page_change_keys(target)

    target.slug = "uusi-kohde"
    target.save_revision().publish()
    assert 'href="/uutiset/uusi-kohde/"' in client.get(article.url).content.decode()
