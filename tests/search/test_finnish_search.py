"""PostgreSQL's `finnish` text search configuration unifies inflected forms."""

import pytest

from tests.factories import NewsPageFactory
from tests.search.test_search import result_titles

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


@pytest.fixture(autouse=True)
def _postgres_only(is_postgres):
    if not is_postgres:
        pytest.skip("Finnish stemming needs PostgreSQL (run with DATABASE_URL=postgres://...)")


def test_search_config_is_finnish():
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("select to_tsvector('finnish', 'hyvinvointialueiden')::text")
        assert cursor.fetchone()[0] == "'hyvinvointialue':1"


def test_inflected_form_in_text_is_found_by_another_form(client, news_index):
    NewsPageFactory(
        parent=news_index,
        title="Yhteistyö tiivistyy",
        lead="Työ jatkuu hyvinvointialueella ensi vuonna.",
    )
    NewsPageFactory(parent=news_index, title="Muu aihe", lead="Nuoret kokoontuivat.")
    assert result_titles(client.get("/haku/", {"q": "hyvinvointialueiden"})) == [
        "Yhteistyö tiivistyy"
    ]


def test_inflected_plural_in_body_is_found(client, news_index):
    NewsPageFactory(
        parent=news_index,
        title="Verkostot kokoontuvat",
        lead="Ajankohtaista.",
        body=[{"type": "paragraph", "value": "<p>Verkostojen tapaamiset jatkuvat.</p>"}],
    )
    assert result_titles(client.get("/haku/", {"q": "verkostot"})) == ["Verkostot kokoontuvat"]
