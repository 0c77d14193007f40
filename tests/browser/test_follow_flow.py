"""A visitor follows a keyword, confirms from the mail, gets a moderator's news, leaves in one
click; over a real SMTP server."""

import re

import pytest
from playwright.sync_api import expect

from sitewide.permissions import MODERATORS_GROUP
from tests.factories import KeywordFactory, NewsIndexPageFactory, NewsPageFactory, UserFactory
from tests.subscriptions import conftest as subscription_fixtures

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PASSWORD = "salasana-testi-123"  # what UserFactory sets
VISITOR = "maija.meikalainen@example.invalid"
# The real SMTP server and the in-process worker of the subscriptions' tests.
smtp = subscription_fixtures.smtp
run_worker = subscription_fixtures.run_worker


def link_in(mail, part: str) -> str:
    return next(u for u in re.findall(r"https?://\S+", mail.part("text/plain")) if part in u)


def test_follow_confirm_receive_and_unsubscribe_in_one_click(
    site_root,
    smtp,
    run_worker,
    page,
    new_context,
    live_server,
    settings,
):
    settings.WAGTAILADMIN_BASE_URL = live_server.url
    keyword = KeywordFactory(name="kokemustoiminta")
    index = NewsIndexPageFactory(parent=site_root)
    NewsPageFactory(parent=index, keywords=[keyword], title="Vanha uutinen")
    draft = NewsPageFactory(
        parent=index, keywords=[keyword], title="Kokemustoimijat koolle", live=False
    )
    moderator = UserFactory(username="moderaattori", groups=[MODERATORS_GROUP])

    page.goto(f"/asiasanat/{keyword.slug}/")
    page.get_by_role("link", name="Seuraa sähköpostilla").click()
    expect(page.locator("h1")).to_have_text("Seuraa sähköpostilla")
    page.get_by_label("Sähköposti", exact=True).fill(VISITOR)
    page.get_by_label("Heti").check()
    page.locator("#follow-consent").check()
    page.get_by_role("button", name="Tilaa").click()
    expect(page.locator("h1")).to_have_text("Vahvista tilaus sähköpostista")

    [confirmation] = smtp.inbox.to(VISITOR)
    page.goto(link_in(confirmation, "/vahvista/"))
    page.get_by_role("button", name="Vahvista tilaus").click()
    expect(page.locator("h1")).to_have_text("Tilauksesi")
    expect(page.get_by_label("kokemustoiminta")).to_be_checked()

    editor = new_context().new_page()
    editor.goto("/admin/login/")
    editor.locator("[name=username]").fill(moderator.username)
    editor.locator("[name=password]").fill(PASSWORD)
    editor.locator("form [type=submit]").first.click()
    expect(editor).to_have_url(re.compile(r"/admin/$"))
    editor.goto(f"/admin/pages/{draft.pk}/edit/")
    editor.locator("footer .w-dropdown__toggle").click()
    publish = editor.locator("button[name=action-publish][value=action-publish]")
    expect(publish).to_contain_text("ilmoitus 1 seuraajalle")
    publish.click()
    expect(editor.locator(".messages .success")).to_be_visible()

    run_worker()
    [item] = smtp.inbox.to(VISITOR)[1:]
    assert item.message["Subject"] == "Kokemustoimijat koolle"
    page.goto(link_in(item, "/uutiset/"))
    expect(page.locator("h1")).to_have_text("Kokemustoimijat koolle")

    # The mail client's one-click unsubscribe: a POST to the List-Unsubscribe address.
    unsubscribe = str(item.message["List-Unsubscribe"]).strip().strip("<>")
    response = page.request.post(unsubscribe, form={"List-Unsubscribe": "One-Click"})
    assert response.ok
    NewsPageFactory(parent=index, keywords=[keyword], title="Ei enää lähetetä")
    run_worker()
    assert len(smtp.inbox.to(VISITOR)) == 2
