"""An editor writes, previews and publishes a news item in the Wagtail admin; visitors see it."""

import re

import pytest
from playwright.sync_api import expect

from tests.factories import ContactCardFactory, UserFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PASSWORD = "salasana-testi-123"  # what UserFactory sets
TITLE = "Selkokielinen esite valmistui"
LEAD = "Osallisuusverkosto julkaisi selkokielisen esitteen hyvinvointialueen palveluista."
BODY = "Esitettä saa verkoston koordinaattorilta."
NEW_KEYWORD = "selkokieli"  # not in the demo, so its keyword page lists only this item


@pytest.fixture
def editor(site_root):
    return UserFactory(username="toimittaja", is_superuser=True)


@pytest.fixture
def expert(demo_site):
    return ContactCardFactory(name="Selja Selkonen", job_title="Selkokieliasiantuntija")


@pytest.fixture
def bare_news_index(site_root):
    from news.demo import ensure_news_index

    return ensure_news_index(site_root)


def log_in(page, username: str) -> None:
    page.goto("/admin/login/")
    page.locator("[name=username]").fill(username)
    page.locator("[name=password]").fill(PASSWORD)
    page.locator("form [type=submit]").first.click()
    expect(page).to_have_url(re.compile(r"/admin/$"))


def start_news_item(page, news_index) -> None:
    page.goto(f"/admin/pages/add/news/newspage/{news_index.pk}/")
    title = page.locator("#id_title")
    title.fill(TITLE)
    title.press("End")  # the admin makes the slug from the title on key and blur events
    page.locator("[name=lead]").fill(LEAD)
    expect(page.locator("#id_slug")).to_have_value("selkokielinen-esite-valmistui")


def add_keyword(page, name: str) -> None:
    # Wagtail's tag widget (tag-it) hides the real input; type into the one it adds.
    tag_input = page.locator("[data-controller=w-tag] + ul.tagit input[type=text]")
    tag_input.fill(name)
    tag_input.press("Enter")
    expect(page.locator("ul.tagit .tagit-label", has_text=name)).to_be_visible()


def add_paragraph(page, text: str) -> None:
    page.locator("#body-root .c-sf-add-button").first.click()
    page.get_by_role("option", name="Kappale").click()
    editor = page.locator("#body-root [contenteditable=true]").first
    editor.click()
    editor.type(text)


def attach_contact_card(page, name: str) -> None:
    page.locator("#id_contact_links-ADD").click()
    page.locator("#id_contact_links-FORMS [data-chooser-action-choose]").first.click()
    modal = page.locator(".modal-dialog")
    # The chooser lists cards ten at a time; its search finds the one wanted.
    modal.locator("[name=q]").fill(name)
    modal.get_by_role("link", name=name).click()
    expect(modal).to_be_hidden()
    expect(page.locator("#id_contact_links-FORMS")).to_contain_text(name)


AUTOSAVE_STATE = "data-w-autosave-state-value"


def wait_until_autosaved(page) -> None:
    # The first autosave creates the page and points the form at its edit address; a click while
    # it runs posts the add form a second time, which the admin answers with a slug-clash error
    # (tests/sitewide/test_page_create.py).
    expect(page.locator("#w-autosave-indicator")).to_have_attribute(AUTOSAVE_STATE, "saved")


def save_draft(page) -> None:
    expect(page.locator("#w-autosave-indicator")).not_to_have_attribute(AUTOSAVE_STATE, "saving")
    # Waits for the saved page's own document: autosave may already have put the edit address in
    # the address bar, and a preview opened from the old document posts the old form's data.
    with page.expect_navigation():
        page.locator("footer button.action-save").click()
    expect(page).to_have_url(re.compile(r"/admin/pages/\d+/edit/$"))
    expect(page.locator(".messages .success")).to_be_visible()


def open_preview(page):
    """Opens the preview panel; returns the preview as the server rendered it.

    Fetched again with the editor's session: when a frame is refused, Chromium hands its own
    error page to the test instead of what the server sent.
    """
    with page.expect_request(lambda r: "/preview/" in r.url and r.method == "GET") as preview_info:
        page.locator("[data-side-panel-toggle=preview]").click()
    return page.request.get(preview_info.value.url)


def test_editor_publishes_news_that_visitors_then_find_by_keyword(
    demo_site, editor, expert, page, new_context
):
    log_in(page, editor.username)
    start_news_item(page, demo_site.news_index)
    add_keyword(page, NEW_KEYWORD)
    add_keyword(page, "Lappi")
    add_paragraph(page, BODY)
    attach_contact_card(page, expert.name)

    wait_until_autosaved(page)
    save_draft(page)
    # The preview is the site's own page, shown in the admin's frame (which the public pages'
    # frame-ancestors policy must not refuse).
    preview = open_preview(page)
    assert preview.status == 200
    assert expert.name in preview.text()
    expect(page.frame_locator("#w-preview-iframe").locator("h1")).to_have_text(TITLE)

    page.locator("footer .w-dropdown__toggle").click()
    page.locator("button[name=action-publish][value=action-publish]").click()
    expect(page.locator(".messages .success")).to_be_visible()

    visitor = new_context().new_page()
    visitor.goto(demo_site.news_index.url)
    item = visitor.locator(".news-card", has_text=TITLE)
    expect(item).to_be_visible()
    item.get_by_role("link", name=TITLE).click()
    expect(visitor.locator("h1")).to_have_text(TITLE)
    expect(visitor.locator(".article__body")).to_contain_text(BODY)
    expect(visitor.locator(".more-info")).to_contain_text(expert.name)

    visitor.locator("a[rel=tag]", has_text=NEW_KEYWORD).click()
    expect(visitor.locator("h1")).to_have_text(NEW_KEYWORD)
    expect(visitor.locator(".news-card__title a")).to_have_text([TITLE])


def test_preview_of_a_never_saved_news_item_renders(bare_news_index, editor, page, settings):
    # Wagtail's autosave would create the page within half a second; without it the preview is of
    # a page with no pk, which once made the related news query a server error.
    settings.WAGTAIL_AUTOSAVE_INTERVAL = 0
    log_in(page, editor.username)
    start_news_item(page, bare_news_index)
    preview = open_preview(page)
    assert preview.status == 200
    assert f"<h1>{TITLE}</h1>" in preview.text()


def test_abandoned_draft_shows_on_the_dashboard_and_its_title_clash_is_explained(
    bare_news_index, editor, page
):
    log_in(page, editor.username)
    page.get_by_role("link", name="Uusi uutinen").click()
    start_news_item(page, bare_news_index)
    save_draft(page)  # autosave would do the same within half a second

    # The editor walks away; the draft waits on the dashboard.
    page.goto("/admin/")
    drafts = page.locator("#osallisuus-tyopoyta-section")
    expect(drafts).to_contain_text("Omat luonnokset")
    expect(drafts.get_by_role("link", name=TITLE)).to_be_visible()

    # A second attempt with the same title: the reason shows in Finnish on the title itself.
    page.get_by_role("link", name="Uusi uutinen").click()
    start_news_item(page, bare_news_index)
    page.locator("footer button.action-save").click()
    error = page.locator(".w-field:has(#id_title) .error-message")
    expect(error).to_be_visible()
    expect(error).to_contain_text(f"luonnos ”{TITLE}”")
    expect(page.locator("body")).not_to_contain_text("already in use")
