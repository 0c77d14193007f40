"""The admin: counts for editors, addresses and GDPR actions for moderators, the publish screen."""

import json

import pytest
from django.core.management import call_command
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from news.models import NewsPage
from sitewide.permissions import EDITORS_GROUP, MODERATORS_GROUP
from subscriptions.models import ConsentRecord, Delivery, ItemNotice, Subscription, Suppression
from tests.factories import NewsPageFactory, UserFactory
from tests.subscriptions.factories import SubscriptionFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def followed(keyword):
    SubscriptionFactory(email="maija@example.invalid", keywords=[keyword])
    SubscriptionFactory(email="maija@example.invalid", language="sv", keywords=[keyword])
    SubscriptionFactory(email="pekka@example.invalid", keywords=[keyword])
    SubscriptionFactory(email="odottaa@example.invalid", keywords=[keyword], confirmed_at=None)
    return keyword


def test_editors_see_follower_counts_but_no_addresses(client, followed):
    client.force_login(UserFactory(groups=[EDITORS_GROUP]))
    report = client.get(reverse("subscriptions_followers"))
    body = report.content.decode()
    assert report.status_code == 200
    assert "<td>järjestöt</td><td>2</td>" in body  # two confirmed addresses, not four rows
    assert "maija@example.invalid" not in body
    listing = reverse("subscription_admin:index")
    assert client.get(listing).status_code in (302, 403)
    subscription = Subscription.objects.first()
    export = client.get(reverse("subscriptions_export", args=[subscription.pk]))
    assert export.status_code in (302, 403)  # Wagtail turns the refusal into a redirect
    assert b"example.invalid" not in export.content


def test_moderators_see_addresses_and_export_and_erase_one(client, followed):
    client.force_login(UserFactory(groups=[MODERATORS_GROUP]))
    listing = client.get(reverse("subscription_admin:index"))
    assert listing.status_code == 200
    assert "maija@example.invalid" in listing.content.decode()
    maija = Subscription.objects.filter(email="maija@example.invalid").first()
    ConsentRecord.objects.create(subscription=maija, source_url="/seuraa/?x", consent_version="v1")
    export = client.get(reverse("subscriptions_export", args=[maija.pk]))
    data = json.loads(export.content)
    assert data["email"] == "maija@example.invalid"
    assert len(data["subscriptions"]) == 2
    assert data["subscriptions"][0]["consents"] or data["subscriptions"][1]["consents"]
    erase_url = reverse("subscriptions_erase", args=[maija.pk])
    assert client.get(erase_url).status_code == 200
    assert Subscription.objects.filter(email="maija@example.invalid").count() == 2  # asked first
    assert client.post(erase_url).status_code == 302
    assert not Subscription.objects.filter(email="maija@example.invalid").exists()
    assert not ConsentRecord.objects.filter(subscription__email="maija@example.invalid").exists()
    assert Subscription.objects.filter(email="pekka@example.invalid").exists()


def test_manage_command_exports_and_erases_everything_about_an_address(capsys, followed):
    Delivery.objects.create(email="pekka@example.invalid", page_id=1)
    Suppression.objects.create(email="pekka@example.invalid", reason="bounced")
    call_command("subscriber_data", "Pekka@Example.invalid", "--export")
    data = json.loads(capsys.readouterr().out)
    assert data["deliveries"][0]["page_id"] == 1 and data["suppressed"]["reason"] == "bounced"
    call_command("subscriber_data", "pekka@example.invalid", "--erase")
    for model in (Subscription, Delivery, Suppression):
        assert not model.objects.filter(email="pekka@example.invalid").exists()
    assert Subscription.objects.filter(email="maija@example.invalid").exists()


def news_form(title: str, keywords: str) -> dict:
    return nested_form_data(
        {
            "title": title,
            "slug": "hiljainen",
            "date": "2022-03-01",
            "lead": "Ingressi.",
            "header_image": "",
            "header_image_alt": "",
            "body": streamfield([("paragraph", rich_text("<p>Leipäteksti.</p>"))]),
            "keywords": keywords,
            "contact_links": inline_formset([]),
        }
    )


@pytest.mark.parametrize("quiet", [False, True])
def test_publish_screen_says_how_many_will_be_notified_and_can_publish_quietly(
    client, news_index, followed, quiet
):
    draft = NewsPageFactory(parent=news_index, keywords=[followed], live=False, slug="hiljainen")
    client.force_login(UserFactory(groups=[MODERATORS_GROUP]))
    edit_url = reverse("wagtailadmin_pages:edit", args=[draft.pk])
    screen = client.get(edit_url).content.decode()
    assert "(ilmoitus 2 seuraajalle)" in screen
    assert "Julkaise ilmoittamatta seuraajille" in screen
    choice = "quiet" if quiet else "action-publish"
    response = client.post(
        edit_url, {**news_form("Uutinen", "järjestöt"), "action-publish": choice}
    )
    assert response.status_code == 302
    assert NewsPage.objects.get(pk=draft.pk).live
    assert ItemNotice.objects.get(page_id=draft.pk).notify is (not quiet)
    # Once published, the choice is gone: republishing never notifies anyway.
    assert "Julkaise ilmoittamatta" not in client.get(edit_url).content.decode()


def test_the_notify_count_is_said_once_however_often_the_screen_is_shown(
    client, news_index, followed
):
    draft = NewsPageFactory(parent=news_index, keywords=[followed], live=False, slug="kahdesti")
    client.force_login(UserFactory(groups=[MODERATORS_GROUP]))
    edit_url = reverse("wagtailadmin_pages:edit", args=[draft.pk])
    first = client.get(edit_url).content.decode().count("(ilmoitus")
    assert first >= 1
    for _ in range(2):
        screen = client.get(edit_url).content.decode()
    assert screen.count("(ilmoitus") == first
    # Other pages' publish buttons carry no count of this one's followers.
    other = NewsPageFactory(parent=news_index, live=True, slug="julkaistu")
    screen = client.get(reverse("wagtailadmin_pages:edit", args=[other.pk])).content.decode()
    assert "(ilmoitus" not in screen
