"""What followers get: digests, merges, renames, deletions, bounces, a mail server that is down."""

import datetime
import json

import pytest
from django.utils import timezone

from keywords.governance import delete_keyword, merge_keywords, rename_keyword
from subscriptions.models import Delivery, Digest, ItemNotice, Subscription, Suppression
from subscriptions.schedule import due_digest_week, tick
from tests.factories import KeywordFactory
from tests.subscriptions.factories import SubscriptionFactory

HELSINKI_MONDAY_8 = datetime.datetime(2026, 12, 7, 6, 0, tzinfo=datetime.UTC)  # 08:00 in Helsinki


def test_renamed_keyword_is_still_followed_and_named_anew(smtp, keyword, publish, run_worker):
    SubscriptionFactory(email="a@example.invalid", keywords=[keyword])
    rename_keyword(keyword, "Järjestöyhteistyö")
    publish(keywords=[keyword])
    run_worker()
    [mail] = smtp.inbox.messages
    assert "Järjestöyhteistyö" in mail.part("text/plain")


def test_merged_keyword_moves_the_follow_and_the_next_mail_says_so(
    smtp, keyword, publish, run_worker, django_capture_on_commit_callbacks
):
    target = KeywordFactory(name="yhdistykset")
    subscription = SubscriptionFactory(email="a@example.invalid", keywords=[keyword])
    with django_capture_on_commit_callbacks(execute=True):
        merge_keywords([keyword], target)
    assert list(subscription.keywords.all()) == [target]
    publish(keywords=[target], title="Yhdistysten ilta")
    publish(keywords=[target], title="Toinen ilta")
    run_worker()
    first, second = smtp.inbox.messages
    assert "Asiasana järjestöt on yhdistetty asiasanaan yhdistykset" in first.part("text/plain")
    assert "yhdistetty" in first.part("text/html")
    assert "yhdistetty" not in second.part("text/plain")  # told once


def test_deleted_keyword_is_told_once_and_a_subscription_left_empty_ends(
    smtp, keyword, run_worker, django_capture_on_commit_callbacks
):
    subscription = SubscriptionFactory(email="a@example.invalid", keywords=[keyword])
    with django_capture_on_commit_callbacks(execute=True):
        delete_keyword(keyword)
    tick()
    tick()
    [mail] = smtp.inbox.messages
    assert "Asiasana järjestöt on poistettu" in mail.part("text/plain")
    subscription.refresh_from_db()
    assert subscription.withdrawn_at is not None


def test_deleted_keyword_among_others_is_told_in_the_next_news_mail(
    smtp, keyword, publish, run_worker, django_capture_on_commit_callbacks
):
    other = KeywordFactory(name="Lappi")
    SubscriptionFactory(email="a@example.invalid", keywords=[keyword, other])
    with django_capture_on_commit_callbacks(execute=True):
        delete_keyword(keyword)
    tick()
    assert smtp.inbox.messages == []  # no mail of its own: the subscription goes on
    publish(keywords=[other])
    run_worker()
    [mail] = smtp.inbox.messages
    assert "Asiasana järjestöt on poistettu" in mail.part("text/plain")


def test_deleted_network_ends_its_follow_with_one_notice(
    smtp, home, run_worker, django_capture_on_commit_callbacks
):
    from tests.network.factories import NetworkIndexPageFactory, NetworkPageFactory

    network = NetworkPageFactory(
        parent=NetworkIndexPageFactory(parent=home), title="Lapin verkosto"
    )
    SubscriptionFactory(email="a@example.invalid", networks=[network])
    with django_capture_on_commit_callbacks(execute=True):
        network.delete()
    tick()
    [mail] = smtp.inbox.messages
    assert "Verkosto Lapin verkosto on poistettu" in mail.part("text/plain")


def test_network_followers_get_the_networks_news(smtp, home, news_index, publish, run_worker):
    from tests.network.factories import NetworkIndexPageFactory, NetworkPageFactory

    network = NetworkPageFactory(
        parent=NetworkIndexPageFactory(parent=home), title="Lapin verkosto"
    )
    SubscriptionFactory(email="a@example.invalid", networks=[network])
    publish(network=network, title="Verkoston uutinen")
    publish(title="Muu uutinen")
    run_worker()
    [mail] = smtp.inbox.messages
    assert mail.message["Subject"] == "Verkoston uutinen"
    assert "Seuraamasi verkosto: Lapin verkosto" in mail.part("text/plain")


def test_weekly_digest_goes_on_monday_morning_helsinki_time_once(
    smtp, keyword, publish, run_worker
):
    SubscriptionFactory(email="w@example.invalid", keywords=[keyword], frequency="weekly")
    SubscriptionFactory(email="n@example.invalid", keywords=[keyword])
    items = [publish(keywords=[keyword], title=f"Viikon uutinen {n}") for n in range(3)]
    ItemNotice.objects.update(created_at=HELSINKI_MONDAY_8 - datetime.timedelta(days=2))
    run_worker()  # the "at once" follower's three mails
    assert len(smtp.inbox.to("w@example.invalid")) == 0
    assert due_digest_week(HELSINKI_MONDAY_8 - datetime.timedelta(hours=2)) is None  # 06:00
    assert tick(HELSINKI_MONDAY_8)["digest"] == "2026-12-07"
    run_worker()
    [digest] = smtp.inbox.to("w@example.invalid")
    text = digest.part("text/plain")
    assert all(item.title in text for item in items)
    assert digest.message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert Digest.objects.get().done_at is not None
    assert tick(HELSINKI_MONDAY_8 + datetime.timedelta(hours=1))["digest"] is None
    run_worker()
    assert len(smtp.inbox.to("w@example.invalid")) == 1


