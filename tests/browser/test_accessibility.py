"""axe-core's WCAG 2.1 A and AA rules, and the page skeleton, on every public page type."""

from collections.abc import Callable
from dataclasses import dataclass

import pytest
from playwright.sync_api import expect

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def keyword_url(name: str) -> str:
    from keywords.models import Keyword

    return Keyword.objects.get(name=name).get_absolute_url()


def keyword_slug(name: str) -> str:
    from keywords.models import Keyword

    return Keyword.objects.get(name=name).slug


def news_url(slug: str) -> str:
    from news.models import NewsPage

    return NewsPage.objects.get(slug=slug).url


def card_url(name: str) -> str:
    from contacts.models import ContactCard

    return ContactCard.objects.get(name=name).get_absolute_url()


def accessibility_statement_url(site) -> str:
    from pages.models import AccessibilityStatementPage

    return AccessibilityStatementPage.objects.child_of(site.home).get().url


def submit_empty_signup_form(page) -> None:
    page.locator(".signup-form button[type=submit]").click()
    expect(page.locator(".form-errors")).to_be_visible()


def submit_empty_feedback_form(page) -> None:
    page.locator(".feedback form button[type=submit]").click()
    expect(page.locator(".error-summary")).to_be_visible()


@dataclass
class PublicPage:
    url: Callable[[object], str]  # given the demo content (site or network), the page's URL
    status: int = 200
    network: bool = False  # needs the network app's pages
    then: Callable | None = None  # something the visitor does before the check


PAGES = {
    "home": PublicPage(lambda site: "/"),
    "news-index": PublicPage(lambda site: site.news_index.url),
    # The seed article with a "Lisätietoja" contact card, quote and keywords.
    "news-page": PublicPage(lambda site: news_url("lapin-osallisuusverkosto-jatkaa-vuonna-2022")),
    "keyword": PublicPage(lambda site: keyword_url("Lappi")),
    "keyword-index": PublicPage(lambda site: "/asiasanat/"),
    "search-query": PublicPage(lambda site: "/haku/?q=osallisuus"),
    "search-tag": PublicPage(lambda site: f"/haku/?tag={keyword_slug('järjestöt')}"),
    "search-empty": PublicPage(lambda site: "/haku/"),
    "directory": PublicPage(lambda site: site.directory.url),
    "directory-filtered": PublicPage(
        lambda site: f"{site.directory.url}?alue=rovaniemi&asiasana={keyword_slug('Lappi')}"
    ),
    "contact-card": PublicPage(lambda site: card_url("Marjut Hiltunen")),
    "privacy-notice": PublicPage(lambda site: site.privacy.url),
    "accessibility-statement": PublicPage(accessibility_statement_url),
    "accessibility-feedback-errors": PublicPage(
        accessibility_statement_url, then=submit_empty_feedback_form
    ),
    "not-found-404": PublicPage(lambda site: "/ei-tallaista-sivua/", status=404),
    "bad-request-400": PublicPage(lambda site: f"{site.news_index.url}?page=abc", status=400),
    "network-index": PublicPage(lambda net: net.network.get_parent().url, network=True),
    "network-page": PublicPage(lambda net: net.network.url, network=True),
    "network-signup-errors": PublicPage(
        lambda net: net.network.url, network=True, then=submit_empty_signup_form
    ),
    "event-index": PublicPage(lambda net: net.event_index.url, network=True),
    "event-page": PublicPage(lambda net: net.event.url, network=True),
}

# Known template bugs (see the report); strict, so each turns red once fixed.
XFAIL: dict[str, str] = {}


def page_params() -> list:
    return [
        pytest.param(
            name,
            id=name,
            marks=[pytest.mark.xfail(strict=True, reason=XFAIL[name])] if name in XFAIL else [],
        )
        for name in PAGES
    ]


@pytest.mark.parametrize("name", page_params())
def test_public_page_passes_axe_and_has_an_accessible_skeleton(name, demo_site, request, page, axe):
    spec = PAGES[name]
    content = request.getfixturevalue("demo_network") if spec.network else demo_site
    response = page.goto(spec.url(content))
    assert response.status == spec.status
    if spec.then:
        spec.then(page)

    assert page.locator("html").get_attribute("lang") == "fi"
    expect(page.locator("h1")).to_have_count(1)
    expect(page.locator("main")).to_have_count(1)
    skip_link = page.locator("a.skip-link")
    expect(skip_link).to_have_count(1)
    target = skip_link.get_attribute("href")
    assert target.startswith("#")
    expect(page.locator(f"[id='{target[1:]}']")).to_have_count(1)

    axe.assert_clean(page)


def test_axe_check_reports_what_it_finds(page, axe):
    # Guards the harness itself: a clean result must mean axe ran, not that it was never there.
    page.set_content(
        '<html lang="fi"><head><title>Testi</title></head>'
        '<body><main><h1>Testi</h1><img src="x.png"></main></body></html>'
    )
    violations = axe.run(page)
    assert [violation["id"] for violation in violations] == ["image-alt"]
    with pytest.raises(AssertionError, match=r"image-alt \[critical\].*\n.*at img"):
        axe.assert_clean(page)
