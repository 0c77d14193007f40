"""The demo news get illustrations with alt text and a credit, once."""

import pytest

from news.demo import load_demo_news
from news.demo_images import CREDIT, ILLUSTRATIONS, ensure_demo_images
from news.models import NewsPage

pytestmark = pytest.mark.django_db


def test_demo_news_are_illustrated_once_with_alt_text_and_credit(home, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    load_demo_news(home)
    assert ensure_demo_images() == len(ILLUSTRATIONS)
    assert ensure_demo_images() == 0
    illustrated = NewsPage.objects.filter(header_image__isnull=False)
    assert {page.slug for page in illustrated} == set(ILLUSTRATIONS)
    for page in illustrated:
        assert page.header_image_alt == ILLUSTRATIONS[page.slug][0]
        assert page.header_image_credit == CREDIT
        assert (page.header_image.width, page.header_image.height) == (1600, 900)