def test_digest_leaves_out_what_the_address_had_at_once(smtp, keyword, publish, run_worker):
    SubscriptionFactory(email="a@example.invalid", keywords=[keyword])
    SubscriptionFactory(email="a@example.invalid", keywords=[keyword], frequency="weekly")
    publish(keywords=[keyword])
    ItemNotice.objects.update(created_at=HELSINKI_MONDAY_8 - datetime.timedelta(days=1))
    run_worker()
    tick(HELSINKI_MONDAY_8)
    run_worker()
    assert len(smtp.inbox.to("a@example.invalid")) == 1


def test_mail_server_down_keeps_the_mail_queued_and_sends_it_once_when_back(
    smtp, keyword, publish, run_worker
):
    SubscriptionFactory(email="a@example.invalid", keywords=[keyword])
    SubscriptionFactory(email="b@example.invalid", keywords=[keyword])
    smtp.inbox.before_accept = lambda count: "421 Service not available" if count >= 1 else None
    item = publish(keywords=[keyword])
    run_worker()
    assert len(smtp.inbox.messages) == 1
    assert Delivery.objects.filter(state=Delivery.State.SENDING).count() == 0  # released
    smtp.inbox.before_accept = None
    ItemNotice.objects.update(created_at=timezone.now() - datetime.timedelta(minutes=6))
    assert tick()["retried"] == 1
    run_worker()
    assert sorted(a for m in smtp.inbox.messages for a in m.rcpt_tos) == [
        "a@example.invalid",
        "b@example.invalid",
    ]
    assert ItemNotice.objects.get(page_id=item.pk).immediate_done_at is not None


def webhook(client, settings, events, secret="seuranta:salainen"):
    import base64

    settings.SUBSCRIPTIONS_WEBHOOK_SECRET = "seuranta:salainen"
    auth = base64.b64encode(secret.encode()).decode()
    return client.post(
        "/seuraa/palautteet/",
        json.dumps(events),
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Basic {auth}",
    )


def test_hard_bounce_and_complaint_suppress_the_address_until_it_subscribes_again(
    client, settings, smtp, keyword, publish, run_worker
):
    SubscriptionFactory(email="bounce@example.invalid", keywords=[keyword])
    SubscriptionFactory(email="ok@example.invalid", keywords=[keyword])
    events = [
        {"event_type": "bounced", "recipient": "Bounce@example.invalid", "esp_event": {}},
        {"event_type": "opened", "recipient": "ok@example.invalid"},
    ]
    response = webhook(client, settings, events)
    assert response.status_code == 200 and response.json() == {"suppressed": 1}
    publish(keywords=[keyword])
    run_worker()
    assert [m.rcpt_tos for m in smtp.inbox.messages] == [["ok@example.invalid"]]
    assert Suppression.objects.get().reason == "bounced"


def test_webhook_refuses_a_wrong_secret_and_odd_bodies(client, settings, db):
    event = {"event_type": "complained", "recipient": "a@example.invalid"}
    assert webhook(client, settings, event, secret="seuranta:vaara").status_code == 401
    assert not Suppression.objects.exists()
    assert webhook(client, settings, "roskaa").status_code == 400
    assert webhook(client, settings, event).status_code == 200
    assert Suppression.objects.get().reason == "complained"


@pytest.mark.parametrize("kind", ["unconfirmed", "withdrawn"])
def test_expired_requests_and_old_withdrawn_subscriptions_are_deleted(db, kind, settings):
    old = timezone.now() - datetime.timedelta(days=400)
    kept = SubscriptionFactory(email="kept@example.invalid")
    if kind == "unconfirmed":
        gone = SubscriptionFactory(confirmed_at=None, created_at=old)
        fresh = SubscriptionFactory(confirmed_at=None)
    else:
        gone = SubscriptionFactory(withdrawn_at=old)
        fresh = SubscriptionFactory(withdrawn_at=timezone.now() - datetime.timedelta(days=30))
    tick()
    assert set(Subscription.objects.all()) == {kept, fresh}
    assert not Subscription.objects.filter(pk=gone.pk).exists()


def test_a_translation_published_later_notifies_nobody_again(
    smtp, keyword, publish, run_worker, site_root_sv
):
    from wagtail.models import Locale

    from subscriptions.models import ItemNotice as Notice

    SubscriptionFactory(email="a@example.invalid", keywords=[keyword])
    item = publish(keywords=[keyword], title="Suomeksi")
    run_worker()
    translation = item.copy_for_translation(Locale.objects.get(language_code="sv"))
    translation.title = "På svenska"
    translation.save_revision().publish()
    run_worker()
    assert len(smtp.inbox.messages) == 1
    assert not Notice.objects.filter(page_id=translation.pk).exists()
