"""The sign-up form keeps the visitor's language: a form read at /sv/ or /en/ posts there, and
its errors, thanks page and rate-limit answer come back in that language."""

import pytest
from bs4 import BeautifulSoup
from django.test import override_settings
from django.utils import translation
from django.utils.translation import gettext

from network.models import SignUp
from tests.network.test_signup import valid_data

pytestmark = pytest.mark.django_db

LANGUAGES = {
    "sv": {
        "errors": "Kontrollera uppgifterna i formuläret.",
        "thanks": "Tack för din anmälan",
        "too_many": "För många försök",
    },
    "en": {
        "errors": "Please check the form.",
        "thanks": "Thank you for signing up",
        "too_many": "Too many attempts",
    },
}


@pytest.fixture(params=sorted(LANGUAGES))
def language(request):
    return request.param


def in_language(language: str, url: str) -> str:
    return f"/{language}{url}"


def test_the_form_posts_to_the_address_in_the_visitors_language(client, open_network, language):
    url = in_language(language, open_network.url)
    soup = BeautifulSoup(client.get(url).content, "html.parser")
    assert soup.html["lang"] == language
    assert soup.find("form", class_="signup-form")["action"] == url + "#ilmoittaudu"


def test_errors_come_back_in_the_visitors_language(client, open_network, language):
    url = in_language(language, open_network.url)
    response = client.post(url, valid_data(email="ei-osoite"))
    assert response.status_code == 400
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.html["lang"] == language
    assert LANGUAGES[language]["errors"] in soup.find(class_="form-errors").get_text()
    assert soup.find("form", class_="signup-form")["action"] == url + "#ilmoittaudu"


def test_a_too_long_field_is_named_in_the_visitors_language(client, open_network, language):
    too_long = {"sv": "Skriv högst 150 tecken.", "en": "Write no more than 150 characters."}
    response = client.post(open_network.url, valid_data(name="x" * 151))
    assert "Kirjoita enintään 150 merkkiä." in response.content.decode()
    response = client.post(in_language(language, open_network.url), valid_data(name="x" * 151))
    assert response.status_code == 400
    html = response.content.decode()
    assert too_long[language] in html
    assert "Kirjoita enintään" not in html


def test_thanks_page_is_in_the_visitors_language(client, open_network, language):
    url = in_language(language, open_network.url)
    response = client.post(url, valid_data())
    assert response.status_code == 302
    assert response["Location"] == url + "ilmoittautuminen/kiitos/"
    thanks = client.get(response["Location"])
    assert thanks.status_code == 200
    assert LANGUAGES[language]["thanks"] in thanks.content.decode()
    assert SignUp.objects.count() == 1


def test_a_second_sign_up_gets_the_same_page_and_an_email_in_the_visitors_language(
    client, open_network, language, mailoutbox
):
    url = in_language(language, open_network.url)
    first = client.post(url, valid_data())
    second = client.post(url, valid_data())
    # Membership is not public: the page is the same, only the address's owner learns more.
    assert second["Location"] == first["Location"] == url + "ilmoittautuminen/kiitos/"
    to_applicant = [mail for mail in mailoutbox if valid_data()["email"] in mail.to]
    assert len(to_applicant) == 2
    with translation.override("fi"):
        finnish = gettext("Olet jo mukana: %(network)s") % {"network": open_network.title}
    assert to_applicant[1].subject != finnish
    assert open_network.title in to_applicant[1].subject


@override_settings(SIGNUP_RATE_LIMIT=1)
def test_rate_limit_answers_in_the_visitors_language(client, open_network, language):
    url = in_language(language, open_network.url)
    assert client.post(url, valid_data()).status_code == 302
    response = client.post(url, valid_data(email="toinen@yhdistys.example"))
    assert response.status_code == 429
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.html["lang"] == language
    assert LANGUAGES[language]["too_many"] in soup.h1.get_text()
