"""The keyword listing, edit, merge and delete in the admin, and who may do what."""

import pytest
from django.urls import reverse
from wagtail.models import ModelLogEntry
from wagtail.test.utils.form_data import rich_text

from keywords.models import Keyword, KeywordSynonym, RetiredKeywordSlug
from news.models import NewsPage
from tests.factories import ContactCardFactory, NewsPageFactory, UserFactory

pytestmark = pytest.mark.django_db

LIST_URL = reverse("wagtailsnippets_keywords_keyword:list")


def edit_url(keyword):
    return reverse("wagtailsnippets_keywords_keyword:edit", args=[keyword.pk])


def delete_url(keyword):
    return reverse("wagtailsnippets_keywords_keyword:delete", args=[keyword.pk])


@pytest.fixture
def editor(client, home):
    client.force_login(UserFactory(groups=["Editors"]))
    return client


@pytest.fixture
def moderator(client, home):
    client.force_login(UserFactory(groups=["Moderators"]))
    return client


def keyword_form(name, slug="", description=""):
    return {"name": name, "slug": slug, "description": rich_text(description)}


def test_listing_shows_usage_per_kind_in_finnish_order(editor, news_index):
    NewsPageFactory(parent=news_index, keywords=["Kainuu", "äänestys"])
    NewsPageFactory(parent=news_index, keywords=["Kainuu"], live=False)
    ContactCardFactory(keywords=["aluevaalit", "Kainuu"])
    response = editor.get(LIST_URL)
    assert response.status_code == 200
    rows = [(k.name, k.news_count, k.card_count) for k in response.context["object_list"]]
    assert rows == [("aluevaalit", 0, 1), ("Kainuu", 2, 1), ("äänestys", 1, 0)]
    # The name column sorts the Finnish way too, both directions.
    response = editor.get(LIST_URL, {"ordering": "-name"})
    assert [k.name for k in response.context["object_list"]] == ["äänestys", "Kainuu", "aluevaalit"]


def test_listing_search_finds_by_name_and_synonym(editor):
    keyword = Keyword.objects.create(name="sosiaali- ja terveyspalvelut")
    Keyword.objects.create(name="Lappi")
    KeywordSynonym.objects.create(keyword=keyword, name="sote")
    for query in ("terveys", "SOTE"):
        response = editor.get(LIST_URL, {"q": query})
        assert response.status_code == 200
        assert [k.name for k in response.context["object_list"]] == [keyword.name]


def test_editor_renames_and_old_url_redirects(editor, client, news_index):
    NewsPageFactory(parent=news_index, keywords=["webinaari"])
    keyword = Keyword.objects.get(name="webinaari")
    response = editor.post(edit_url(keyword), keyword_form("webinaarit", slug="webinaari"))
    assert response.status_code == 302
    keyword.refresh_from_db()
    assert (keyword.name, keyword.slug) == ("webinaarit", "webinaarit")
    assert RetiredKeywordSlug.objects.get(slug="webinaari").keyword == keyword
    assert ModelLogEntry.objects.filter(action="keywords.rename", object_id=str(keyword.pk))
    assert client.get("/asiasanat/webinaari/")["Location"] == "/asiasanat/webinaarit/"


def test_name_clash_is_a_friendly_error_offering_merge(editor):
    Keyword.objects.create(name="Lappi")
    other = Keyword.objects.create(name="Lapland")
    response = editor.post(edit_url(other), keyword_form("LAPPI", slug="lapland"))
    assert response.status_code == 200
    content = response.content.decode()
    assert "Asiasana ”Lappi” on jo olemassa" in content
    assert reverse("keywords_merge") in content
    response = editor.post(reverse("wagtailsnippets_keywords_keyword:add"), keyword_form("lappi"))
    assert response.status_code == 200
    assert "Asiasana ”Lappi” on jo olemassa" in response.content.decode()
    assert Keyword.objects.count() == 2


