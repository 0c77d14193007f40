"""A page's route is cached under the keys of the response that serves it (sitewide/routecache.py).

Each test first shows the cached route in use (Wagtail's routing not run), then that the change
an editor makes to the page, an ancestor or its privacy shows at once.
"""

import pytest
from wagtail.models import PageViewRestriction

from home.models import HomePage
from sitewide import routecache
from tests.factories import ContactCardFactory, NewsPageFactory
from tests.network.factories import NetworkIndexPageFactory, NetworkPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def routings(monkeypatch):
    """The paths routing started from the home page for (every page is below it)."""
    asked = []
    real = HomePage.route

    def counted(self, request, path_components):
        asked.append("/" + "".join(f"{part}/" for part in path_components))
        return real(self, request, path_components)

    monkeypatch.setattr(HomePage, "route", counted)
    return asked


def html_of(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def test_a_page_is_routed_once_then_served_from_the_cache(client, news_index, routings):
    article = NewsPageFactory(parent=news_index, title="Reititetty uutinen")
    assert "Reititetty uutinen" in html_of(client, article.url)
    assert routings == [article.url]
    assert "Reititetty uutinen" in html_of(client, article.url)
    assert routings == [article.url]


def test_each_path_and_language_has_its_own_route(client, news_index, routings):
    first = NewsPageFactory(parent=news_index, title="Ensimmäinen")
    second = NewsPageFactory(parent=news_index, title="Toinen")
    for _ in range(2):
        assert "<h1>Ensimmäinen</h1>" in html_of(client, first.url)
        assert "<h1>Toinen</h1>" in html_of(client, second.url)
        assert "<h1>Ensimmäinen</h1>" in html_of(client, "/sv" + first.url)
    assert sorted(routings) == sorted([first.url, second.url, first.url])


def test_a_published_change_shows_at_once(client, news_index):
    article = NewsPageFactory(parent=news_index, title="Vanha otsikko")
    assert "Vanha otsikko" in html_of(client, article.url)

    article.title = "Uusi otsikko"
    article.save_revision().publish()
    assert "Uusi otsikko" in html_of(client, article.url)


def test_a_page_saved_without_publishing_is_routed_again(client, news_index, routings):
    # An import or a script writes the row directly; the route must not keep the old one.
    article = NewsPageFactory(parent=news_index, title="Ennen tuontia")
    html_of(client, article.url)
    article.lead = "Tuonnin kirjoittama johdanto"
    article.save()
    assert "Tuonnin kirjoittama johdanto" in html_of(client, article.url)
    assert len(routings) == 2


def test_an_unpublished_page_is_gone_at_once(client, news_index):
    article = NewsPageFactory(parent=news_index)
    html_of(client, article.url)
    article.unpublish()
    assert client.get(article.url).status_code == 404


def test_a_renamed_parent_moves_its_pages_at_once(client, news_index):
    article = NewsPageFactory(parent=news_index, slug="siirtyva")
    old_url = article.url
    html_of(client, old_url)

    news_index.slug = "tiedotteet"
    news_index.save_revision().publish()
    assert client.get(old_url).status_code == 404
    assert "siirtyva" in html_of(client, "/tiedotteet/siirtyva/")


def test_a_password_on_the_parent_protects_a_page_served_before(client, news_index):
    article = NewsPageFactory(parent=news_index, title="Pian suojattu")
    assert "Pian suojattu" in html_of(client, article.url)

    PageViewRestriction.objects.create(
        page=news_index, restriction_type=PageViewRestriction.PASSWORD, password="salainen"
    )
    html = client.get(article.url).content.decode()
    assert "Pian suojattu" not in html
    assert 'name="password"' in html


def test_sub_routes_with_arguments_are_not_kept(rf, news_index):
    article = NewsPageFactory(parent=news_index)
    request = rf.get("/x/")
    route = routecache.RouteResult(article, args=(lambda request: None, ("token",), {}))
    routecache.remember_route(request, "/x/", route)
    assert routecache.cached_route(request, "/x/") is None

    routecache.remember_route(request, "/x/", routecache.RouteResult(article))
    assert routecache.cached_route(request, "/x/").page.pk == article.pk


def test_a_cached_page_is_a_fresh_copy_for_each_request(client, news_index):
    # What one request sets on the page while serving it must not show in the next.
    article = NewsPageFactory(parent=news_index)
    html_of(client, article.url)
    first = client.get(article.url).wsgi_request._wagtail_route_for_request.page
    first.title = "Muutettu muistissa"
    assert "Muutettu muistissa" not in html_of(client, article.url)


def test_an_article_is_not_routed_again_after_another_publish_but_is_after_its_image(
    client, news_index, routings
):
    from wagtail.images.models import Image
    from wagtail.images.tests.utils import get_test_image_file

    image = Image.objects.create(title="kuva", file=get_test_image_file("reitti.png"))
    article = NewsPageFactory(parent=news_index, header_image=image, header_image_alt="Kartta")
    html_of(client, article.url)
    NewsPageFactory(parent=news_index)  # another item: the related news, not the route
    html_of(client, article.url)
    assert routings == [article.url]

    image.focal_point_x, image.focal_point_y, image.focal_point_width = 10, 10, 5
    image.focal_point_height = 5
    image.save()  # routing loads the header image with the article
    html_of(client, article.url)
    assert routings == [article.url, article.url]


def test_a_network_page_is_not_routed_again_after_a_news_publish_but_is_after_its_coordinator(
    client, home, news_index, routings
):
    card = ContactCardFactory(name="Koordinaattori Ensimmäinen")
    network = NetworkPageFactory(parent=NetworkIndexPageFactory(parent=home), coordinator=card)
    assert "Koordinaattori Ensimmäinen" in html_of(client, network.url)
    NewsPageFactory(parent=news_index, title="Verkoston uusi tiedote", network=network)
    assert "Verkoston uusi tiedote" in html_of(client, network.url)
    assert routings == [network.url]

    card.name = "Koordinaattori Toinen"
    card.save_revision().publish()  # routing loads the coordinator's card with the page
    assert "Koordinaattori Toinen" in html_of(client, network.url)
    assert routings == [network.url, network.url]
