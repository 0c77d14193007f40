"""Page and collection passwords cannot be guessed without limit."""

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from tests.factories import NewsPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def limit(settings):
    settings.PASSWORD_RATE_LIMIT = 5
    return 5


def test_page_password_guesses_meet_a_friendly_429_even_with_the_right_one(
    client, news_index, limit
):
    page = NewsPageFactory(parent=news_index)
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="avaa-sivu"
    )
    url = reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, page.pk])
    # Under the limit the right password still opens the page.
    assert client.post(url, {"password": "avaa-sivu", "return_url": page.url}).status_code == 302
    for _ in range(limit - 1):
        assert client.post(url, {"password": "arvaus", "return_url": page.url}).status_code == 200
    response = client.post(url, {"password": "avaa-sivu", "return_url": page.url})
    assert response.status_code == 429
    assert "Liian monta yritystä" in response.content.decode()
    # Another client is not affected.
    other = client.post(
        url, {"password": "avaa-sivu", "return_url": page.url}, REMOTE_ADDR="198.51.100.9"
    )
    assert other.status_code == 302


def test_collection_password_guesses_meet_the_limit(client, home, limit):
    root = Collection.get_first_root_node()
    private = root.add_child(name="Jäsenille")
    restriction = CollectionViewRestriction.objects.create(
        collection=private,
        restriction_type=CollectionViewRestriction.PASSWORD,
        password="avaa-kansio",
    )
    document = get_document_model().objects.create(
        title="Jäsenlista", collection=private, file=ContentFile(b"nimi\n", name="lista.txt")
    )
    url = reverse("wagtaildocs_authenticate_with_password", args=[restriction.pk])
    form = {"return_url": document.url}
    for _ in range(limit):
        assert client.post(url, {**form, "password": "arvaus"}).status_code == 200
    assert client.post(url, {**form, "password": "avaa-kansio"}).status_code == 429
    assert client.get(document.url).status_code == 200  # the password form itself still shows
