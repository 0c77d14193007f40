"""Managing a subscription from the emails' link, without an account; languages; headers."""

import urllib.parse

import pytest

from subscriptions.models import Frequency, Subscription
from subscriptions.tokens import manage_token
from tests.factories import KeywordFactory
from tests.subscriptions.factories import SubscriptionFactory

SAME_ORIGIN = {"HTTP_SEC_FETCH_SITE": "same-origin"}


@pytest.fixture
def keyword(keyword, news_index):
    """A keyword visitors can see (a live article carries it): only such can be followed."""
    from tests.factories import NewsPageFactory

    NewsPageFactory(parent=news_index, keywords=[keyword], title="Jo julkaistu")
    return keyword


def manage_url(subscription) -> str:
    return f"/seuraa/asetukset/{manage_token(subscription)}/"


def test_manage_page_changes_frequency_and_adds_and_drops_follows(client, keyword, home):
    lappi = KeywordFactory(name="Lappi")
    subscription = SubscriptionFactory(keywords=[keyword, lappi])
    page = client.get(manage_url(subscription))
    assert page.status_code == 200
    assert "no-cache" in page["Cache-Control"] or "private" in page["Cache-Control"]
    assert "järjestöt" in page.content.decode()
    response = client.post(
        manage_url(subscription),
        {"frequency": "weekly", "keywords": [lappi.pk], "add_keyword": "sote", "all_news": ""},
        **SAME_ORIGIN,
    )
    assert response.status_code == 400  # "sote" is no keyword: said so, nothing changed
    assert "Asiasanaa ei löytynyt" in response.content.decode()
    KeywordFactory(name="sote")
    response = client.post(
        manage_url(subscription),
        {"frequency": "weekly", "keywords": [lappi.pk], "add_keyword": "Sote"},
        **SAME_ORIGIN,
    )
    assert response.status_code == 302
    subscription.refresh_from_db()
    assert subscription.frequency == Frequency.WEEKLY
    assert sorted(k.name for k in subscription.keywords.all()) == ["Lappi", "sote"]


def test_stop_everything_from_the_manage_page(client, keyword, home):
    subscription = SubscriptionFactory(keywords=[keyword], all_news=True)
    assert client.post(manage_url(subscription), {"stop": "1"}, **SAME_ORIGIN).status_code == 200
    subscription.refresh_from_db()
    assert not subscription.is_active and not subscription.follows_anything()
    assert client.get(manage_url(subscription)).status_code == 410


def test_a_swedish_follow_gets_swedish_pages_and_a_mail_in_swedish_language(
    client, smtp, keyword, home
):
    response = client.post(
        f"/sv/seuraa/?asiasana={keyword.slug}",
        {"email": "anna@example.invalid", "frequency": "immediate", "consent": "on"},
        **SAME_ORIGIN,
    )
    assert response["Location"] == "/sv/seuraa/lahetetty/"
    assert Subscription.objects.get().language == "sv"
    [mail] = smtp.inbox.messages
    assert '<html lang="sv">' in mail.part("text/html")
    assert "/sv/seuraa/vahvista/" in mail.part("text/plain")


def test_an_editors_title_cannot_add_mail_headers(smtp, keyword, publish, run_worker):
    SubscriptionFactory(email="a@example.invalid", keywords=[keyword])
    publish(keywords=[keyword], title="Otsikko\r\nBcc: kaikki@example.invalid")
    run_worker()
    [mail] = smtp.inbox.messages
    assert mail.rcpt_tos == ["a@example.invalid"]
    assert mail.message["Bcc"] is None
    assert mail.message["Subject"] == "Otsikko Bcc: kaikki@example.invalid"


@pytest.mark.parametrize("follows", [1, 8])
def test_follow_page_query_count_is_constant(
    client, news_index, follows, django_assert_max_num_queries
):
    from tests.factories import NewsPageFactory

    keywords = [KeywordFactory(name=f"aihe {n}") for n in range(follows)]
    NewsPageFactory(parent=news_index, keywords=keywords)
    query = "&".join(f"asiasana={k.slug}" for k in keywords)
    client.get(f"/seuraa/?{query}")  # warm the site's caches
    with django_assert_max_num_queries(4):
        response = client.get(f"/seuraa/?{query}")
    assert response.status_code == 200
    assert all(k.name in response.content.decode() for k in keywords)


def test_a_hidden_keyword_cannot_be_followed_and_answers_as_an_unknown_one(client, news_index):
    from tests.factories import NewsPageFactory

    shown, hidden = KeywordFactory(name="näkyvä aihe"), KeywordFactory(name="salainen aihe")
    NewsPageFactory(parent=news_index, keywords=[shown])
    NewsPageFactory(parent=news_index, keywords=[hidden], live=False)
    assert client.get(f"/seuraa/?asiasana={shown.slug}").status_code == 200
    unknown = client.get("/seuraa/?asiasana=ei-ole-olemassa")
    response = client.get(f"/seuraa/?asiasana={hidden.slug}")
    assert response.status_code == unknown.status_code == 404
    # The same page as for a slug that never existed (which the language links repeat).
    assert response.content.decode().replace(hidden.slug, "?") == unknown.content.decode().replace(
        "ei-ole-olemassa", "?"
    )


def test_a_renamed_keywords_old_follow_link_redirects_to_its_new_name(client, keyword):
    from keywords.governance import rename_keyword

    old_slug = keyword.slug
    rename_keyword(keyword, "Järjestöyhteistyö")
    keyword.refresh_from_db()
    response = client.get(f"/seuraa/?asiasana={old_slug}&kaikki=1")
    assert response.status_code == 301
    assert (
        urllib.parse.unquote(response["Location"]) == f"/seuraa/?asiasana={keyword.slug}&kaikki=1"
    )
    assert client.get(response["Location"]).status_code == 200


def test_the_follow_page_is_purged_by_keyword_and_network_changes(client, keyword):
    from keywords.frontcache import KEYWORDS
    from network.frontcache import NETWORKS
    from sitewide.frontcache import for_sites, request_scope

    response = client.get(f"/seuraa/?asiasana={keyword.slug}")
    named = for_sites([KEYWORDS, NETWORKS], [request_scope(response.wsgi_request)])
    assert named <= set(response["xkey"].split())