def test_editor_may_not_merge_or_delete(editor):
    keyword, other = Keyword.objects.create(name="Lappi"), Keyword.objects.create(name="Inari")
    # Wagtail answers a denied admin view with a redirect to the dashboard and a message.
    assert editor.get(reverse("keywords_merge"))["Location"] == "/admin/"
    editor.post(reverse("keywords_merge"), {"sources": [other.pk], "target": keyword.pk})
    assert editor.get(delete_url(keyword))["Location"] == "/admin/"
    editor.post(delete_url(keyword), {"confirm": "on"})
    assert Keyword.objects.filter(pk__in=[keyword.pk, other.pk]).count() == 2


def test_moderator_merges_in_the_form(moderator, news_index):
    page = NewsPageFactory(parent=news_index, keywords=["LAPPI!", "Lappi"])
    source, target = Keyword.objects.get(name="LAPPI!"), Keyword.objects.get(name="Lappi")
    response = moderator.get(reverse("keywords_merge"), {"source": source.pk})
    assert response.status_code == 200
    response = moderator.post(
        reverse("keywords_merge"), {"sources": [source.pk], "target": target.pk}
    )
    assert response.status_code == 302
    assert [k.name for k in NewsPage.objects.get(pk=page.pk).keywords.all()] == ["Lappi"]
    assert ModelLogEntry.objects.filter(action="keywords.merge", object_id=str(target.pk))


def test_bulk_merge_action_opens_the_merge_form_with_the_selection(moderator):
    first, second = Keyword.objects.create(name="a"), Keyword.objects.create(name="b")
    url = (
        reverse("wagtail_bulk_action", args=["keywords", "keyword", "merge"])
        + f"?id={first.pk}&id={second.pk}"
    )
    response = moderator.get(url)
    assert response.status_code == 302
    assert (
        response["Location"] == reverse("keywords_merge") + f"?source={first.pk}&source={second.pk}"
    )


def test_delete_shows_real_usage_and_needs_confirmation(moderator, client, news_index):
    NewsPageFactory(parent=news_index, keywords=["kylä"])
    NewsPageFactory(parent=news_index, keywords=["kylä"])
    keyword = Keyword.objects.get(name="kylä")
    response = moderator.get(delete_url(keyword))
    content = response.content.decode()
    assert "2 uutista" in content
    response = moderator.post(delete_url(keyword), {})
    assert response.status_code == 200
    assert Keyword.objects.filter(pk=keyword.pk).exists()
    response = moderator.post(delete_url(keyword), {"confirm": "on"})
    assert response.status_code == 302
    assert not Keyword.objects.filter(pk=keyword.pk).exists()
    assert client.get("/asiasanat/kylä/").status_code == 410


def test_delete_with_replacement_redirects(moderator, client, news_index):
    NewsPageFactory(parent=news_index, keywords=["kylä", "kylät"])
    keyword, replacement = Keyword.objects.get(name="kylät"), Keyword.objects.get(name="kylä")
    response = moderator.post(delete_url(keyword), {"replacement": replacement.pk})
    assert response.status_code == 302
    assert client.get("/asiasanat/kylät/")["Location"] == replacement.get_absolute_url()


def test_keyword_field_turns_a_synonym_into_its_keyword(editor, news_index):
    from keywords.forms import KeywordTagField

    keyword = Keyword.objects.create(name="sosiaali- ja terveyspalvelut")
    KeywordSynonym.objects.create(keyword=keyword, name="sote")
    Keyword.objects.create(name="Lappi")
    field = KeywordTagField(tag_model=Keyword)
    assert sorted(field.clean("sote, lappi, uusi sana, SOTE")) == [
        "Lappi",
        "sosiaali- ja terveyspalvelut",
        "uusi sana",
    ]
    # The page form uses it.
    form_class = NewsPage.get_edit_handler().get_form_class()
    assert isinstance(form_class.base_fields["keywords"], KeywordTagField)
