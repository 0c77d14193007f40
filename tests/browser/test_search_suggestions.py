"""Suggestions while typing: an ARIA APG combobox used with the keyboard alone, as a screen
reader sees it (roles, states, the active option, the announced count), passing axe."""

import pytest
from playwright.sync_api import expect

from tests.factories import NewsPageFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def articles(demo_site):
    for title in ("Osallisuusviikko alkaa", "Osallisuusfoorumin satoa"):
        NewsPageFactory(parent=demo_site.news_index, title=title, keywords=["osallisuustyö"])
    return demo_site


def test_combobox_is_announced_and_operated_with_the_keyboard(articles, page, axe):
    page.goto("/haku/")
    field = page.get_by_role("combobox", name="Hakusana")
    expect(field).to_have_attribute("aria-expanded", "false")
    expect(field).to_have_attribute("aria-autocomplete", "list")
    field.focus()
    page.keyboard.type("osallisuus", delay=20)

    listbox = page.get_by_role("listbox", name="Hakuehdotukset")
    expect(listbox).to_be_visible()
    expect(field).to_have_attribute("aria-expanded", "true")
    assert field.get_attribute("aria-controls") == listbox.get_attribute("id")
    options = listbox.get_by_role("option")
    expect(options.first).to_contain_text("Asiasana")  # keywords first, then titles
    expect(listbox).to_contain_text("Osallisuusviikko alkaa")
    expect(listbox).to_contain_text("Osallisuusfoorumin satoa")
    count = options.count()
    assert count >= 3
    expect(page.get_by_role("status").filter(has_text="ehdotusta")).to_have_text(
        f"{count} ehdotusta. Valitse nuolinäppäimillä."
    )

    # Focus stays in the field; the active option is named by aria-activedescendant.
    page.keyboard.press("ArrowDown")
    first = options.nth(0)
    expect(first).to_have_attribute("aria-selected", "true")
    expect(field).to_have_attribute("aria-activedescendant", first.get_attribute("id"))
    expect(field).to_be_focused()
    page.keyboard.press("ArrowDown")
    expect(options.nth(1)).to_have_attribute("aria-selected", "true")
    expect(first).to_have_attribute("aria-selected", "false")
    page.keyboard.press("ArrowUp")
    page.keyboard.press("ArrowUp")  # wraps to the last
    expect(options.nth(count - 1)).to_have_attribute("aria-selected", "true")
    axe.assert_clean(page)

    # Escape closes the list and keeps what was typed.
    page.keyboard.press("Escape")
    expect(listbox).to_be_hidden()
    expect(field).to_have_attribute("aria-expanded", "false")
    expect(field).to_have_value("osallisuus")

    # Enter on a chosen suggestion opens it.
    page.keyboard.press("ArrowDown")
    expect(listbox).to_be_visible()
    keyword = options.first.locator(".suggest__label").inner_text()
    page.keyboard.press("Enter")
    page.wait_for_url("**/asiasanat/**")
    expect(page.get_by_role("heading", level=1)).to_have_text(keyword)


def test_enter_without_a_chosen_suggestion_searches(articles, page):
    page.goto("/haku/")
    field = page.get_by_role("combobox", name="Hakusana")
    field.focus()
    page.keyboard.type("osallisuusviikko", delay=20)
    expect(page.get_by_role("listbox", name="Hakuehdotukset")).to_be_visible()
    page.keyboard.press("Enter")
    page.wait_for_url("**/haku/?q=osallisuusviikko*")
    expect(page.locator(".search-hit__title")).to_have_text(["Osallisuusviikko alkaa"])


def test_without_javascript_the_form_searches_as_before(articles, new_context):
    page = new_context(java_script_enabled=False).new_page()
    page.goto("/haku/")
    field = page.get_by_label("Hakusana")
    assert field.get_attribute("role") is None
    field.fill("osallisuusviikko")
    field.press("Enter")
    page.wait_for_url("**/haku/?q=osallisuusviikko*")
    expect(page.locator(".search-hit__title")).to_have_text(["Osallisuusviikko alkaa"])
