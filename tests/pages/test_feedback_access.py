"""Accessibility feedback (a visitor's name, email and words) reaches only those who answer it:
the `pages.handle_feedback` permission, which Moderaattorit carry and Toimittajat do not."""

import importlib

import pytest
from django.apps import apps as django_apps
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.urls import reverse

from pages.feedback import feedback_recipients
from pages.models import AccessibilityStatementPage, FeedbackMessage
from sitewide.permissions import EDITORS_GROUP, MODERATORS_GROUP
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

LIST_URL = "/admin/snippets/pages/feedbackmessage/"
SENDER = "Palautteen Antajatar"
SENDER_EMAIL = "antajatar@demo.example"


@pytest.fixture
def feedback(home):
    return FeedbackMessage.objects.create(
        message="Lomakkeen virheilmoitus ei näy ruudunlukijalle.",
        name=SENDER,
        email=SENDER_EMAIL,
    )


def feedback_urls(feedback) -> list[str]:
    return [
        LIST_URL,
        f"{LIST_URL}?export=csv",
        f"{LIST_URL}?export=xlsx",
        f"{LIST_URL}results/",
        # Wagtail's chooser checks no permission of its own (sitewide.snippet_access).
        "/admin/snippets/choose/pages/feedbackmessage/",
        f"/admin/snippets/choose/pages/feedbackmessage/chosen/{feedback.pk}/",
        reverse("wagtailsnippets_pages_feedbackmessage:inspect", args=[feedback.pk]),
        reverse("wagtailsnippets_pages_feedbackmessage:edit", args=[feedback.pk]),
        reverse("wagtailsnippets_pages_feedbackmessage:history", args=[feedback.pk]),
        reverse("pages_feedback_reply", args=[feedback.pk]),
    ]


def body(response) -> str:
    """The response's text; a streamed export is read once and kept."""
    if not hasattr(response, "_text"):
        raw = b"".join(response.streaming_content) if response.streaming else response.content
        response._text = raw.decode("utf-8", "replace")
    return response._text


def shows_the_sender(response) -> bool:
    text = body(response)
    return SENDER in text or SENDER_EMAIL in text or "ruudunlukijalle" in text


def menu_has_feedback(client) -> bool:
    return LIST_URL in client.get("/admin/").content.decode()


@pytest.mark.parametrize("group", [MODERATORS_GROUP, None], ids=["moderator", "superuser"])
def test_moderators_and_superusers_read_export_and_answer_feedback(client, feedback, group):
    user = UserFactory(groups=[group]) if group else UserFactory(is_superuser=True)
    client.force_login(user)
    assert menu_has_feedback(client)
    for url in feedback_urls(feedback):
        response = client.get(url)
        assert response.status_code == 200, url
    assert "ruudunlukijalle" in body(client.get(f"{LIST_URL}?export=csv"))
    assert SENDER in body(
        client.get(reverse("wagtailsnippets_pages_feedbackmessage:inspect", args=[feedback.pk]))
    )


def test_editors_see_no_feedback_menu_list_export_or_message(client, feedback):
    client.force_login(UserFactory(groups=[MODERATORS_GROUP]))
    assert menu_has_feedback(client)  # the same admin shows it to a moderator

    client.force_login(UserFactory(groups=[EDITORS_GROUP]))
    assert not menu_has_feedback(client)
    for url in feedback_urls(feedback):
        response = client.get(url)
        assert response.status_code in (302, 403, 404), url
        assert not shows_the_sender(response), url
        followed = client.get(url, follow=True)
        assert not shows_the_sender(followed), url


def test_editors_cannot_answer_or_change_feedback(client, feedback):
    client.force_login(UserFactory(groups=[EDITORS_GROUP]))
    reply = client.post(
        reverse("pages_feedback_reply", args=[feedback.pk]), {"subject": "Hei", "body": "Kiitos"}
    )
    edit = client.post(
        reverse("wagtailsnippets_pages_feedbackmessage:edit", args=[feedback.pk]),
        {"status": "answered", "answered_note": "Hoidettu"},
    )
    assert reply.status_code in (302, 403) and edit.status_code in (302, 403, 404)
    feedback.refresh_from_db()
    assert feedback.status == FeedbackMessage.Status.NEW and feedback.answered_note == ""
    assert mail.outbox == []


def test_anonymous_visitors_are_sent_to_the_login(client, feedback):
    for url in feedback_urls(feedback):
        response = client.get(url)
        assert response.status_code == 302 and "/admin/login/" in response["Location"], url


def test_the_permission_is_settable_per_group_and_is_all_it_takes(client, feedback):
    group = Group.objects.create(name="Saavutettavuustiimi")
    user = UserFactory(groups=[group.name])
    client.force_login(user)
    assert client.get(LIST_URL).status_code in (302, 403)

    group.permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(content_type__app_label="pages", codename="handle_feedback"),
    )
    response = client.get(LIST_URL)
    assert response.status_code == 200 and "ruudunlukijalle" in response.content.decode()


def test_notification_goes_to_those_who_may_handle_feedback_not_to_editors(home, settings):
    settings.FEEDBACK_NOTIFY_EMAILS = []
    settings.MANAGERS = []
    UserFactory(email="moderaattori@demo.example", groups=[MODERATORS_GROUP])
    UserFactory(email="toimittaja@demo.example", groups=[EDITORS_GROUP])
    UserFactory(email="paakayttaja@demo.example", is_superuser=True)
    direct = UserFactory(email="suoraan@demo.example")
    direct.user_permissions.add(
        Permission.objects.get(content_type__app_label="pages", codename="handle_feedback")
    )
    UserFactory(email="poissa@demo.example", groups=[MODERATORS_GROUP], is_active=False)
    assert feedback_recipients() == [
        "moderaattori@demo.example",
        "paakayttaja@demo.example",
        "suoraan@demo.example",
    ]

    client_url = AccessibilityStatementPage.objects.get().url
    from django.test import Client

    Client().post(client_url, {"message": "Palaute.", "website": ""})
    (email,) = mail.outbox
    assert "toimittaja@demo.example" not in email.to
    assert "moderaattori@demo.example" in email.to


def test_migration_moves_feedback_from_editors_to_moderators_on_an_existing_site(db):
    """A site migrated before: both groups held view and change; the migration leaves the
    editors without them and gives the moderators `handle_feedback`."""
    editors = Group.objects.get(name=EDITORS_GROUP)
    moderators = Group.objects.get(name=MODERATORS_GROUP)
    old = Permission.objects.filter(
        content_type__app_label="pages",
        codename__in=["view_feedbackmessage", "change_feedbackmessage"],
    )
    handle = Permission.objects.get(content_type__app_label="pages", codename="handle_feedback")
    editors.permissions.add(*old)
    moderators.permissions.remove(handle)

    migration = importlib.import_module("pages.migrations.0003_handle_feedback_permission")
    migration.forwards(django_apps, None)

    assert not editors.permissions.filter(content_type__app_label="pages").exists()
    assert moderators.permissions.filter(pk=handle.pk).exists()
    assert Permission.objects.filter(codename="handle_feedback").count() == 1
