"""In a real browser: the mobile menu button, and a Swedish or English visitor who signs up to
a network stays in their language from the form to its errors and the thanks page."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PHONE = {"width": 390, "height": 844}


def main_menu(page):
    return page.get_by_role("navigation", name=re.compile("Päävalikko|Huvudmeny|Main menu"))


def test_on_a_phone_the_menu_folds_behind_an_accessible_button(demo_site, new_context):
    page = new_context().new_page()
    page.set_viewport_size(PHONE)
    page.goto(demo_site.news_index.url)
    button = page.get_by_role("button", name="Valikko")
    expect(button).to_be_visible()
    expect(button).to_have_attribute("aria-expanded", "false")
    expect(main_menu(page)).to_be_hidden()
    header = page.locator("header.site-header").bounding_box()
    assert header["height"] < 140, header  # was about 210 px with the whole menu open

    button.click()
    expect(button).to_have_attribute("aria-expanded", "true")
    expect(main_menu(page).get_by_role("link", name="Uutiset")).to_be_visible()
    expect(page.locator("header input[type=search]")).to_be_visible()

    main_menu(page).get_by_role("link", name="Uutiset").focus()
    page.keyboard.press("Escape")
    expect(button).to_have_attribute("aria-expanded", "false")
    expect(button).to_be_focused()
    expect(main_menu(page)).to_be_hidden()


def test_without_javascript_the_phone_menu_is_simply_open(demo_site, new_context):
    page = new_context(java_script_enabled=False).new_page()
    page.set_viewport_size(PHONE)
    page.goto(demo_site.news_index.url)
    expect(page.locator("button.menu-toggle")).to_be_hidden()
    expect(main_menu(page).get_by_role("link", name="Uutiset")).to_be_visible()


def test_on_a_wide_screen_the_menu_shows_without_a_button(demo_site, page):
    page.goto(demo_site.news_index.url)
    expect(page.locator("button.menu-toggle")).to_be_hidden()
    expect(main_menu(page).get_by_role("link", name="Uutiset")).to_be_visible()


@pytest.mark.parametrize(
    ("language", "submit", "errors", "thanks"),
    [
        ("sv", "Skicka anmälan", "Kontrollera uppgifterna", "Tack för din anmälan"),
        ("en", "Send", "Please check the form", "Thank you for signing up"),
    ],
)
def test_sign_up_keeps_the_visitors_language_to_the_end(
    demo_network, page, language, submit, errors, thanks
):
    url = f"/{language}{demo_network.network.url}"
    page.goto(url)
    expect(page.locator("html")).to_have_attribute("lang", language)
    form = page.locator(".signup-form")
    form.get_by_role("button", name=re.compile(submit)).click()

    expect(page.locator(".form-errors")).to_contain_text(errors)
    expect(page.locator("html")).to_have_attribute("lang", language)
    assert page.url.split("#")[0].endswith(url)

    page.locator("#signup-name").fill("Testi Henkilö")
    page.locator("#signup-organisation").fill("Tunturikylien yhteisö ry")
    page.locator("#signup-email").fill(f"testi.{language}@yhdistys.example")
    page.locator("#signup-region_or_type").select_option(index=1)
    page.locator("#signup-consent").check()
    form.get_by_role("button", name=re.compile(submit)).click()

    # The browser keeps the form's #ilmoittaudu fragment across the redirect.
    expect(page).to_have_url(re.compile(rf"/{language}/.*/ilmoittautuminen/kiitos/(#.*)?$"))
    expect(page.locator("h1")).to_have_text(thanks)
    expect(page.locator("html")).to_have_attribute("lang", language)
