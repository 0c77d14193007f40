"""Wagtail's database search backend on PostgreSQL, without a scan of the whole index per save
(sitewide/search_backend.py): the saved page gets the title norm a full refresh gives it, and
a save updates only its own entry."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.search.backends import get_search_backend

from news.models import NewsPage
from tests.factories import NewsPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def postgres(is_postgres):
    if not is_postgres:
        pytest.skip("the title norms are the PostgreSQL backend's")


def index_entry(page):
    from wagtail.search.models import IndexEntry

    return IndexEntry.objects.get(object_id=str(page.pk), title__isnull=False)


def test_a_save_gives_its_entry_the_norm_of_a_full_refresh_and_touches_no_other(
    postgres, news_index
):
    for title in ("Lyhyt", "Keskipitkä otsikko", "Verkoston kokous Lapissa keväällä"):
        NewsPageFactory(parent=news_index, title=title)
    page = NewsPageFactory(parent=news_index, title="Järjestöyhteistyön uusi malli")
    cache.clear()  # the average of the index as it is now, this page included
    with CaptureQueriesContext(connection) as queries:
        page.save_revision().publish()
    ours = index_entry(page).title_norm
    updates = [
        q["sql"] for q in queries if q["sql"].startswith('UPDATE "wagtailsearch_indexentry"')
    ]
    assert updates and all('"object_id" IN' in sql for sql in updates)

    # The average is kept: the next save reads no aggregate over the index.
    with CaptureQueriesContext(connection) as queries:
        page.save_revision().publish()
    assert not [q for q in queries if "AVG(" in q["sql"]]

    get_search_backend().get_index_for_model(NewsPage)._refresh_title_norms(full=True)
    assert ours == pytest.approx(index_entry(page).title_norm)
