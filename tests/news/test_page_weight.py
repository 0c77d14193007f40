"""An article, with the CSS and JavaScript it loads, stays within the page-weight budget of
60 KB before compression (issue 7's goal; the failure message gives the measured weight)."""

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.contrib.staticfiles import finders
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from news.demo import load_demo_news
from news.models import NewsPage

pytestmark = pytest.mark.django_db

BUDGET_BYTES = 60 * 1024


def static_size(url: str) -> int:
    assert url.startswith(settings.STATIC_URL), url
    path = finders.find(url.removeprefix(settings.STATIC_URL).split("?")[0])
    assert path, url
    with open(path, "rb") as file:
        return len(file.read())


def test_demo_article_with_its_css_and_js_stays_within_the_60_kb_budget(client, home):
    load_demo_news(home)
    # The demo's longest article, with a header image and its contact cards.
    article = max(NewsPage.objects.all(), key=lambda page: len(str(page.body.raw_data)))
    article.header_image = Image.objects.create(title="kuva", file=get_test_image_file())
    article.header_image_alt = "Verkoston kokous"
    article.save_revision().publish()

    response = client.get(article.url)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assets = [link["href"] for link in soup.find_all("link", rel="stylesheet")] + [
        script["src"] for script in soup.find_all("script", src=True)
    ]
    assert assets, "the article loads no CSS or JS at all?"
    sizes = {url: static_size(url) for url in assets}
    weight = len(response.content) + sum(sizes.values())
    assert weight < BUDGET_BYTES, (
        f"the article weighs {weight / 1024:.1f} KB, over the {BUDGET_BYTES // 1024} KB budget: "
        f"{len(response.content)} bytes of HTML + {sizes}"
    )
