"""Article and listing images are responsive renditions, and listings fetch them in bulk."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from tests.factories import NewsPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def images(db) -> list[Image]:
    # 1600 px wide, so that every width in the srcset is a real downscale.
    return [
        Image.objects.create(
            title=f"kuva {n}", file=get_test_image_file(f"kuva{n}.png", size=(1600, 900))
        )
        for n in range(3)
    ]


def figure_block(image: Image, alt: str) -> dict:
    return {"type": "image", "value": {"image": image.pk, "alt_text": alt, "caption": "Kuvateksti"}}


@pytest.fixture
def article(news_index, images):
    return NewsPageFactory(
        parent=news_index,
        title="Kuvallinen uutinen",
        header_image=images[0],
        header_image_alt="Verkoston kokous",
        body=[
            {"type": "paragraph", "value": "<p>Verkosto kokoontui.</p>"},
            figure_block(images[1], "Kartta alueista"),
        ],
    )


def img(soup: BeautifulSoup, alt: str):
    found = soup.find("img", alt=alt)
    assert found is not None, alt
    return found


def assert_responsive(image) -> None:
    candidates = [part.split()[-1] for part in image["srcset"].split(",")]
    assert candidates == ["400w", "800w", "1200w"]
    assert image["sizes"]
    assert int(image["width"]) > 0 and int(image["height"]) > 0
    assert image["decoding"] == "async"


def test_header_image_is_responsive_and_loads_at_once(client, article):
    soup = BeautifulSoup(client.get(article.url).content, "html.parser")
    header = img(soup, "Verkoston kokous")
    assert_responsive(header)
    assert header.get("loading") != "lazy"  # the first thing seen: the largest paint


def test_body_image_is_responsive_and_lazy(client, article):
    soup = BeautifulSoup(client.get(article.url).content, "html.parser")
    body = img(soup, "Kartta alueista")
    assert_responsive(body)
    assert body["loading"] == "lazy"


def test_news_cards_show_lazy_responsive_thumbnails(client, news_index, images):
    NewsPageFactory(parent=news_index, header_image=images[2], header_image_alt="Kuva")
    soup = BeautifulSoup(client.get(news_index.url).content, "html.parser")
    thumbnail = soup.select_one(".news-card img")
    assert [part.split()[-1] for part in thumbnail["srcset"].split(",")] == ["320w", "640w"]
    assert thumbnail["width"] == "320" and thumbnail["height"] == "180"
    assert thumbnail["loading"] == "lazy"
    assert thumbnail["alt"] == ""  # the card's title says it; screen readers skip the image


def queries_for(client, url: str) -> int:
    client.get(url)  # makes the renditions once
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_listing_of_20_items_with_images_takes_no_more_queries_than_of_2(
    client, news_index, images
):
    def add_news(count: int) -> None:
        for n in range(count):
            NewsPageFactory(
                parent=news_index,
                header_image=images[n % len(images)],
                header_image_alt="Kuva",
            )

    add_news(2)
    with_two = {url: queries_for(client, url) for url in ("/uutiset/", "/")}
    add_news(18)
    assert {url: queries_for(client, url) for url in with_two} == with_two


def test_article_with_more_body_images_takes_no_more_queries(client, news_index, images):
    def article_with(count: int, slug: str):
        return NewsPageFactory(
            parent=news_index,
            slug=slug,
            header_image=images[0],
            header_image_alt="Kuva",
            body=[figure_block(images[n % len(images)], f"Kuva {n}") for n in range(count)],
        )

    one = article_with(1, "yksi-kuva")
    six = article_with(6, "kuusi-kuvaa")
    assert queries_for(client, six.url) == queries_for(client, one.url)
