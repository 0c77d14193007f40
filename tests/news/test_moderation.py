"""Wagtail's Editors write and submit news for moderation; Moderators publish it."""

import pytest
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from news.models import NewsPage
from sitewide.permissions import EDITORS_GROUP, MODERATORS_GROUP
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def news_form(title: str, **extra) -> dict:
    return nested_form_data(
        {
            "title": title,
            "slug": "toimittajan-uutinen",
            "date": "2022-03-01",
            "lead": "Toimittaja kirjoitti uutisen.",
            "header_image": "",
            "header_image_alt": "",
            "body": streamfield([("paragraph", rich_text("<p>Leipäteksti.</p>"))]),
            "keywords": "osallisuus, Lappi",
            "contact_links": inline_formset([]),
            **extra,
        }
    )


def test_editor_can_create_news_and_submit_it_but_not_publish(client, news_index):
    editor = UserFactory(groups=[EDITORS_GROUP])
    client.force_login(editor)
    url = reverse("wagtailadmin_pages:add", args=("news", "newspage", news_index.pk))
    assert client.get(url).status_code == 200

    response = client.post(url, {**news_form("Toimittajan uutinen"), "action-submit": "Submit"})
    assert response.status_code == 302
    page = NewsPage.objects.get(slug="toimittajan-uutinen")
    assert not page.live
    assert page.current_workflow_state is not None
    assert page.current_workflow_state.status == "in_progress"
    assert sorted(k.name for k in page.get_latest_revision_as_object().keywords.all()) == [
        "Lappi",
        "osallisuus",
    ]

    # Publishing is not among the editor's permissions.
    client.post(url.replace("toimittajan", "x"), {**news_form("Toinen"), "action-publish": "1"})
    assert not NewsPage.objects.filter(live=True, slug="toimittajan-uutinen").exists()
    assert not page.permissions_for_user(editor).can_publish()


def test_moderator_publishes_submitted_news(client, news_index):
    editor = UserFactory(groups=[EDITORS_GROUP])
    moderator = UserFactory(groups=[MODERATORS_GROUP])
    client.force_login(editor)
    add_url = reverse("wagtailadmin_pages:add", args=("news", "newspage", news_index.pk))
    client.post(add_url, {**news_form("Julkaistava uutinen"), "action-submit": "Submit"})
    page = NewsPage.objects.get(slug="toimittajan-uutinen")

    client.force_login(moderator)
    assert page.permissions_for_user(moderator).can_publish()
    task_state = page.current_workflow_task_state
    approve_url = reverse(
        "wagtailadmin_pages:workflow_action", args=(page.pk, "approve", task_state.pk)
    )
    response = client.post(approve_url, {"comment": ""})
    assert response.status_code in (200, 302)
    page.refresh_from_db()
    assert page.live
    assert page.title == "Julkaistava uutinen"
    assert client.get(page.url).status_code == 200


def test_moderator_can_publish_directly_and_scheduling_keeps_it_offline(client, news_index):
    from django.utils import timezone

    moderator = UserFactory(groups=[MODERATORS_GROUP])
    client.force_login(moderator)
    add_url = reverse("wagtailadmin_pages:add", args=("news", "newspage", news_index.pk))
    future = (timezone.localtime() + timezone.timedelta(days=2)).strftime("%Y-%m-%d %H:%M")
    response = client.post(
        add_url, {**news_form("Ajastettu uutinen", go_live_at=future), "action-publish": "1"}
    )
    assert response.status_code == 302
    page = NewsPage.objects.get(slug="toimittajan-uutinen")
    assert not page.live
    assert page.scheduled_revision is not None
    assert Page.objects.get(pk=page.pk).go_live_at is not None


def test_moderators_are_emailed_in_finnish_with_the_sites_address(
    client, news_index, mailoutbox, settings
):
    settings.WAGTAILADMIN_BASE_URL = "http://127.0.0.1:8201"
    editor = UserFactory(groups=[EDITORS_GROUP])
    UserFactory(groups=[MODERATORS_GROUP], email="moderaattori@osallisuus.example")
    client.force_login(editor)
    add_url = reverse("wagtailadmin_pages:add", args=("news", "newspage", news_index.pk))
    client.post(add_url, {**news_form("Tarkastettava uutinen"), "action-submit": "Submit"})

    (email,) = [m for m in mailoutbox if "moderaattori@osallisuus.example" in m.to]
    assert (
        'Sivu "Tarkastettava uutinen" on lähetetty hyväksyttäväksi tarkastusvaiheeseen '
        '"Moderaattorin hyväksyntä".'
    ) in " ".join(email.body.split())
    assert "http://127.0.0.1:8201/admin/pages/" in email.body
    assert "has been submitted" not in email.body
