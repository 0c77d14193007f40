import datetime

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.utils import timezone
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from news.models import NewsPage
from tests.factories import NewsPageFactory

pytestmark = pytest.mark.django_db


def test_news_page_shows_title_date_lead_body_and_keywords_as_tag_links(client, news_index):
    page = NewsPageFactory(
        parent=news_index,
        title="Lapin verkosto jatkaa",
        date=datetime.date(2021, 11, 2),
        lead="Verkosto jatkaa ensi vuonna.",
        body=[
            {"type": "heading", "value": "Kuusi tapaamista"},
            {"type": "paragraph", "value": "<p>Verkosto kokoontui <b>kuusi</b> kertaa.</p>"},
            {"type": "quote", "value": {"text": "Hyvä alku.", "attribution": "jäsen"}},
        ],
        keywords=["osallisuus", "Lappi"],
    )
    response = client.get(page.url)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.h1.get_text() == "Lapin verkosto jatkaa"
    assert soup.find("time")["datetime"] == "2021-11-02"
    assert "2.11.2021" in soup.find("time").get_text()
    assert "Verkosto jatkaa ensi vuonna." in soup.find(class_="lead").get_text()
    assert soup.find("h2", string="Kuusi tapaamista")
    assert soup.find("blockquote")
    tag_links = soup.select('a[rel="tag"]')
    assert sorted(a.get_text() for a in tag_links) == ["Lappi", "osallisuus"]
    assert {a["href"] for a in tag_links} == {"/asiasanat/lappi/", "/asiasanat/osallisuus/"}


def test_date_defaults_to_the_day_of_first_publication(news_index):
    page = NewsPageFactory(parent=news_index, date=None)
    page.refresh_from_db()
    assert page.date == timezone.localdate(page.first_published_at)


def test_date_defaults_to_the_helsinki_day_when_published_late_in_the_utc_evening(news_index):
    # 22.30 UTC on 30 November is 00.30 on 1 December in Helsinki.
    late = datetime.datetime(2026, 11, 30, 22, 30, tzinfo=datetime.UTC)
    page = NewsPageFactory(parent=news_index, date=None, first_published_at=late)
    page.refresh_from_db()
    assert page.first_published_at == late
    assert page.date == datetime.date(2026, 12, 1)


def test_unpublished_news_shows_the_helsinki_day_of_its_latest_draft(news_index):
    late = datetime.datetime(2026, 11, 30, 22, 30, tzinfo=datetime.UTC)
    page = NewsPageFactory(parent=news_index, date=None, live=False)
    page.latest_revision_created_at = late
    assert page.display_date == datetime.date(2026, 12, 1)


def test_header_image_requires_alt_text(news_index):
    image = Image.objects.create(title="kuva", file=get_test_image_file())
    page = NewsPage(title="Kuvallinen", slug="kuvallinen", lead="x", header_image=image)
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert "header_image_alt" in error.value.message_dict


def test_image_block_requires_alt_text_and_caption():
    from news.blocks import FigureBlock

    block = FigureBlock()
    image = Image.objects.create(title="kuva", file=get_test_image_file())
    with pytest.raises(ValidationError):
        block.clean(block.to_python({"image": image.pk, "alt_text": "", "caption": ""}))


def test_draft_news_is_not_served_to_visitors(client, news_index):
    page = NewsPageFactory(parent=news_index, live=False)
    assert client.get(f"/uutiset/{page.slug}/").status_code == 404


def test_network_page_lists_the_networks_latest_live_news(client, home, news_index):
    from tests.network.factories import NetworkIndexPageFactory, NetworkPageFactory

    network = NetworkPageFactory(
        parent=NetworkIndexPageFactory(parent=home), title="Lapin verkosto"
    )
    NewsPageFactory(parent=news_index, title="Verkoston uutinen", network=network)
    NewsPageFactory(parent=news_index, title="Verkoston luonnos", network=network, live=False)
    NewsPageFactory(parent=news_index, title="Muu uutinen")
    soup = BeautifulSoup(client.get(network.url).content, "html.parser")
    section = soup.find("section", attrs={"aria-labelledby": "network-news-title"})
    assert [a.get_text() for a in section.find_all("a")] == ["Verkoston uutinen"]
