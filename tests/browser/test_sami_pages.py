"""In a real browser: the Lapland demo site switched to Northern Sámi shows the article in Sámi,
the language names in themselves, the interface in Finnish marked lang="fi", and passes axe."""

import os

import pytest
from playwright.sync_api import expect

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_a_visitor_switches_the_lapland_site_to_northern_sami(demo_site, page, axe):
    from home.demo_sami import ARTICLE, load_demo_sami

    load_demo_sami()
    page.goto("/uutiset/lapin-osallisuusverkosto-jatkaa-vuonna-2022/")
    switcher = page.get_by_role("navigation", name="Kieli")
    expect(switcher.get_by_role("link")).to_have_text(
        ["suomi", "svenska", "English", "davvisámegiella"]
    )
    switcher.get_by_role("link", name="davvisámegiella").click()

    expect(page.locator("html")).to_have_attribute("lang", "se")
    expect(page.locator("h1")).to_have_text(ARTICLE["title"])
    expect(page.locator("header.site-header")).to_have_attribute("lang", "fi")
    expect(page.locator("footer.site-footer")).to_have_attribute("lang", "fi")
    expect(page.locator("main p[lang=fi]").first).to_contain_text("Esimerkkiteksti")
    expect(page.locator(".article__date time")).to_have_text("2.11.2021")
    expect(switcher.get_by_role("link", name="davvisámegiella")).to_have_attribute(
        "aria-current", "true"
    )
    if os.environ.get("SAMI_SCREENSHOT"):
        page.screenshot(path=os.environ["SAMI_SCREENSHOT"], full_page=True)
    axe.assert_clean(page)

    # A language the site does not offer is a 404, not an empty page.
    response = page.goto("/smn/uutiset/")
    assert response.status == 404
