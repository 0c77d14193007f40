import pytest
from django.test import RequestFactory

from sitewide.views import server_error

pytestmark = pytest.mark.django_db


def test_404_page_is_finnish_with_a_search_form(client, home):
    response = client.get("/ei-tallaista-sivua/")
    assert response.status_code == 404
    body = response.content.decode()
    assert '<html lang="fi">' in body
    assert "Sivua ei löytynyt" in body
    assert 'role="search"' in body


def test_500_page_renders_without_the_database(django_db_blocker):
    request = RequestFactory().get("/")
    with django_db_blocker.block():
        response = server_error(request)
    assert response.status_code == 500
    assert "Palvelussa on häiriö" in response.content.decode()


def test_nul_in_path_is_not_a_500(client, home):
    assert client.get("/uutiset/%00/").status_code in (400, 404)


def test_post_to_search_is_refused_cleanly(client, home):
    assert client.post("/haku/", {"q": "x"}).status_code == 405
