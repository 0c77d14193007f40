"""Whatever a visitor types into the search comes back as text, in the page and its links."""

import pytest
from bs4 import BeautifulSoup

from tests.factories import NewsPageFactory

pytestmark = pytest.mark.django_db

PAYLOADS = [
    '<script>alert("q")</script>',
    '"><img src=x onerror=alert(1)>',
    "'><svg onload=alert(1)>",
    "</title><script>alert(1)</script>",
]


@pytest.fixture
def article(news_index):
    return NewsPageFactory(parent=news_index, title="Haettava uutinen", keywords=["sote"])


@pytest.mark.parametrize("payload", PAYLOADS)
def test_query_is_escaped_in_the_field_the_notes_and_the_links(client, article, payload):
    response = client.get("/haku/", {"q": payload, "tag": payload})
    assert response.status_code == 200
    body = response.content.decode()
    for markup in ("<script>alert", "<img src=x", "<svg onload"):
        assert markup not in body
    soup = BeautifulSoup(body, "html.parser")
    # The query survives as the field's value, unchanged for the visitor to edit.
    assert soup.find("input", attrs={"name": "q", "value": True})["value"] == payload
    for link in soup.find_all("a", href=True):
        assert not link["href"].lower().startswith("javascript:")


def test_query_with_results_keeps_markup_out_of_pagination_and_refine_links(client, news_index):
    for n in range(12):
        NewsPageFactory(parent=news_index, title=f"Haettava {n}", keywords=["sote"])
    payload = 'Haettava"><script>alert(1)</script>'
    response = client.get("/haku/", {"q": "Haettava", "tag": "sote", "x": payload})
    body = response.content.decode()
    assert response.status_code == 200
    assert "<script>alert" not in body
    soup = BeautifulSoup(body, "html.parser")
    assert soup.select(".pagination a"), "the query needs a second page for this test"


@pytest.mark.parametrize("payload", PAYLOADS)
def test_keyword_pages_do_not_echo_markup_in_the_slug(client, article, payload):
    response = client.get("/asiasanat/" + payload.replace("/", "") + "/")
    assert response.status_code in {301, 404}
    body = response.content.decode()
    for markup in ("<script>alert", "<img src=x", "<svg onload"):
        assert markup not in body
