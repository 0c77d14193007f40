"""The admin dashboard: a new news item, own drafts, the review queue and stale cards."""

import datetime

import pytest
from django.urls import reverse

from home.dashboard import EditorDashboardPanel
from sitewide.permissions import EDITORS_GROUP, MODERATORS_GROUP
from tests.factories import ContactCardFactory, NewsPageFactory, UserFactory

pytestmark = pytest.mark.django_db

DASHBOARD = "/admin/"


def dashboard(client, user) -> str:
    client.force_login(user)
    response = client.get(DASHBOARD)
    assert response.status_code == 200
    return " ".join(response.content.decode().split())


def test_editor_sees_the_shortcut_to_a_new_news_item(client, news_index):
    html = dashboard(client, UserFactory(groups=[EDITORS_GROUP]))
    add_url = reverse("wagtailadmin_pages:add", args=("news", "newspage", news_index.pk))
    assert "Toimituksen työpöytä" in html
    assert f'href="{add_url}"' in html and "Uusi uutinen" in html


def test_no_new_news_shortcut_without_a_news_section(client, home):
    html = dashboard(client, UserFactory(groups=[EDITORS_GROUP]))
    assert "Toimituksen työpöytä" in html
    assert "Uusi uutinen" not in html


def test_own_drafts_lists_the_users_unpublished_pages_only(client, news_index):
    editor = UserFactory(groups=[EDITORS_GROUP])
    other = UserFactory(groups=[EDITORS_GROUP])
    mine = NewsPageFactory(parent=news_index, live=False, title="Oma keskeneräinen")
    mine.save_revision(user=editor)
    theirs = NewsPageFactory(parent=news_index, live=False, title="Toisen keskeneräinen")
    theirs.save_revision(user=other)
    NewsPageFactory(parent=news_index, title="Julkaistu uutinen").save_revision(
        user=editor
    ).publish()

    html = dashboard(client, editor)
    assert "Omat luonnokset" in html
    assert "Oma keskeneräinen" in html
    assert reverse("wagtailadmin_pages:edit", args=[mine.pk]) in html
    assert "Toisen keskeneräinen" not in html
    assert "Julkaistu uutinen" not in html


def test_pages_submitted_for_moderation_await_review(client, news_index):
    editor = UserFactory(groups=[EDITORS_GROUP], first_name="Tiina", last_name="Toimittaja")
    page = NewsPageFactory(parent=news_index, live=False, title="Tarkastettava uutinen")
    page.save_revision(user=editor)
    page.get_workflow().start(page, editor)

    html = dashboard(client, UserFactory(groups=[MODERATORS_GROUP]))
    assert "Odottaa tarkastusta" in html
    assert "Tarkastettava uutinen" in html
    assert "lähetti Tiina Toimittaja" in html


def test_nothing_awaiting_review_says_so(client, news_index):
    html = dashboard(client, UserFactory(groups=[MODERATORS_GROUP]))
    assert "Mikään ei odota tarkastusta." in html


def test_stale_contact_cards_are_counted_and_linked(client, home):
    ContactCardFactory(name="Vanha Kortti", last_checked=datetime.date(2020, 5, 1))
    ContactCardFactory(name="Tuore Kortti")
    html = dashboard(client, UserFactory(groups=[EDITORS_GROUP]))
    assert "1 yhteystietokortti on ollut tarkistamatta yli vuoden." in html
    assert "Vanha Kortti" in html and "tarkistettu 1.5.2020" in html
    assert "Tuore Kortti" not in html
    assert reverse("wagtailsnippets_contacts_contactcard:list") + "?stale=true" in html


def test_panel_queries_do_not_grow_with_drafts_reviews_or_cards(
    rf, news_index, django_assert_max_num_queries
):
    editor = UserFactory(groups=[EDITORS_GROUP])
    request = rf.get(DASHBOARD)
    request.user = editor

    def add_rows(n: int):
        for i in range(n):
            page = NewsPageFactory(parent=news_index, live=False, title=f"Luonnos {i}")
            page.save_revision(user=editor)
            page.get_workflow().start(page, editor)
            ContactCardFactory(last_checked=datetime.date(2020, 1, 1 + i))

    def render() -> str:
        return EditorDashboardPanel().render_html({"request": request})

    add_rows(1)
    with django_assert_max_num_queries(50) as few:
        assert "Luonnos 0" in render()
    add_rows(4)
    with django_assert_max_num_queries(len(few.captured_queries)):
        html = render()
    assert "Luonnos 3" in html
