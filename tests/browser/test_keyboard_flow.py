"""The visitor flow with the keyboard alone (Tab, Shift+Tab, Enter, typing), never the mouse.

Every element the Tab key stops at must show where the focus is (an outline or a box-shadow).
"""

import re
from collections.abc import Callable
from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import expect

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

TAB_LIMIT = 80  # more stops than any page here has before what the test looks for

FOCUSED = """() => {
    const el = document.activeElement;
    const style = getComputedStyle(el);
    return {
        tag: el.tagName.toLowerCase(),
        id: el.id,
        classes: [...el.classList],
        parentClasses: el.parentElement ? [...el.parentElement.classList] : [],
        rel: el.getAttribute("rel") || "",
        href: el.getAttribute("href") || "",
        text: (el.innerText || el.value || "").trim().slice(0, 100),
        outline: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0,
        shadow: style.boxShadow !== "none",
    };
}"""


def focused(page) -> dict:
    return page.evaluate(FOCUSED)


def assert_focus_visible(element: dict) -> None:
    assert element["outline"] or element["shadow"], f"focus is not visible on {element}"


def tab_to(page, wanted: Callable[[dict], bool], *, backwards: bool = False) -> dict:
    """Tab (or Shift+Tab) until the focused element is the wanted one; each stop must show focus."""
    key = "Shift+Tab" if backwards else "Tab"
    seen = []
    for _ in range(TAB_LIMIT):
        page.keyboard.press(key)
        element = focused(page)
        if element["tag"] == "body":
            continue  # between the end of the page and the browser chrome
        assert_focus_visible(element)
        if wanted(element):
            return element
        seen.append(element["text"] or element["href"] or element["id"])
    raise AssertionError(f"{key} never reached the element; it stopped at: {seen}")


def skip_to_main(page) -> None:
    # Keys sent while a busy machine still loads the page can go astray; start from a loaded one.
    page.wait_for_load_state("load")
    page.keyboard.press("Tab")
    skip_link = focused(page)
    assert "skip-link" in skip_link["classes"], f"first Tab focused {skip_link}"
    assert skip_link["text"] == "Siirry pääsisältöön"
    assert_focus_visible(skip_link)
    page.keyboard.press("Enter")
    expect(page.locator("main")).to_be_focused()


def test_keyboard_user_reaches_news_keyword_and_search_results(demo_site, page):
    page.goto("/")
    skip_to_main(page)

    # The main navigation is above <main>: back up to it.
    tab_to(page, lambda el: el["text"] == "Uutiset", backwards=True)
    page.keyboard.press("Enter")
    expect(page.locator("h1")).to_have_text("Uutiset")

    skip_to_main(page)
    article = tab_to(page, lambda el: "news-card__title" in el["parentClasses"])
    page.keyboard.press("Enter")
    expect(page.locator("h1")).to_have_text(article["text"])

    skip_to_main(page)
    keyword = tab_to(page, lambda el: el["rel"] == "tag")
    page.keyboard.press("Enter")
    expect(page.locator("h1")).to_have_text(keyword["text"])

    skip_to_main(page)
    tab_to(page, lambda el: el["href"].startswith("/haku/?tag="))
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/haku/\?tag="))
    tags = parse_qs(urlsplit(page.url).query)["tag"]

    skip_to_main(page)
    tab_to(page, lambda el: el["id"] == "search-q")
    word = max(re.findall(r"\w+", article["text"]), key=len)
    page.keyboard.type(word)
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/haku/\?q="))
    # The keyword narrowing is kept by the search form's hidden input.
    assert parse_qs(urlsplit(page.url).query) == {"q": [word], "tag": tags}
    expect(page.locator(".filters .chips")).to_contain_text(keyword["text"])

    skip_to_main(page)
    tab_to(page, lambda el: el["text"] == article["text"])
    page.keyboard.press("Enter")
    expect(page.locator("h1")).to_have_text(article["text"])
