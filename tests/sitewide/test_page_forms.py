"""Every page type editors create explains a taken address in Finnish on the visible title field
(the news page's own flow through the admin: tests/news/test_slug_clash.py)."""

import pytest
from django.urls import reverse
from wagtail.blocks.base import BlockField
from wagtail.models import Page, get_page_models
from wagtail.test.utils.form_data import rich_text

from pages.models import StandardPage
from sitewide.page_forms import PageForm
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

PAGE_TYPES = [model for model in get_page_models() if model is not Page]
TAKEN = "yhteinen-osoite"


@pytest.fixture
def taken(home):
    home.add_child(instance=StandardPage(title="Vanha sivu", slug=TAKEN, body="<p>Teksti.</p>"))
    return home


def page_form(model, parent, title="Uusi sivu", slug=TAKEN):
    form_class = model.get_edit_handler().get_form_class()
    # Empty stream fields: a posted stream always says how many blocks it has.
    streams = {
        f"{name}-count": "0"
        for name, field in form_class.base_fields.items()
        if isinstance(field, BlockField)
    }
    return form_class(
        {"title": title, "slug": slug, **streams},
        instance=model(),
        parent_page=parent,
        for_user=UserFactory(is_superuser=True),
    )


def test_every_page_type_of_ours_is_covered():
    names = {model.__name__ for model in PAGE_TYPES}
    assert {"StandardPage", "NewsPage", "NetworkPage", "EventPage", "HomePage"} <= names


@pytest.mark.parametrize("model", PAGE_TYPES, ids=lambda model: model.__name__)
def test_a_taken_address_is_explained_in_finnish_for_every_page_type(model, taken):
    form = page_form(model, taken)

    assert isinstance(form, PageForm)
    assert not form.is_valid()
    assert form.errors["slug"] == [f"Osoite ”{TAKEN}” on jo toisen sivun käytössä tässä osiossa."]
    title_errors = " ".join(form.errors["title"])
    assert "julkaistu sivu ”Vanha sivu”" in title_errors
    assert "Muuta otsikkoa" in title_errors


@pytest.mark.parametrize("model", PAGE_TYPES, ids=lambda model: model.__name__)
def test_a_free_address_gives_no_title_error(model, taken):
    form = page_form(model, taken, slug="vapaa-osoite")

    form.is_valid()
    assert "slug" not in form.errors
    assert "title" not in form.errors


def test_the_admin_shows_the_finnish_explanation_for_a_standard_page(client, taken):
    client.force_login(UserFactory(is_superuser=True))
    url = reverse("wagtailadmin_pages:add", args=("pages", "standardpage", taken.pk))
    response = client.post(
        url, {"title": "Vanha sivu", "slug": TAKEN, "body": rich_text("<p>Toinen.</p>")}
    )

    assert response.status_code == 200
    html = response.content.decode()
    assert "julkaistu sivu ”Vanha sivu”" in html
    assert "already in use" not in html
    assert StandardPage.objects.filter(slug=TAKEN).count() == 1
