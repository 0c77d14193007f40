import datetime

import pytest
from bs4 import BeautifulSoup

from tests.factories import NewsPageFactory

pytestmark = pytest.mark.django_db


def titles(response) -> list[str]:
    soup = BeautifulSoup(response.content, "html.parser")
    return [h.get_text(strip=True) for h in soup.select(".news-card__title")]


def test_index_lists_newest_first_with_ties_broken_by_newest_id(client, news_index):
    same_day = datetime.date(2022, 5, 1)
    NewsPageFactory(parent=news_index, title="Vanha", date=datetime.date(2021, 1, 1))
    NewsPageFactory(parent=news_index, title="Sama päivä A", date=same_day)
    NewsPageFactory(parent=news_index, title="Sama päivä B", date=same_day)
    NewsPageFactory(parent=news_index, title="Uusin", date=datetime.date(2023, 1, 1))
    response = client.get(news_index.url)
    assert titles(response) == ["Uusin", "Sama päivä B", "Sama päivä A", "Vanha"]


def test_index_is_paginated_without_repeats(client, news_index):
    for n in range(23):
        NewsPageFactory(parent=news_index, title=f"Uutinen {n:02}", date=datetime.date(2022, 1, 1))
    seen = []
    for number in (1, 2, 3):
        response = client.get(news_index.url, {"page": number})
        assert response.status_code == 200
        seen += titles(response)
    assert len(seen) == 23 == len(set(seen))
    assert 'rel="next"' in client.get(news_index.url).content.decode()


def test_drafts_are_not_listed(client, news_index):
    NewsPageFactory(parent=news_index, title="Julkaistu")
    NewsPageFactory(parent=news_index, title="Luonnos", live=False)
    assert titles(client.get(news_index.url)) == ["Julkaistu"]


@pytest.mark.parametrize("value", ["abc", "0", "-1", "1.5", "９", "1" * 50, "%00", ""])
def test_odd_page_numbers_get_a_finnish_400_not_a_500(client, news_index, value):
    NewsPageFactory(parent=news_index)
    response = client.get(news_index.url, {"page": value})
    if value == "":
        assert response.status_code == 200
    else:
        assert response.status_code == 400
        assert "Sivunumeron pitää olla positiivinen kokonaisluku" in response.content.decode()


def test_page_past_the_end_is_a_finnish_404(client, news_index):
    NewsPageFactory(parent=news_index)
    response = client.get(news_index.url, {"page": "99"})
    assert response.status_code == 404
    assert "Sivua ei löytynyt" in response.content.decode()


def pagination_label(response) -> str:
    soup = BeautifulSoup(response.content, "html.parser")
    return soup.select_one('.pagination [aria-current="page"]').get_text(strip=True)


@pytest.fixture
def count_cap(monkeypatch):
    """A count cap of 20 items (two pages) instead of 1,000, so that a few items pass it."""
    monkeypatch.setattr("sitewide.pagination.COUNT_CAP", 20)
    return 20


def test_archive_below_the_count_cap_shows_its_exact_number_of_pages(client, news_index, count_cap):
    for n in range(count_cap):
        NewsPageFactory(parent=news_index, title=f"Uutinen {n:02}")
    assert pagination_label(client.get(news_index.url)) == "Sivu 1 / 2"


def test_archive_past_the_count_cap_says_over_and_still_pages_to_the_end(
    client, news_index, count_cap
):
    for n in range(count_cap + 5):
        NewsPageFactory(parent=news_index, title=f"Uutinen {n:02}", date=datetime.date(2022, 1, 1))
    first = client.get(news_index.url)
    # 21 of the 25 items counted: more than two pages, and how many more is not counted.
    assert pagination_label(first) == "Sivu 1 / yli 2"
    assert 'rel="next"' in first.content.decode()
    seen = titles(first)
    for number in (2, 3):
        response = client.get(news_index.url, {"page": number})
        assert response.status_code == 200
        seen += titles(response)
    # A page past the cap counts as far as it goes: the last page knows it is the last.
    assert pagination_label(response) == "Sivu 3 / 3"
    assert 'rel="next"' not in response.content.decode()
    assert len(seen) == count_cap + 5 == len(set(seen))
    missing = client.get(news_index.url, {"page": 4})
    assert missing.status_code == 404
    assert "Sivua ei löytynyt" in missing.content.decode()


def test_archives_capped_count_follows_a_publish_at_once(client, news_index, count_cap):
    for n in range(count_cap - 1):
        NewsPageFactory(parent=news_index, title=f"Uutinen {n:02}")
    assert pagination_label(client.get(news_index.url)) == "Sivu 1 / 2"
    NewsPageFactory(parent=news_index, title="Kahdeskymmenes")
    NewsPageFactory(parent=news_index, title="Kahdeskymmenesensimmäinen")
    assert pagination_label(client.get(news_index.url)) == "Sivu 1 / yli 2"
