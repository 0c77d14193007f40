import base64
import json
import re

import pytest
from bs4 import BeautifulSoup

from news.models import NewsPageContact
from tests.factories import ContactCardFactory, NewsPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def article_with_cards(news_index):
    page = NewsPageFactory(parent=news_index, title="Järjestöt mukana")
    coordinator = ContactCardFactory(
        name="Aino Koskela",
        job_title="Osallisuuskoordinaattori",
        email="aino.koskela@lapinsote.example",
        phone="+358500001001",
        x_handle="AinoDemo",
    )
    expert = ContactCardFactory(name="Eero Palojärvi", job_title="Hyte-asiantuntija")
    draft = ContactCardFactory(name="Luonnos Kortti", live=False)
    for order, card in enumerate([expert, coordinator, draft]):
        NewsPageContact.objects.create(page=page, card=card, sort_order=order)
    page.save_revision().publish()
    return page


def test_news_page_shows_published_cards_after_the_body_in_editor_order(client, article_with_cards):
    soup = BeautifulSoup(client.get(article_with_cards.url).content, "html.parser")
    section = soup.find("section", class_="more-info")
    assert section.h2.get_text() == "Lisätietoja"
    names = [h.get_text(strip=True) for h in section.select(".contact-card__name")]
    assert names == ["Eero Palojärvi", "Aino Koskela"]
    body = soup.find(class_="article__body")
    assert body.find_next("section", class_="more-info") is section


def test_card_shows_title_organisation_phone_and_social_links(client, article_with_cards):
    soup = BeautifulSoup(client.get(article_with_cards.url).content, "html.parser")
    card = soup.find(id=re.compile("card-.*-name"), string="Aino Koskela").find_parent("article")
    assert "Osallisuuskoordinaattori" in card.get_text()
    phone = card.find("a", href="tel:+358500001001")
    assert phone.get_text() == "050 000 1001"
    assert card.find("a", href="https://x.com/AinoDemo").get_text() == "@AinoDemo"


def decode(code: str, key: str) -> str:
    """What static/js/email.js does when the visitor asks for the address."""
    data = base64.b64decode(code)
    return bytes(b ^ key.encode()[i % len(key)] for i, b in enumerate(data)).decode()


def test_email_address_is_not_in_the_html_but_can_be_assembled(client, article_with_cards):
    html = client.get(article_with_cards.url).content.decode()
    assert "aino.koskela@lapinsote.example" not in html
    assert "mailto:" not in html.lower()
    assert "aino.koskela" not in html and "lapinsote.example" not in html
    soup = BeautifulSoup(html, "html.parser")
    forms = soup.find_all("form", class_="js-email")
    assert forms[0].find("button").get_text() == "Näytä sähköpostiosoite"
    decoded = {decode(form["data-code"], form["data-key"]) for form in forms}
    assert "aino.koskela@lapinsote.example" in decoded
    assert soup.find("script", src=re.compile(r"js/email\.js"))


def test_cards_carry_person_json_ld(client, article_with_cards):
    soup = BeautifulSoup(client.get(article_with_cards.url).content, "html.parser")
    people = [
        json.loads(script.string)
        for script in soup.find_all("script", type="application/ld+json")
        if json.loads(script.string).get("@type") == "Person"
    ]
    aino = next(person for person in people if person["name"] == "Aino Koskela")
    assert aino["jobTitle"] == "Osallisuuskoordinaattori"
    assert aino["telephone"] == "+358500001001"
    assert aino["worksFor"]["@type"] == "Organization"
    assert "email" not in aino


def test_markup_in_card_fields_is_escaped(client, news_index):
    page = NewsPageFactory(parent=news_index)
    card = ContactCardFactory(name="<script>alert(1)</script>", job_title="</script><b>x</b>")
    NewsPageContact.objects.create(page=page, card=card, sort_order=0)
    html = client.get(page.url).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "</script><b>x</b>" not in html


def test_draft_card_page_is_not_found_for_visitors(client, home):
    draft = ContactCardFactory(live=False)
    assert client.get(draft.get_absolute_url()).status_code == 404
    live = ContactCardFactory()
    assert client.get(live.get_absolute_url()).status_code == 200
