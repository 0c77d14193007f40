import pytest
from django.db import IntegrityError

from keywords.models import Keyword, ascii_fold
from tests.factories import NewsPageFactory

pytestmark = pytest.mark.django_db


def test_slug_keeps_finnish_letters_and_folded_copy_is_ascii():
    keyword = Keyword.objects.create(name="Järjestöt")
    assert keyword.slug == "järjestöt"
    assert keyword.ascii_slug == "jarjestot"
    assert ascii_fold("Åland") == "aland"


def test_names_differing_only_in_case_cannot_both_exist():
    Keyword.objects.create(name="sote")
    with pytest.raises(IntegrityError):
        Keyword.objects.create(name="Sote", slug="sote-2")


def test_tagging_with_other_case_reuses_the_existing_keyword(news_index):
    first = NewsPageFactory(parent=news_index, keywords=["Sote"])
    second = NewsPageFactory(parent=news_index, keywords=["sote"])
    assert Keyword.objects.filter(name__iexact="sote").count() == 1
    assert list(first.keywords.all()) == list(second.keywords.all())


def test_url_slug_lookup_accepts_canonical_and_ascii_folded_forms():
    keyword = Keyword.objects.create(name="sote-järjestöjen verkosto")
    assert keyword.slug == "sote-järjestöjen-verkosto"
    assert Keyword.objects.by_url_slug("sote-järjestöjen-verkosto") == keyword
    assert Keyword.objects.by_url_slug("sote-jarjestojen-verkosto") == keyword
    assert Keyword.objects.by_url_slug("ei-ole") is None


def test_whitespace_in_names_is_collapsed():
    keyword = Keyword.objects.create(name="  kokemus   toiminta ")
    assert keyword.name == "kokemus toiminta"
