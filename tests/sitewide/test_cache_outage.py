"""With Redis down the site keeps answering: cache errors never become 500s."""

import logging
import shutil
import socket
import subprocess
import time
from types import SimpleNamespace

import pytest
from django.core.cache import caches
from django.test import override_settings
from redis.exceptions import ConnectionError as RedisConnectionError

import sitewide.cache
from network.models import SignUp
from ops.stack import free_port
from osallisuus.settings.base import redis_caches
from pages.models import AccessibilityStatementPage, FeedbackMessage
from tests.factories import ContactCardFactory, KeywordFactory, NewsPageFactory
from tests.network.factories import (
    EventIndexPageFactory,
    EventPageFactory,
    NetworkIndexPageFactory,
    NetworkPageFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def redis_down():
    """The production cache configuration, pointed at a Redis that is not there."""
    with override_settings(CACHES=redis_caches(f"redis://127.0.0.1:{free_port()}/0")):
        # Really unreachable: the strict alias fails, so the test cannot pass by accident.
        with pytest.raises(RedisConnectionError):
            caches["ratelimit"].get("probe")
        yield
        for alias in ("default", "ratelimit"):
            caches[alias].close()


@pytest.fixture
def event_index(home):
    return EventIndexPageFactory(parent=home)


@pytest.fixture
def open_network(home, coordinator_card):
    return NetworkPageFactory(
        parent=NetworkIndexPageFactory(parent=home),
        title="Avoin verkosto",
        coordinator=coordinator_card,
        signup_open=True,
    )


@pytest.fixture
def coordinator_card(db):
    return ContactCardFactory(email="koordinaattori@lappi.example")


@pytest.fixture
def content(news_index, open_network, event_index):
    keyword = KeywordFactory(name="osallisuus")
    card = ContactCardFactory(name="Kortti Näkyvä", keywords=[keyword])
    article = NewsPageFactory(parent=news_index, title="Uutinen näkyy", keywords=[keyword])
    article.contact_links.create(card=card)
    EventPageFactory(parent=event_index, network=open_network, keywords=[keyword])
    return {"article": article, "card": card}


@pytest.fixture
def public_urls(content, open_network, event_index):
    article, card = content["article"], content["card"]
    return [
        "/",
        "/uutiset/",
        article.url,
        "/asiasanat/",
        "/asiasanat/osallisuus/",
        card.get_absolute_url(),
        open_network.url,
        "/verkostot/",
        event_index.url,
        f"{event_index.url}ical/",
        "/syotteet/uutiset.rss",
        "/syotteet/asiasanat/osallisuus.atom",
        "/sitemap.xml",
        "/robots.txt",
        "/saavutettavuusseloste/",
        "/sv/",
        "/ei-ole-olemassa/",
    ]


def test_public_pages_answer_without_redis(client, public_urls, redis_down):
    codes = {url: client.get(url).status_code for url in public_urls}
    assert {url: code for url, code in codes.items() if code >= 500} == {}
    assert codes["/ei-ole-olemassa/"] == 404
    assert all(code == 200 for url, code in codes.items() if url != "/ei-ole-olemassa/")


def test_search_answers_and_logs_that_the_limit_is_off(client, home, redis_down, caplog):
    with caplog.at_level(logging.WARNING, logger="sitewide.ratelimit"):
        codes = {client.get("/haku/", {"q": "sote"}).status_code for _ in range(3)}
    assert codes == {200}
    assert "Rate limit cache unavailable" in caplog.text


@pytest.fixture
def network_url(open_network) -> str:
    return open_network.url


def test_sign_up_is_saved_without_redis(client, network_url, redis_down):
    response = client.post(
        network_url,
        {
            "name": "Testi Henkilö",
            "organisation": "Tunturikylien yhteisö ry",
            "email": "ilman.redista@yhdistys.example",
            "region_or_type": "type:ngo",
            "message": "",
            "consent": "on",
            "website": "",
        },
    )
    assert response.status_code == 302
    assert SignUp.objects.filter(email="ilman.redista@yhdistys.example").exists()
    assert client.get(response["Location"]).status_code == 200


@pytest.fixture
def statement_url(home) -> str:
    return AccessibilityStatementPage.objects.get().url


def test_feedback_is_saved_without_redis(client, statement_url, redis_down):
    url = statement_url
    response = client.post(url, {"message": "Kontrasti on heikko.", "website": ""})
    assert response.status_code == 302
    assert FeedbackMessage.objects.filter(message="Kontrasti on heikko.").exists()
    assert client.get(response["Location"]).status_code == 200


@pytest.fixture
def private_redis(tmp_path):
    """A redis-server of our own that the test may stop and start (never the shared one)."""
    if shutil.which("redis-server") is None:
        pytest.skip("redis-server is not installed")
    port = free_port()
    command = ["redis-server", "--port", str(port), "--save", "", "--appendonly", "no"]
    command += ["--dir", str(tmp_path)]
    processes: list[subprocess.Popen] = []

    def start():
        processes.append(subprocess.Popen(command, stdout=subprocess.DEVNULL))
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            with socket.socket() as sock:
                if sock.connect_ex(("127.0.0.1", port)) == 0:
                    return
            time.sleep(0.05)
        raise RuntimeError("redis-server did not start")

    def stop():
        processes[-1].terminate()
        processes[-1].wait(timeout=10)

    start()
    yield SimpleNamespace(url=f"redis://127.0.0.1:{port}/0", start=start, stop=stop)
    for process in processes:
        if process.poll() is None:
            process.terminate()
            process.wait(timeout=10)


class Clock:
    """The cache's clock, moved by the test: the retry window passes without sleeping."""

    def __init__(self):
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_default_cache_reads_as_empty_while_redis_is_down_and_recovers(
    private_redis, monkeypatch, caplog
):
    clock = Clock()
    monkeypatch.setattr(sitewide.cache, "monotonic", clock)
    with override_settings(CACHES=redis_caches(private_redis.url)):
        cache = caches["default"]
        cache.set("greeting", "moi")
        assert cache.get("greeting") == "moi"

        private_redis.stop()
        with caplog.at_level(logging.WARNING, logger="sitewide.cache"):
            assert cache.get("greeting", "ei") == "ei"
            assert cache.add("other", 1) is True
            assert cache.add_many({"other": 1, "third": 2}) == {"other": True, "third": True}
            assert cache.get_many(["greeting"]) == {}
            with pytest.raises(ValueError):
                cache.incr("counter")
        assert "Cache unavailable" in caplog.text
        # The ratelimit alias is strict: it must see the outage to report it.
        with pytest.raises(RedisConnectionError):
            caches["ratelimit"].get("greeting")

        private_redis.start()  # empty: it keeps nothing across a restart
        caches["ratelimit"].set("greeting", "taas")
        # Within the retry window Redis is left alone, even though it is back.
        clock.now += sitewide.cache.RETRY_SECONDS - 0.1
        assert cache.get("greeting", "ei") == "ei"
        # Once the window has passed, the next call uses Redis again.
        clock.now += 0.2
        assert cache.get("greeting", "ei") == "taas"
        cache.set("greeting", "kolmas")
        assert caches["ratelimit"].get("greeting") == "kolmas"
        for alias in ("default", "ratelimit"):
            caches[alias].close()


def test_every_call_shares_one_redis_client_per_server():
    # Django builds a redis-py client (and its table of reply callbacks) per call otherwise.
    with override_settings(CACHES=redis_caches("redis://127.0.0.1:6379/14")):
        cache = caches["default"]
        cache.set("probe", 1)
        assert cache.get_many(["probe"]) == {"probe": 1}
        assert cache._cache.get_client(write=True) is cache._cache.get_client()
        cache.delete("probe")
        cache.close()
