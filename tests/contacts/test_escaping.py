"""Markup typed into a contact card comes out as text: pages, JSON-LD, the directory, vCard."""

import json

import pytest
import vobject
from bs4 import BeautifulSoup

from news.models import NewsPageContact
from tests.factories import ContactCardFactory, KeywordFactory, NewsPageFactory, OrganisationFactory

pytestmark = pytest.mark.django_db

PAYLOAD = '<script>alert("c")</script>"><img src=x onerror=alert(1)>'
RAW_MARKUP = ("<script>alert", "<img src=x", "</script><b>")


@pytest.fixture
def card(news_index):
    from contacts.demo import ensure_directory_page

    ensure_directory_page(news_index.get_parent())
    card = ContactCardFactory(
        name=f"Aino {PAYLOAD}",
        job_title="</script><b>nimike</b>",
        expertise=PAYLOAD,
        organisation=OrganisationFactory(name=f"Järjestö {PAYLOAD}"),
        keywords=[KeywordFactory(name="sote")],
    )
    page = NewsPageFactory(parent=news_index, title="Uutinen kortilla")
    NewsPageContact.objects.create(page=page, card=card, sort_order=0)
    card.article = page
    return card


def test_card_fields_are_escaped_wherever_the_card_is_shown(client, card):
    for url in (
        card.article.url,
        card.get_absolute_url(),
        "/asiantuntijat/",
        "/asiantuntijat/?q=Aino",
        "/asiasanat/sote/",
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        body = response.content.decode()
        for markup in RAW_MARKUP:
            assert markup not in body, url
        assert "&lt;script&gt;alert(" in body, url


def test_person_json_ld_keeps_the_text_and_cannot_end_the_script(client, card):
    soup = BeautifulSoup(client.get(card.get_absolute_url()).content, "html.parser")
    blocks = [json.loads(s.string) for s in soup.find_all("script", type="application/ld+json")]
    (person,) = [block for block in blocks if block["@type"] == "Person"]
    assert person["name"] == f"Aino {PAYLOAD}"
    assert person["jobTitle"] == "</script><b>nimike</b>"
    assert person["worksFor"]["name"] == f"Järjestö {PAYLOAD}"


def test_vcard_is_text_that_no_field_can_break_out_of(client, card):
    card.name = "Aino Virtanen\r\nURL:https://evil.example\r\nX-INJECTED:1"
    card.save()
    response = client.post(card.get_vcard_url())
    assert response["Content-Type"] == "text/vcard; charset=utf-8"
    assert response["Content-Disposition"].startswith("attachment;")
    assert "\r\n" not in response["Content-Disposition"]
    vcard = vobject.readOne(response.content.decode())
    assert "x-injected" not in vcard.contents
    assert all("evil.example" not in url.value for url in vcard.contents.get("url", []))
    # Still the whole name, as one property (vCard folds line ends to \n).
    assert vcard.fn.value == card.name.replace("\r\n", "\n")
