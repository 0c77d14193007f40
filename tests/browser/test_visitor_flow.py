"""A visitor finds news by keyword and search, then an expert's contact details, with the mouse."""

import re
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import expect

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def longest_word(text: str) -> str:
    return max(re.findall(r"\w+", text), key=len)


def query_of(url: str) -> dict[str, list[str]]:
    return parse_qs(urlsplit(url).query)


def test_visitor_goes_from_home_via_news_keyword_and_search_to_results(demo_site, page):
    page.goto("/")
    page.get_by_role("navigation", name="Päävalikko").get_by_role("link", name="Uutiset").click()
    expect(page).to_have_url(re.compile(r"/uutiset/$"))
    expect(page.locator("h1")).to_have_text("Uutiset")

    first_card = page.locator(".news-card__title a").first
    title = first_card.inner_text()
    first_card.click()
    expect(page.locator("h1")).to_have_text(title)

    keyword_link = page.locator("article footer a[rel=tag]").first
    keyword = keyword_link.inner_text()
    keyword_link.click()
    expect(page).to_have_url(re.compile(r"/asiasanat/[^/]+/$"))
    expect(page.locator("h1")).to_have_text(keyword)
    # The article we came from is listed under its keyword.
    expect(page.locator(".news-card__title a", has_text=title)).to_be_visible()

    page.get_by_role("link", name=f"Hae asiasanalla {keyword} rajatuista uutisista").click()
    expect(page).to_have_url(re.compile(r"/haku/\?tag=[^&]+$"))
    tags = query_of(page.url)["tag"]

    word = longest_word(title)
    page.locator("#search-q").fill(word)
    page.locator("main form[role=search] button[type=submit]").click()

    # The keyword narrowing survives the text search through the form's hidden input.
    expect(page).to_have_url(re.compile(r"/haku/\?q="))
    assert query_of(page.url) == {"q": [word], "tag": tags}
    expect(page.locator(".filters .chips")).to_contain_text(keyword)
    expect(page.locator("#results-title")).to_have_text(re.compile(r"^\d+ tulos"))
    expect(page.locator(".search-hit__title a", has_text=title)).to_be_visible()


def test_visitor_asks_for_an_experts_email_and_downloads_the_vcard(demo_site, page):
    page.goto("/")
    nav = page.get_by_role("navigation", name="Päävalikko")
    nav.get_by_role("link", name="Asiantuntijat").click()
    expect(page.locator("h1")).to_have_text("Asiantuntijat")

    card_link = page.locator(".contact-card__name a").first
    name = card_link.inner_text()
    card_link.click()
    expect(page).to_have_url(re.compile(r"/asiantuntijat/kortti/[A-Za-z0-9_-]{16}/$"))
    expect(page.locator("h1")).to_have_text(name)

    # Harvesting bots read the served HTML: it must not hold the address in any form...
    served = page.request.get(page.url).text()
    assert "mailto:" not in served
    assert not re.search(r"[\w.+-]+@[\w-]+\.[\w.-]+", served)
    # ...while people get a working link when they ask, decoded by static/js/email.js.
    expect(page.locator("main a[href^='mailto:']")).to_have_count(0)
    page.get_by_role("button", name="Näytä sähköpostiosoite").click()
    email_link = page.locator("main a[href^='mailto:']")
    expect(email_link).to_have_count(1)
    expect(email_link).to_be_focused()
    address = email_link.inner_text()
    assert re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]+", address)
    expect(email_link).to_have_attribute("href", f"mailto:{address}")
    assert address not in served

    with page.expect_download() as download_info:
        page.get_by_role("button", name=re.compile(r"Tallenna yhteystiedot .*vCard")).click()
    download = download_info.value
    assert download.suggested_filename.endswith(".vcf")
    vcard = Path(download.path()).read_text(encoding="utf-8")
    assert vcard.startswith("BEGIN:VCARD")
    assert f"FN:{name}" in vcard
    assert address in vcard


def test_visitor_adds_an_event_to_their_calendar(demo_network, page):
    event = demo_network.event
    page.goto(event.url)
    expect(page.locator("h1")).to_have_text(event.title)

    with page.expect_download() as download_info:
        page.get_by_role("link", name=re.compile(r"Lisää kalenteriin")).click()
    download = download_info.value
    assert download.suggested_filename.endswith(".ics")
    ical = Path(download.path()).read_text(encoding="utf-8")
    assert ical.startswith("BEGIN:VCALENDAR")
    assert "BEGIN:VEVENT" in ical
    assert f"SUMMARY:{event.title}" in ical
