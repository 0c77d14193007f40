"""The whole flow over a real SMTP server: follow, confirm, receive, unsubscribe."""

import re
import urllib.parse

import pytest

from subscriptions.models import ConsentRecord, Delivery, Subscription

SAME_ORIGIN = {"HTTP_SEC_FETCH_SITE": "same-origin"}


@pytest.fixture
def keyword(keyword, news_index):
    """A keyword visitors can see (a live article carries it): only such can be followed."""
    from tests.factories import NewsPageFactory

    NewsPageFactory(parent=news_index, keywords=[keyword], title="Jo julkaistu")
    return keyword


def follow(client, keyword, email="maija@example.invalid", frequency="immediate", **extra):
    return client.post(
        f"/seuraa/?asiasana={urllib.parse.quote(keyword.slug)}",
        {"email": email, "frequency": frequency, "consent": "on", **extra},
        **SAME_ORIGIN,
    )


def path_of(url: str) -> str:
    parts = urllib.parse.urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def links(text: str) -> list[str]:
    return re.findall(r"https?://\S+", text)


def confirm_link(arrived) -> str:
    return next(url for url in links(arrived.part("text/plain")) if "/vahvista/" in url)


def test_keyword_page_offers_follow_link_and_follow_page_stays_cacheable(client, keyword, publish):
    publish(keywords=[keyword])
    page = client.get(f"/asiasanat/{keyword.slug}/")
    assert "Seuraa sähköpostilla" in page.content.decode()
    url = re.search(r'href="(/seuraa/\?asiasana=[^"]+)"', page.content.decode()).group(1)
    form = client.get(url.replace("&amp;", "&"))
    assert form.status_code == 200
    assert "järjestöt" in form.content.decode()
    assert "Set-Cookie" not in form.headers and not form.cookies


def test_news_index_and_network_page_offer_follow_links(client, news_index):
    from tests.network.factories import NetworkIndexPageFactory, NetworkPageFactory

    network = NetworkPageFactory(
        parent=NetworkIndexPageFactory(parent=news_index.get_parent()), title="Lapin verkosto"
    )
    assert "/seuraa/?kaikki=1" in client.get(news_index.url).content.decode()
    body = client.get(network.url).content.decode()
    assert f"/seuraa/?verkosto={network.pk}" in body
    assert "Lapin verkosto" in client.get(f"/seuraa/?verkosto={network.pk}").content.decode()


def test_follow_confirm_receive_and_one_click_unsubscribe(
    client, smtp, keyword, publish, run_worker
):
    response = follow(client, keyword)
    assert response.status_code == 302 and response["Location"] == "/seuraa/lahetetty/"
    [confirmation] = smtp.inbox.messages
    assert confirmation.rcpt_tos == ["maija@example.invalid"]
    # Nothing is followed before the link is used.
    publish(keywords=[keyword], title="Ennen vahvistusta")
    run_worker()
    assert len(smtp.inbox.messages) == 1

    link = path_of(confirm_link(confirmation))
    assert client.get(link).status_code == 200  # a scanner's GET confirms nothing
    assert Subscription.objects.get().confirmed_at is None
    assert client.post(link, **SAME_ORIGIN).status_code == 302
    assert Subscription.objects.get().is_active
    assert ConsentRecord.objects.get().confirmed_at is not None

    item = publish(keywords=[keyword], title="Järjestöt koolle", lead="Tapaaminen Rovaniemellä.")
    run_worker()
    [mail] = smtp.inbox.to("maija@example.invalid")[1:]
    message = mail.message
    assert message["Subject"] == "Järjestöt koolle"
    assert message["From"] == "Osallisuus <seuranta@testserver>"
    assert message["Message-ID"].endswith("@testserver>")
    assert message["Date"]
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    text, html = mail.part("text/plain"), mail.part("text/html")
    assert "Tapaaminen Rovaniemellä." in text and "Tapaaminen Rovaniemellä." in html
    assert "järjestöt" in text and '<html lang="fi">' in html
    item_url = next(url for url in links(text) if "/uutiset/" in url)
    assert client.get(path_of(item_url)).status_code == 200
    assert item.url in item_url

    unsubscribe = str(message["List-Unsubscribe"]).strip().strip("<>")
    assert unsubscribe in text  # the visible link is the same
    page = client.get(path_of(unsubscribe))
    assert page.status_code == 200 and "<button" in page.content.decode()
    assert Subscription.objects.get().is_active  # GET never unsubscribes
    # The mail client's one-click POST: no Origin, no page, no token.
    one_click = client.post(path_of(unsubscribe), {"List-Unsubscribe": "One-Click"})
    assert one_click.status_code == 200
    assert not Subscription.objects.get().is_active

    publish(keywords=[keyword], title="Peruttu jo")
    run_worker()
    assert len(smtp.inbox.to("maija@example.invalid")) == 2


def test_answer_is_the_same_for_new_waiting_and_following_addresses(client, smtp, keyword):
    new = follow(client, keyword)
    waiting = follow(client, keyword)
    client.post(path_of(confirm_link(smtp.inbox.messages[0])), **SAME_ORIGIN)
    following = follow(client, keyword)
    assert {(r.status_code, r["Location"]) for r in (new, waiting, following)} == {
        (302, "/seuraa/lahetetty/")
    }
    assert len(smtp.inbox.messages) == 3  # each got its mail; only the owner learns more


