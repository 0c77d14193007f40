import datetime
import logging

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.test import override_settings
from django.utils import timezone

from pages.models import AccessibilityStatementPage, FeedbackMessage

pytestmark = pytest.mark.django_db

URL = "/saavutettavuusseloste/"


@pytest.fixture
def statement(home):
    return AccessibilityStatementPage.objects.get()


def test_statement_shows_the_fields_the_act_asks_for(client, statement):
    soup = BeautifulSoup(client.get(URL).content, "html.parser")
    headings = [h.get_text() for h in soup.find_all("h2")]
    for heading in (
        "Saavutettavuuden tila",
        "Ei-saavutettava sisältö",
        "Selosteen laatiminen",
        "Palaute ja yhteystiedot",
        "Valvontaviranomainen",
        "Täytäntöönpanomenettely",
    ):
        assert heading in headings
    assert "täyttää osittain" in soup.get_text()
    assert "24.11.2026" in soup.get_text()


def test_feedback_is_saved_with_a_due_date_14_days_later_and_editors_notified(client, statement):
    with override_settings(MANAGERS=[("Toimitus", "toimitus@demo.example")]):
        response = client.post(URL, {"message": "Kuvalta puuttuu tekstivastine.", "website": ""})
    assert response.status_code == 302
    assert response["Location"] == URL + "kiitos/"
    message = FeedbackMessage.objects.get()
    assert message.status == FeedbackMessage.Status.NEW
    assert message.due_date == timezone.localdate() + datetime.timedelta(days=14)
    assert len(mail.outbox) == 1
    assert client.get(URL + "kiitos/").status_code == 200


class BrokenEmail:
    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise ConnectionRefusedError("SMTP down")


def test_feedback_is_kept_when_email_fails(client, statement, caplog):
    with (
        override_settings(
            MANAGERS=[("Toimitus", "toimitus@demo.example")],
            EMAIL_BACKEND="tests.sitewide.test_accessibility_statement.BrokenEmail",
        ),
        caplog.at_level(logging.ERROR),
    ):
        response = client.post(URL, {"message": "Palaute."})
    assert response.status_code == 302
    assert FeedbackMessage.objects.count() == 1
    assert "Could not email the editors" in caplog.text


def test_invalid_feedback_is_shown_again_with_finnish_errors_and_nothing_saved(client, statement):
    response = client.post(URL, {"message": "", "email": "ei-osoite", "name": "Mä\x00tti"})
    assert response.status_code == 400
    html = response.content.decode()
    assert "Kirjoita palautteesi." in html
    assert "Tarkista sähköpostiosoite" in html
    soup = BeautifulSoup(html, "html.parser")
    assert soup.find("input", attrs={"name": "email"})["value"] == "ei-osoite"
    assert soup.find("textarea", attrs={"name": "message"})["aria-invalid"] == "true"
    assert FeedbackMessage.objects.count() == 0


def test_honeypot_submissions_are_not_saved(client, statement):
    response = client.post(URL, {"message": "Roskaa", "website": "http://spam.example"})
    assert response.status_code == 302
    assert FeedbackMessage.objects.count() == 0


def test_feedback_is_rate_limited_per_address(client, statement):
    with override_settings(FEEDBACK_RATE_LIMIT=2):
        responses = [client.post(URL, {"message": f"Palaute {n}"}) for n in range(3)]
    assert [response.status_code for response in responses] == [302, 302, 429]
    assert "Liian monta yritystä" in responses[2].content.decode()
    assert FeedbackMessage.objects.count() == 2


def test_feedback_with_errors_does_not_use_up_the_rate_limit(client, statement):
    with override_settings(FEEDBACK_RATE_LIMIT=2):
        invalid = [client.post(URL, {"message": ""}) for _n in range(3)]
        accepted = client.post(URL, {"message": "Korjattu palaute"})
    assert [response.status_code for response in invalid] == [400, 400, 400]
    assert accepted.status_code == 302
    assert FeedbackMessage.objects.count() == 1


def test_feedback_form_requires_csrf(statement):
    from django.test import Client

    response = Client(enforce_csrf_checks=True).post(URL, {"message": "Palaute"})
    assert response.status_code == 403
    assert FeedbackMessage.objects.count() == 0


def test_feedback_listing_in_admin_shows_due_dates(client, statement):
    from sitewide.permissions import MODERATORS_GROUP
    from tests.factories import UserFactory

    FeedbackMessage.objects.create(message="Vanha palaute")
    client.force_login(UserFactory(groups=[MODERATORS_GROUP]))
    response = client.get("/admin/snippets/pages/feedbackmessage/")
    assert response.status_code == 200
    assert "Vanha palaute" in response.content.decode()
