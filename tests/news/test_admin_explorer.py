"""The admin's page explorer of the news index makes the same number of queries whatever the
number of news items under it (the bench's admin targets time it at 100,000: bench/admin.py)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from sitewide.permissions import MODERATORS_GROUP
from tests.factories import NewsPageFactory, UserFactory

pytestmark = pytest.mark.django_db

PER_PAGE = 50  # Wagtail's explorer listing


def explorer_queries(client, news_index, page: int = 1) -> int:
    url = reverse("wagtailadmin_explore", args=(news_index.pk,))
    params = {"p": page} if page > 1 else {}
    client.get(url, params)  # the first request fills per-process caches
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, params)
    assert response.status_code == 200
    return len(queries.captured_queries)


def test_explorer_queries_do_not_grow_with_the_number_of_news_items(
    client, news_index, django_assert_max_num_queries
):
    client.force_login(UserFactory(groups=[MODERATORS_GROUP]))
    for _ in range(3):
        NewsPageFactory(parent=news_index)
    few = explorer_queries(client, news_index)
    # A full first page and a second one: the rows of a page cost no queries of their own.
    for _ in range(PER_PAGE + 5 - 3):
        NewsPageFactory(parent=news_index)
    url = reverse("wagtailadmin_explore", args=(news_index.pk,))
    client.get(url)
    with django_assert_max_num_queries(few):
        response = client.get(url)
    assert response.content.decode().count('data-object-id="') >= PER_PAGE
    with django_assert_max_num_queries(few):
        second = client.get(url, {"p": 2})
    assert second.status_code == 200
