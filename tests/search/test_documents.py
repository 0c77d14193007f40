"""What the indexer writes about sites: the one site of an item as a column (its site's search
walks its own rows), none for a card on several sites; and the migration that fills it in."""

import importlib

import pytest
from django.apps import apps
from wagtail.models import Site

from search import analysis
from search.models import SearchDocument
from tests.factories import ContactCardFactory, NewsPageFactory

pytestmark = pytest.mark.django_db

migration = importlib.import_module("search.migrations.0005_site_rank_order")


@pytest.fixture(autouse=True)
def _voikko_is_installed():
    if not analysis.voikko_available():
        pytest.skip("libvoikko1 and voikko-fi are not installed (make setup-voikko)")


def document(obj, kind: str) -> SearchDocument:
    return SearchDocument.objects.get(kind=kind, object_id=obj.pk)


def test_a_news_item_and_a_card_of_one_site_name_their_site(news_index):
    site = Site.objects.get(is_default_site=True)
    assert document(NewsPageFactory(parent=news_index), "news").site_id == site.pk
    assert document(ContactCardFactory(), "expert").site_id == site.pk


def test_a_card_on_two_sites_names_none_and_carries_both_site_terms(news_index, other_site):
    card = ContactCardFactory(sites=Site.objects.all())
    row = document(card, "expert")
    assert row.site_id is None
    assert {f"site_{pk}" for pk in Site.objects.values_list("pk", flat=True)} <= set(
        row.head_terms.split()
    )


def test_the_migration_gives_rows_written_before_it_their_one_site(news_index, other_site):
    single = document(NewsPageFactory(parent=news_index), "news")
    shared = document(ContactCardFactory(sites=Site.objects.all()), "expert")
    SearchDocument.objects.update(site_id=None)  # as the rows of a database from before

    migration.fill_sites(apps, None)

    single.refresh_from_db()
    shared.refresh_from_db()
    assert single.site_id == Site.objects.get(is_default_site=True).pk
    assert shared.site_id is None
