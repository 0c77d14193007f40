"""Two posts of the same new page (the editor's click while autosave creates it) never give a 500.

Both requests pass the form's slug check before either writes; the race is reproduced by letting
the other request's page appear between the check and the save, where a real autosave lands.
"""

import pytest
from django.urls import reverse

from news.models import NewsPage
from sitewide.page_forms import PageForm
from tests.factories import NewsPageFactory, UserFactory
from tests.news.test_moderation import news_form

pytestmark = pytest.mark.django_db

SLUG = "toimittajan-uutinen"  # what news_form posts


@pytest.fixture
def autosave_wins_the_race(monkeypatch, news_index):
    """The page the concurrent first post commits just after this post's form check passed."""
    winner = {}
    check = PageForm.is_valid

    def valid_then_overtaken(form):
        valid = check(form)
        if valid and "page" not in winner:
            winner["page"] = NewsPageFactory(
                parent=news_index, live=False, title="Sama uutinen", slug=SLUG
            )
        return valid

    monkeypatch.setattr(PageForm, "is_valid", valid_then_overtaken)
    return winner


@pytest.mark.parametrize("action", [{}, {"action-publish": "1"}], ids=["save", "publish"])
def test_a_second_post_of_a_page_autosave_just_created_is_a_form_error(
    client, news_index, autosave_wins_the_race, action
):
    client.force_login(UserFactory(is_superuser=True))
    url = reverse("wagtailadmin_pages:add", args=("news", "newspage", news_index.pk))

    response = client.post(url, {**news_form("Sama uutinen"), **action})

    assert response.status_code == 200
    form = response.context["form"]
    assert form.errors["slug"] == [f"Osoite ”{SLUG}” on jo toisen sivun käytössä tässä osiossa."]
    assert "luonnos ”Sama uutinen”" in " ".join(form.errors["title"])
    # The first post's page is kept; the losing post wrote nothing.
    assert list(NewsPage.objects.filter(slug=SLUG)) == [autosave_wins_the_race["page"].specific]
    assert NewsPage.objects.count() == 1


def test_without_the_race_the_same_post_creates_the_page(client, news_index):
    client.force_login(UserFactory(is_superuser=True))
    url = reverse("wagtailadmin_pages:add", args=("news", "newspage", news_index.pk))

    response = client.post(url, news_form("Sama uutinen"))

    assert response.status_code == 302
    assert NewsPage.objects.filter(slug=SLUG, title="Sama uutinen").exists()
