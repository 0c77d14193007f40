"""The shortcuts that keep news pages at a fixed, low number of queries (routing in one query
with view-restriction flags: sitewide.routing.route_to_live_child) still honour privacy.

tests/sitewide/test_query_counts.py measures every page type at 10 and 1,000 items.
"""

import pytest
from wagtail.models import PageViewRestriction

from tests.factories import NewsPageFactory

pytestmark = pytest.mark.django_db


def is_login_redirect(response) -> bool:
    return response.status_code == 302 and "/login" in response["Location"]


def test_login_restriction_on_the_news_section_still_guards_its_articles(client, news_index):
    article = NewsPageFactory(parent=news_index, title="Jäsenille")
    PageViewRestriction.objects.create(page=news_index, restriction_type="login")
    assert is_login_redirect(client.get(article.url))
    assert is_login_redirect(client.get(news_index.url))


def test_password_restriction_on_an_article_shows_the_password_form(client, news_index):
    article = NewsPageFactory(parent=news_index, lead="Salainen ingressi.")
    PageViewRestriction.objects.create(page=article, restriction_type="password", password="x1")
    response = client.get(article.url)
    assert response.status_code == 200
    assert "Salainen ingressi." not in response.content.decode()
    assert 'name="password"' in response.content.decode()


def test_alias_of_a_restricted_article_is_guarded_like_its_source(client, news_index):
    article = NewsPageFactory(parent=news_index, slug="alkuperainen")
    PageViewRestriction.objects.create(page=article, restriction_type="login")
    alias = article.create_alias(update_slug="alias")
    assert is_login_redirect(client.get(alias.url))


def test_draft_article_is_not_served_but_a_live_one_is(client, news_index):
    live = NewsPageFactory(parent=news_index, slug="julkaistu")
    NewsPageFactory(parent=news_index, slug="luonnos", live=False)
    assert client.get(live.url).status_code == 200
    assert client.get("/uutiset/luonnos/").status_code == 404
