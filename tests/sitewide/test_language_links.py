"""The language switcher links stay on the site whatever the address looks like."""

import re

import pytest

pytestmark = pytest.mark.django_db


def language_hrefs(html: str) -> dict[str, str]:
    return {
        code: href for href, code in re.findall(r'<a href="([^"]*)" lang="(\w+)" hreflang=', html)
    }


@pytest.mark.parametrize("path", ["//evil.example/", "///evil.example/x", "/\\evil.example/"])
def test_language_links_never_point_off_site(client, home, path):
    # Sent as the raw path: client.get() would read "//evil.example" as a host name.
    response = client.request(PATH_INFO=path, REQUEST_METHOD="GET")
    assert response.status_code == 404
    links = language_hrefs(response.content.decode())
    assert set(links) == {"fi", "sv", "en"}
    for href in links.values():
        assert href.startswith("/") and not href.startswith(("//", "/\\")), href


def test_language_links_keep_the_page_and_query(client, home):
    links = language_hrefs(client.get("/haku/", {"q": "sote"}).content.decode())
    assert links["sv"] == "/sv/haku/?q=sote"
    assert links["en"] == "/en/haku/?q=sote"
