import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from wagtail.models import ModelLogEntry

from keywords import governance
from keywords.models import Keyword, KeywordSynonym
from news.models import NewsPage
from tests.factories import ContactCardFactory, NewsPageFactory

pytestmark = pytest.mark.django_db


def names(obj) -> list[str]:
    fresh = type(obj).objects.get(pk=obj.pk)  # not the instance's in-memory keyword cluster
    return sorted(keyword.name for keyword in fresh.keywords.all())


def test_merge_retags_everything_once_and_deletes_the_sources(news_index):
    both = NewsPageFactory(parent=news_index, keywords=["Lappi", "LAPPI!"])
    only_source = NewsPageFactory(parent=news_index, keywords=["LAPPI!"])
    card = ContactCardFactory(keywords=["LAPPI!"])
    target = Keyword.objects.get(name="Lappi")
    source = Keyword.objects.get(name="LAPPI!")

    moved = governance.merge_keywords([source], target)

    assert moved == 3
    assert names(both) == ["Lappi"]
    assert names(only_source) == ["Lappi"]
    assert names(card) == ["Lappi"]
    assert not Keyword.objects.filter(pk=source.pk).exists()
    # Typing the old name in the keyword field gives the target from now on.
    assert Keyword.objects.by_name_or_synonym("lappi!") == target


def test_merge_rewrites_drafts_so_publishing_does_not_bring_the_source_back(news_index):
    page = NewsPageFactory(parent=news_index, keywords=["kylä", "kylät"])
    page.title = "Luonnos"
    page.save_revision()
    governance.merge_keywords([Keyword.objects.get(name="kylät")], Keyword.objects.get(name="kylä"))
    page = NewsPage.objects.get(pk=page.pk)
    page.latest_revision.publish()
    assert names(page) == ["kylä"]


def test_merge_and_rename_are_in_the_audit_log(news_index, django_user_model):
    user = django_user_model.objects.create(username="moderaattori")
    NewsPageFactory(parent=news_index, keywords=["seutu", "seudut"])
    target = Keyword.objects.get(name="seutu")
    governance.merge_keywords([Keyword.objects.get(name="seudut")], target, user=user)
    governance.rename_keyword(target, "seudut ja kunnat", user=user)
    entries = ModelLogEntry.objects.filter(object_id=str(target.pk)).order_by("timestamp")
    assert [(entry.action, entry.user_id) for entry in entries] == [
        ("keywords.merge", user.pk),
        ("keywords.rename", user.pk),
    ]
    assert entries[0].data["source"] == "seudut"
    assert entries[1].data == {"old_name": "seutu", "new_name": "seudut ja kunnat"}


def test_merge_keywords_command(news_index, capsys):
    page = NewsPageFactory(parent=news_index, keywords=["sote", "SOTE-palvelut", "sote palvelu"])
    call_command("merge_keywords", "SOTE-palvelut", "sote palvelu", "--into", "sote")
    assert names(page) == ["sote"]
    assert "sote" in capsys.readouterr().out


def test_merge_keywords_command_names_an_unknown_keyword(news_index):
    Keyword.objects.create(name="sote")
    with pytest.raises(CommandError, match="ei-ole"):
        call_command("merge_keywords", "ei-ole", "--into", "sote")


def test_usage_counts_every_kind_drafts_included(news_index):
    NewsPageFactory(parent=news_index, keywords=["kylä"])
    NewsPageFactory(parent=news_index, keywords=["kylä"], live=False)
    ContactCardFactory(keywords=["kylä"])
    usage = governance.usage_of(Keyword.objects.get(name="kylä"))
    assert usage == {
        "news_count": 2,
        "card_count": 1,
        "network_count": 0,
        "event_count": 0,
        "usage_count": 3,
    }


def test_synonym_names_are_unique_case_insensitively():
    keyword = Keyword.objects.create(name="sote-uudistus")
    KeywordSynonym.objects.create(keyword=keyword, name="soteuudistus")
    from django.db import IntegrityError, transaction

    with pytest.raises(IntegrityError), transaction.atomic():
        KeywordSynonym.objects.create(keyword=keyword, name="SOTEuudistus")
