"""A second page with a taken address gets a Finnish explanation on the visible title field."""

import pytest
from django.urls import reverse

from news.models import NewsPage
from sitewide.permissions import EDITORS_GROUP
from tests.factories import NewsPageFactory, UserFactory
from tests.news.test_moderation import news_form

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client, home):
    client.force_login(UserFactory(groups=[EDITORS_GROUP]))


def add_url(news_index) -> str:
    return reverse("wagtailadmin_pages:add", args=("news", "newspage", news_index.pk))


def test_a_slug_taken_by_an_abandoned_draft_is_explained_on_the_title(client, editor, news_index):
    NewsPageFactory(parent=news_index, live=False, title="X", slug="toimittajan-uutinen")
    response = client.post(add_url(news_index), {**news_form("X"), "action-submit": "1"})
    assert response.status_code == 200
    form = response.context["form"]
    assert "luonnos ”X”" in " ".join(form.errors["title"])
    assert "Muuta otsikkoa" in " ".join(form.errors["title"])
    assert form.errors["slug"] == [
        "Osoite ”toimittajan-uutinen” on jo toisen sivun käytössä tässä osiossa."
    ]
    html = response.content.decode()
    assert "already in use" not in html
    assert NewsPage.objects.filter(slug="toimittajan-uutinen").count() == 1


def test_a_slug_taken_by_a_published_page_says_so(client, editor, news_index):
    NewsPageFactory(parent=news_index, title="Vanha uutinen", slug="toimittajan-uutinen")
    response = client.post(add_url(news_index), {**news_form("Uusi"), "action-submit": "1"})
    assert "julkaistu sivu ”Vanha uutinen”" in " ".join(response.context["form"].errors["title"])


def test_a_free_slug_saves_without_title_errors(client, editor, news_index):
    response = client.post(add_url(news_index), {**news_form("Vapaa"), "action-submit": "1"})
    assert response.status_code == 302
    assert NewsPage.objects.filter(slug="toimittajan-uutinen").exists()
