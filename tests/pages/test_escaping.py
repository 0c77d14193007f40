"""Markup typed into the feedback form comes back as text everywhere."""

import pytest
from django.urls import reverse

from pages.models import AccessibilityStatementPage, FeedbackMessage
from sitewide.permissions import MODERATORS_GROUP
from tests.escaping import assert_escaped
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

PAYLOAD = '<script>alert("f")</script>"><img src=x onerror=alert(1)>'


@pytest.fixture
def statement_url(home) -> str:
    return AccessibilityStatementPage.objects.get().url


def test_invalid_feedback_shows_the_typed_markup_back_as_text(client, statement_url):
    response = client.post(
        statement_url,
        {"message": PAYLOAD, "page_address": PAYLOAD, "name": PAYLOAD, "email": PAYLOAD},
    )
    assert response.status_code == 400
    assert_escaped(response)
    assert not FeedbackMessage.objects.exists()


def test_feedback_is_escaped_in_the_admin_listing_and_inspect_view(client, statement_url):
    client.post(statement_url, {"message": PAYLOAD, "page_address": PAYLOAD, "name": PAYLOAD})
    message = FeedbackMessage.objects.get()
    client.force_login(UserFactory(groups=[MODERATORS_GROUP]))
    for url in (
        "/admin/snippets/pages/feedbackmessage/",
        reverse("wagtailsnippets_pages_feedbackmessage:inspect", args=[message.pk]),
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        assert_escaped(response)


def test_feedback_csv_export_neutralises_spreadsheet_formulas(client):
    FeedbackMessage.objects.create(message='=HYPERLINK("https://evil.example","Avaa")')
    client.force_login(UserFactory(groups=[MODERATORS_GROUP]))
    response = client.get("/admin/snippets/pages/feedbackmessage/", {"export": "csv"})
    body = b"".join(response.streaming_content).decode("utf-8-sig")
    assert "'=HYPERLINK(" in body
    assert ";=HYPERLINK(" not in body and "\n=HYPERLINK(" not in body
