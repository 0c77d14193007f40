"""Moderators reply to accessibility feedback from the admin; the reply is sent and logged."""

import pytest
from django.core import mail
from django.urls import reverse
from wagtail.models import ModelLogEntry

from pages.feedback_reply import REPLY_ACTION
from pages.models import FeedbackMessage
from sitewide.permissions import MODERATORS_GROUP
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

LIST_URL = "/admin/snippets/pages/feedbackmessage/"


@pytest.fixture
def editor(client, home):
    # Moderators answer feedback (pages.handle_feedback); editors no longer see it.
    user = UserFactory(groups=[MODERATORS_GROUP], email="toimittaja@osallisuus.example")
    client.force_login(user)
    return user


@pytest.fixture
def feedback(db):
    return FeedbackMessage.objects.create(
        message="Kuvalta puuttuu tekstivastine.\nEtusivulla.",
        name="Palautteen Antaja",
        email="antaja@demo.example",
    )


def reply_url(feedback) -> str:
    return reverse("pages_feedback_reply", args=[feedback.pk])


def test_listing_offers_a_reply_for_feedback_with_an_email(client, editor, feedback):
    anonymous = FeedbackMessage.objects.create(message="Ei osoitetta")
    html = client.get(LIST_URL).content.decode()
    assert reply_url(feedback) in html
    assert reply_url(anonymous) not in html


def test_reply_is_sent_to_the_sender_with_the_feedback_quoted(client, editor, feedback):
    form = client.get(reply_url(feedback)).content.decode()
    assert "Kuvalta puuttuu tekstivastine." in form
    assert "antaja@demo.example" in form

    response = client.post(
        reply_url(feedback),
        {"subject": "Vastaus palautteeseesi", "body": "Kiitos! Korjasimme kuvan."},
        follow=True,
    )
    assert response.redirect_chain[-1][0] == LIST_URL
    (email,) = mail.outbox
    assert email.to == ["antaja@demo.example"]
    assert email.reply_to == ["toimittaja@osallisuus.example"]
    assert email.subject == "Vastaus palautteeseesi"
    assert email.body.startswith("Kiitos! Korjasimme kuvan.")
    assert "> Kuvalta puuttuu tekstivastine.\n> Etusivulla." in email.body
    feedback.refresh_from_db()
    assert feedback.status == FeedbackMessage.Status.ANSWERED
    assert "Vastaus lähetettiin palautteen antajalle." in response.content.decode()


def test_reply_is_logged_without_the_recipient_address(client, editor, feedback):
    client.post(reply_url(feedback), {"subject": "Vastaus", "body": "Korjattu."})
    entry = ModelLogEntry.objects.for_instance(feedback).get(action=REPLY_ACTION)
    assert entry.user == editor
    assert entry.data["body"] == "Korjattu."
    assert "antaja@demo.example" not in str(entry.data)
    history = client.get(
        reverse("wagtailsnippets_pages_feedbackmessage:history", args=[feedback.pk])
    ).content.decode()
    assert "Vastaus lähetettiin palautteen antajalle" in history


def test_an_empty_reply_is_refused_in_finnish_and_nothing_is_sent(client, editor, feedback):
    response = client.post(reply_url(feedback), {"subject": "Vastaus", "body": ""})
    assert response.status_code == 400
    assert "Tämä kenttä on pakollinen." in response.content.decode()
    assert mail.outbox == []
    assert not ModelLogEntry.objects.filter(action=REPLY_ACTION).exists()


def test_a_failed_email_leaves_the_feedback_unanswered_and_unlogged(
    client, editor, feedback, settings
):
    settings.EMAIL_BACKEND = "tests.network.failing_email.FailingEmailBackend"
    response = client.post(reply_url(feedback), {"subject": "Vastaus", "body": "Korjattu."})
    assert response.status_code == 200
    assert "Vastauksen lähetys epäonnistui" in response.content.decode()
    feedback.refresh_from_db()
    assert feedback.status == FeedbackMessage.Status.NEW
    assert not ModelLogEntry.objects.filter(action=REPLY_ACTION).exists()


def test_feedback_without_an_email_cannot_be_replied_to(client, editor):
    anonymous = FeedbackMessage.objects.create(message="Ei osoitetta")
    response = client.get(reply_url(anonymous), follow=True)
    assert "ei jättänyt sähköpostiosoitetta" in response.content.decode()


def test_users_without_feedback_rights_cannot_reply(client, feedback, home):
    client.force_login(UserFactory(groups=[]))
    response = client.post(reply_url(feedback), {"subject": "Vastaus", "body": "Hei"})
    assert response.status_code in (302, 403)
    assert mail.outbox == []
