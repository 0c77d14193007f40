"""No redirect the site makes leads off the site, whatever target the visitor supplies."""

import pytest
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from wagtail.models import PageViewRestriction

from pages.models import AccessibilityStatementPage
from tests.factories import NewsPageFactory, UserFactory

pytestmark = pytest.mark.django_db

EVIL_TARGETS = [
    "//evil.example/",
    "https://evil.example/",
    "/\\evil.example",
    "javascript:alert(1)",
    "\\\\evil.example",
    "http:evil.example",
    " //evil.example/",
]
PASSWORD = "salasana-testi-123"


def assert_stays_on_site(response) -> None:
    assert response.status_code in {301, 302}, response
    location = response["Location"]
    assert url_has_allowed_host_and_scheme(location, allowed_hosts={"testserver"}), location
    assert location.startswith("/") and not location.startswith(("//", "/\\")), location
    assert "evil.example" not in location.split("?")[0].replace("%2F", "/"), location


@pytest.fixture
def editor(home):
    return UserFactory(username="toimittaja")


@pytest.mark.parametrize("target", EVIL_TARGETS)
def test_admin_login_next_stays_on_the_site(client, editor, target):
    response = client.post(
        reverse("wagtailadmin_login") + "?" + f"next={target}",
        {"username": "toimittaja", "password": PASSWORD, "next": target},
    )
    assert_stays_on_site(response)


@pytest.mark.parametrize("target", EVIL_TARGETS)
def test_admin_logout_next_stays_on_the_site(client, editor, target):
    client.force_login(editor)
    assert_stays_on_site(client.post(reverse("wagtailadmin_logout"), {"next": target}))


@pytest.mark.parametrize("target", EVIL_TARGETS)
def test_front_end_login_next_stays_on_the_site(client, editor, target):
    response = client.post(
        reverse("wagtailcore_login"),
        {"username": "toimittaja", "password": PASSWORD, "next": target},
    )
    assert_stays_on_site(response)
    assert response["Location"] == "/"


@pytest.mark.parametrize("target", EVIL_TARGETS)
def test_page_password_form_return_url_stays_on_the_site(client, news_index, target):
    page = NewsPageFactory(parent=news_index)
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="avaa-sivu"
    )
    url = reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, page.pk])
    response = client.post(url, {"password": "avaa-sivu", "return_url": target})
    assert_stays_on_site(response)
    assert response["Location"] == "/"


def test_login_restricted_page_sends_to_the_login_with_a_local_next(client, news_index):
    page = NewsPageFactory(parent=news_index)
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    response = client.get(page.url)
    assert_stays_on_site(response)
    assert response["Location"] == f"/_util/login/?next={page.url}"


@pytest.mark.parametrize(
    "path",
    ["//evil.example", "///evil.example", "/\\evil.example", "/sv//evil.example", "/%2F%2Fevil"],
)
def test_slash_and_language_redirects_keep_the_host(client, home, path):
    # Sent as the raw path: client.get() would read "//evil.example" as a host name.
    response = client.request(PATH_INFO=path, REQUEST_METHOD="GET")
    if response.status_code in {301, 302}:
        assert_stays_on_site(response)
    else:
        assert response.status_code in {400, 404}


@pytest.mark.parametrize("target", EVIL_TARGETS)
def test_sign_up_thanks_redirect_ignores_a_supplied_target(client, home, target):
    from tests.network.factories import (
        ContactCardFactory,
        NetworkIndexPageFactory,
        NetworkPageFactory,
    )

    network = NetworkPageFactory(
        parent=NetworkIndexPageFactory(parent=home),
        coordinator=ContactCardFactory(),
        signup_open=True,
    )
    data = {
        "name": "Testi Henkilö",
        "organisation": "Kyläyhdistys ry",
        "email": "testi@yhdistys.example",
        "region_or_type": "type:ngo",
        "consent": "on",
        "website": "",
        "next": target,
        "return_url": target,
    }
    response = client.post(f"{network.url}?next={target}", data)
    assert_stays_on_site(response)
    assert response["Location"] == network.url + "ilmoittautuminen/kiitos/"


@pytest.mark.parametrize("target", EVIL_TARGETS)
def test_feedback_thanks_redirect_ignores_a_supplied_target(client, home, target):
    page = AccessibilityStatementPage.objects.get()
    response = client.post(
        f"{page.url}?next={target}", {"message": "Hyvä sivu.", "website": "", "next": target}
    )
    assert_stays_on_site(response)
    assert response["Location"] == page.url + "kiitos/"


def test_keyword_redirect_goes_to_the_canonical_local_page(client, news_index):
    NewsPageFactory(parent=news_index, keywords=["järjestöt"])
    response = client.get("/asiasanat/JARJESTOT/", {"next": "//evil.example/"})
    assert_stays_on_site(response)
    assert response["Location"] == "/asiasanat/j%C3%A4rjest%C3%B6t/"


def test_search_never_redirects_whatever_it_is_given(client, home):
    for target in EVIL_TARGETS:
        response = client.get("/haku/", {"q": target, "next": target, "tag": target})
        assert response.status_code == 200