def test_one_mail_per_person_per_item_however_many_follows_match(
    client, smtp, publish, run_worker, news_index
):
    from tests.factories import KeywordFactory
    from tests.subscriptions.factories import SubscriptionFactory

    lappi, sote, nuoret = (KeywordFactory(name=n) for n in ("Lappi", "sote", "nuoret"))
    SubscriptionFactory(email="a@example.invalid", keywords=[lappi, sote, nuoret])
    SubscriptionFactory(email="a@example.invalid", language="sv", keywords=[lappi])
    SubscriptionFactory(email="a@example.invalid", all_news=True, frequency="weekly")
    publish(keywords=[lappi, sote, nuoret])
    run_worker()
    [mail] = smtp.inbox.to("a@example.invalid")
    assert "Lappi, nuoret, sote" in mail.part("text/plain")


def test_republishing_or_editing_notifies_nobody(smtp, keyword, publish, run_worker):
    from tests.subscriptions.factories import SubscriptionFactory

    SubscriptionFactory(keywords=[keyword])
    item = publish(keywords=[keyword])
    run_worker()
    assert len(smtp.inbox.messages) == 1
    item.unpublish()
    item.title = "Korjattu kirjoitusvirhe"
    item.save_revision().publish()
    run_worker()
    assert len(smtp.inbox.messages) == 1
    assert Delivery.objects.count() == 1


def test_do_not_notify_choice_publishes_without_mail(smtp, keyword, news_index, run_worker):
    from subscriptions.models import ItemNotice, QuietPublish
    from tests.factories import NewsPageFactory
    from tests.subscriptions.factories import SubscriptionFactory

    SubscriptionFactory(keywords=[keyword])
    item = NewsPageFactory(parent=news_index, keywords=[keyword], live=False)
    QuietPublish.objects.create(page_id=item.pk)
    item.save_revision().publish()
    run_worker()
    assert ItemNotice.objects.get(page_id=item.pk).notify is False
    assert smtp.inbox.messages == []


@pytest.mark.parametrize(
    "email",
    ["maija@example.invalid\r\nBcc: muut@example.invalid", "ei-osoite", "a" * 250 + "@x.fi"],
)
def test_odd_or_malformed_addresses_are_refused_with_nothing_sent(client, smtp, keyword, email):
    response = follow(client, keyword, email=email)
    assert response.status_code == 400
    assert "field__error" in response.content.decode()
    assert smtp.inbox.messages == [] and not Subscription.objects.exists()


def test_follow_without_consent_is_refused(client, smtp, keyword):
    response = client.post(
        f"/seuraa/?asiasana={urllib.parse.quote(keyword.slug)}",
        {"email": "maija@example.invalid", "frequency": "immediate"},
        **SAME_ORIGIN,
    )
    assert response.status_code == 400
    assert "suostumuksesi" in response.content.decode()


def test_too_many_requests_for_one_address_are_refused(client, smtp, keyword, settings):
    settings.SUBSCRIPTIONS_ADDRESS_RATE_LIMIT = 2
    statuses = [follow(client, keyword, REMOTE_ADDR=f"10.0.0.{n}").status_code for n in range(1, 4)]
    assert statuses == [302, 302, 429]
    assert len(smtp.inbox.messages) == 2


def test_too_many_requests_from_one_client_are_refused(client, smtp, keyword, settings):
    settings.SUBSCRIPTIONS_RATE_LIMIT = 2
    statuses = [
        follow(client, keyword, email=f"h{n}@example.invalid").status_code for n in range(3)
    ]
    assert statuses == [302, 302, 429]


def test_forged_expired_and_unknown_links_get_a_clear_answer(client, smtp, keyword, monkeypatch):
    import time

    from django.core import signing

    from subscriptions.tokens import CONFIRM_SALT

    assert client.get("/seuraa/vahvista/roskaa/").status_code == 400
    assert client.post("/seuraa/peru/roskaa/").status_code == 400
    assert client.get("/seuraa/asetukset/roskaa/").status_code == 400
    never = signing.dumps({"s": 999, "k": "x"}, salt="subscriptions.manage")
    assert client.post(f"/seuraa/peru/{never}/").status_code == 400
    follow(client, keyword)
    token = path_of(confirm_link(smtp.inbox.messages[0])).split("/")[-2]
    assert client.get(f"/seuraa/vahvista/{token}/").status_code == 200
    payload = signing.loads(token, salt=CONFIRM_SALT)
    real_time = time.time
    with monkeypatch.context() as m:  # a link signed eight days ago
        m.setattr(time, "time", lambda: real_time() - 8 * 24 * 3600)
        expired = signing.dumps(payload, salt=CONFIRM_SALT, compress=True)
    assert client.get(f"/seuraa/vahvista/{expired}/").status_code == 400
    assert client.post(f"/seuraa/vahvista/{expired}/", **SAME_ORIGIN).status_code == 400
    assert Subscription.objects.get().confirmed_at is None


def test_nothing_to_follow_is_a_friendly_404(client, db, home):
    response = client.get("/seuraa/?asiasana=ei-ole-olemassa")
    assert response.status_code == 404
    assert "Ei seurattavaa" in response.content.decode()
