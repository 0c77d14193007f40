"""The keyword field ends a keyword on Enter and on comma also while suggestions are open."""

import pytest
from playwright.sync_api import expect

from keywords.models import Keyword
from tests.browser.test_editor_flow import bare_news_index, editor, log_in  # noqa: F401

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.mark.parametrize("key", [",", "Enter"])
def test_enter_and_comma_end_a_keyword_while_suggestions_are_open(
    bare_news_index,  # noqa: F811
    editor,  # noqa: F811
    page,
    key,
):
    Keyword.objects.create(name="osallisuus")
    Keyword.objects.create(name="osallisuusverkosto")
    page.set_default_timeout(60_000)  # the admin's editor page is heavy on a busy machine
    log_in(page, editor.username)
    page.goto(f"/admin/pages/add/news/newspage/{bare_news_index.pk}/")
    tag_input = page.locator("[data-controller=w-tag] + ul.tagit input[type=text]")

    tag_input.press_sequentially("OSALLISUUS", delay=30)
    # The suggestion list is open: this is when tag-it used to swallow the key.
    expect(page.locator("ul.ui-autocomplete").first).to_be_visible()
    tag_input.press(key)
    tag_input.press_sequentially("järjestöt", delay=30)
    tag_input.press("Enter")

    labels = page.locator("ul.tagit .tagit-label")
    expect(labels).to_have_text(["OSALLISUUS", "järjestöt"])
