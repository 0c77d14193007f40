"""The page explorer chooses a page of ids first and annotates only those
(sitewide.page_explorer): the same rows in the same order as Wagtail's own listing, and no
per-row annotation evaluated for the rows an OFFSET skips."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from news.models import NewsPage
from tests.factories import NewsPageFactory, UserFactory

pytestmark = pytest.mark.django_db

PER_PAGE = 50  # Wagtail's explorer listing


@pytest.fixture
def editor_client(client):
    client.force_login(UserFactory(is_superuser=True))
    return client


def listed_ids(response) -> list[int]:
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    return [int(row["data-object-id"]) for row in soup.select("[data-object-id]")]


@pytest.mark.parametrize("ordering", ["title", "-latest_revision_created_at"])
def test_a_later_page_lists_the_rows_wagtail_orders_there(editor_client, news_index, ordering):
    for number in range(PER_PAGE + 12):
        NewsPageFactory(parent=news_index, title=f"Uutinen {(number * 37) % 100:02}")
    url = reverse("wagtailadmin_explore", args=(news_index.pk,))
    order = {
        "title": ["title", "path"],
        "-latest_revision_created_at": ["-latest_revision_created_at", "path"],
    }[ordering]
    expected = list(
        NewsPage.objects.child_of(news_index).order_by(*order).values_list("pk", flat=True)
    )
    first = listed_ids(editor_client.get(url, {"ordering": ordering}))
    second = listed_ids(editor_client.get(url, {"ordering": ordering, "p": 2}))
    assert len(first) == PER_PAGE and len(second) == 12
    assert set(first + second) == set(expected)
    if ordering != "-latest_revision_created_at":  # ties of the same second order freely
        assert first + second == expected


def test_the_annotations_are_read_for_the_rows_of_the_page_only(editor_client, news_index):
    for _ in range(PER_PAGE + 5):
        NewsPageFactory(parent=news_index)
    url = reverse("wagtailadmin_explore", args=(news_index.pk,))
    editor_client.get(url, {"p": 2})
    with CaptureQueriesContext(connection) as captured:
        shown = listed_ids(editor_client.get(url, {"p": 2}))
    assert len(shown) == 5
    annotated = [q["sql"] for q in captured.captured_queries if '"_is_site_root"' in q["sql"]]
    assert annotated, "the listing's annotated query was not found"
    for sql in annotated:
        assert "OFFSET" not in sql.upper()
        assert all(str(pk) in sql for pk in shown)
