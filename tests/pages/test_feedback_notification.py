"""Feedback handlers learn of new accessibility feedback by email; it keeps its paragraphs."""

import pytest
from django.core import mail

from pages.models import AccessibilityStatementPage, FeedbackMessage
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

URL = "/saavutettavuusseloste/"
MESSAGE = (
    "Hei,\r\n\r\nkuvalta puuttuu tekstivastine.\r\nLisäksi   linkki ei toimi.\r\n\r\n\r\n\r\n"
    "Terveisin"
)


@pytest.fixture
def statement(home):
    return AccessibilityStatementPage.objects.get()


def test_feedback_keeps_its_paragraphs(client, statement, settings):
    settings.FEEDBACK_NOTIFY_EMAILS = ["saavutettavuus@demo.example"]
    assert client.post(URL, {"message": MESSAGE, "website": ""}).status_code == 302
    assert FeedbackMessage.objects.get().message == (
        "Hei,\n\nkuvalta puuttuu tekstivastine.\nLisäksi linkki ei toimi.\n\nTerveisin"
    )


def test_configured_addresses_are_emailed_with_the_due_date_and_admin_link(
    client, statement, settings
):
    settings.FEEDBACK_NOTIFY_EMAILS = ["saavutettavuus@demo.example", "toimitus@demo.example"]
    client.post(URL, {"message": MESSAGE, "website": ""})
    feedback = FeedbackMessage.objects.get()
    (email,) = mail.outbox
    assert email.to == ["saavutettavuus@demo.example", "toimitus@demo.example"]
    assert email.subject == "Uusi saavutettavuuspalaute"
    assert feedback.due_date.strftime("%d.%m.%Y") in email.body
    assert f"/admin/snippets/pages/feedbackmessage/edit/{feedback.pk}/" in email.body
    # The visitor's text is quoted, paragraphs and all.
    assert "> kuvalta puuttuu tekstivastine.\n> Lisäksi linkki ei toimi." in email.body


def test_without_configured_addresses_the_editors_who_handle_feedback_are_emailed(
    client, statement, settings
):
    settings.FEEDBACK_NOTIFY_EMAILS = []
    settings.MANAGERS = []
    UserFactory(username="toimittaja", email="toimittaja@demo.example", groups=["Moderators"])
    UserFactory(username="lukija", email="lukija@demo.example")
    UserFactory(
        username="entinen", email="entinen@demo.example", groups=["Moderators"], is_active=False
    )
    client.post(URL, {"message": "Palaute.", "website": ""})
    (email,) = mail.outbox
    assert email.to == ["toimittaja@demo.example"]


def test_an_admin_link_emailed_before_the_move_to_pages_reaches_the_message(client, statement):
    feedback = FeedbackMessage.objects.create(message="Vanha palaute")
    client.force_login(UserFactory(groups=["Moderators"]))
    response = client.get(
        f"/admin/snippets/sitewide/feedbackmessage/edit/{feedback.pk}/", follow=True
    )
    assert response.redirect_chain[-1][0] == (
        f"/admin/snippets/pages/feedbackmessage/edit/{feedback.pk}/"
    )
    assert response.status_code == 200
    assert "Vanha palaute" in response.content.decode()
