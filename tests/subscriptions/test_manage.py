"""Managing a subscription from the emails' link, without an account; languages; headers."""

import pytest

from subscriptions.models import Frequency, Subscription
from subscriptions.tokens import manage_token
from tests.factories import KeywordFactory
from tests.subscriptions.factories import SubscriptionFactory

SAME_ORIGIN = {"HTTP_SEC_FETCH_SITE": "same-origin"}


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
def test_follow_page_query_count_is_constant(client, home, follows, django_assert_max_num_queries):
    keywords = [KeywordFactory(name=f"aihe {n}") for n in range(follows)]
    query = "&".join(f"asiasana={k.slug}" for k in keywords)
    client.get(f"/seuraa/?{query}")  # warm the site's caches
    with django_assert_max_num_queries(4):
        response = client.get(f"/seuraa/?{query}")
    assert response.status_code == 200
    assert all(k.name in response.content.decode() for k in keywords)
