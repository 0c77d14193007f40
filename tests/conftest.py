import pytest
from django.core.cache import cache

from home.site_setup import ensure_home_page
from tests.factories import NewsIndexPageFactory


@pytest.fixture(autouse=True)
def _clear_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def home(db):
    return ensure_home_page(hostname="testserver")


@pytest.fixture
def news_index(home):
    return NewsIndexPageFactory(parent=home, show_in_menus=True)


@pytest.fixture
def is_postgres():
    from django.db import connection

    return connection.vendor == "postgresql"
