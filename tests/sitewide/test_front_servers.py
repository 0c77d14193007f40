"""deploy/nginx/osallisuus.conf for real: nginx (TLS) in front of varnishd in front of Django.

The file is run as shipped; only its example addresses, ports and paths are replaced. Without
nginx (or varnishd) the tests are skipped; with CI set they fail instead.
"""

import math
import os
import re
import shutil
import subprocess
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import requests
import urllib3
from django.test import Client

from ops.stack import free_port, make_workdir
from tests.factories import NewsIndexPageFactory, NewsPageFactory, UserFactory
from tests.sitewide import test_varnish as front_cache
from tests.sitewide.test_varnish import warm

# The Varnish fixtures of the front-cache tests, for this module's own varnishd.
varnish = front_cache.varnish
cache = front_cache.cache

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PROJECT_DIR = Path(__file__).resolve().parents[2]
NGINX_CONF = PROJECT_DIR / "deploy" / "nginx" / "osallisuus.conf"
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
OPENSSL = shutil.which("openssl") or "/usr/bin/openssl"


def _replace(text: str, old: str, new: str) -> str:
    assert old in text, f"deploy/nginx/osallisuus.conf no longer contains {old!r}"
    return text.replace(old, new)


def nginx_conf(workdir: Path, https_port: int, http_port: int, varnish_port: int) -> str:
    site = NGINX_CONF.read_text()
    site = _replace(site, "server 127.0.0.1:6081;", f"server 127.0.0.1:{varnish_port};")
    site = _replace(site, "listen 443 ssl;", f"listen 127.0.0.1:{https_port} ssl;")
    site = _replace(site, "listen 80;", f"listen 127.0.0.1:{http_port};")
    site = _replace(site, "/etc/ssl/osallisuus/", f"{workdir}/tls/")
    site = _replace(site, "/srv/osallisuus/media/", f"{workdir}/media/")
    user = "user nobody nogroup;" if os.geteuid() == 0 else ""
    temp = workdir / "temp"
    return f"""{user}
daemon off;
worker_processes 1;
pid {workdir}/nginx.pid;
error_log {workdir}/error.log warn;
events {{ worker_connections 64; }}
http {{
    access_log off;
    client_body_temp_path {temp}/body;
    proxy_temp_path {temp}/proxy;
    fastcgi_temp_path {temp}/fastcgi;
    uwsgi_temp_path {temp}/uwsgi;
    scgi_temp_path {temp}/scgi;
{site}
}}
"""


@pytest.fixture(scope="module")
def front(varnish):
    """nginx with the shipped site file in front of the module's varnishd."""
    if not (os.access(NGINX, os.X_OK) and os.access(OPENSSL, os.X_OK)):
        if front_cache.in_ci():
            pytest.fail("nginx or openssl is missing, and CI is set (make setup-nginx)", False)
        pytest.skip("nginx or openssl is missing: front-server tests skipped (make setup-nginx)")
    workdir = make_workdir("osallisuus-nginx-")
    for name in ("tls", "temp", "media/documents", "media/original_images"):
        (workdir / name).mkdir(parents=True)
        (workdir / name).chmod(0o755)
    subprocess.run(
        [OPENSSL, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-subj", "/CN=127.0.0.1", "-keyout", str(workdir / "tls/privkey.pem"),
         "-out", str(workdir / "tls/fullchain.pem")],
        check=True, capture_output=True, timeout=60,
    )  # fmt: skip
    (workdir / "media/documents/jasenlista.txt").write_text("salainen jäsenlista\n")
    (workdir / "media/original_images/kuva.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (workdir / "media/original_images/kuva.html").write_text("<script>alert(1)</script>")
    for path in (workdir / "media").rglob("*"):
        path.chmod(0o755 if path.is_dir() else 0o644)
    https_port, http_port = free_port(), free_port()
    (workdir / "nginx.conf").write_text(
        nginx_conf(workdir, https_port, http_port, int(varnish.url.rsplit(":", 1)[1]))
    )
    checked = subprocess.run(
        [NGINX, "-t", "-p", str(workdir), "-c", str(workdir / "nginx.conf")],
        capture_output=True,
        text=True,
    )
    assert checked.returncode == 0, checked.stderr
    process = subprocess.Popen(
        [NGINX, "-p", str(workdir), "-c", str(workdir / "nginx.conf")],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"https://127.0.0.1:{https_port}"
    deadline = time.monotonic() + 15
    while True:
        try:
            requests.get(url + "/healthz", verify=False, timeout=2)
            break
        except requests.RequestException:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                pytest.fail(f"nginx did not start: {(workdir / 'error.log').read_text()}")
            time.sleep(0.1)
    yield url
    process.terminate()
    process.wait(timeout=10)
    shutil.rmtree(workdir, ignore_errors=True)


def https(front: str, path: str, method: str = "GET", **kwargs) -> requests.Response:
    # The test's own self-signed certificate: nothing to verify it against.
    urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)
    return requests.request(
        method, front + path, verify=False, allow_redirects=False, timeout=10, **kwargs
    )


def test_purge_and_ban_through_the_tls_proxy_are_refused(front, cache):
    index = NewsIndexPageFactory(parent=cache.home)
    article = NewsPageFactory(parent=index)
    warm(cache, article.url)
    for method in ("PURGE", "BAN"):
        refused = https(
            front, "/", method, headers={"xkey-purge": f"page-{article.pk} news menu misc"}
        )
        assert refused.status_code == 405, method
    assert cache.get(article.url).headers["X-Cache"] == "HIT"
    # The proxy itself works: the same page through TLS, with the scheme passed on.
    assert https(front, "/robots.txt").status_code == 200


def test_documents_are_never_served_from_media_but_images_are(front, cache):
    hidden = https(front, "/media/documents/jasenlista.txt")
    assert hidden.status_code == 404
    assert "jäsenlista" not in hidden.text
    image = https(front, "/media/original_images/kuva.png")
    assert image.status_code == 200
    assert image.headers["X-Content-Type-Options"] == "nosniff"
    # Only image types: an uploaded HTML file would run in the site's origin.
    assert https(front, "/media/original_images/kuva.html").status_code == 404


# Request limits ------------------------------------------------------------------------------

# Two clients on loopback: Linux routes all of 127.0.0.0/8 to lo, so a socket bound to
# 127.0.0.2 reaches nginx on 127.0.0.1 and nginx sees another client address.
VISITOR, FLOODER = "127.0.0.1", "127.0.0.2"


class FromAddress(requests.adapters.HTTPAdapter):
    """Connections from one local source address."""

    def __init__(self, address: str):
        self.address = address
        super().__init__()

    def init_poolmanager(self, *args, **kwargs):
        kwargs["source_address"] = (self.address, 0)
        super().init_poolmanager(*args, **kwargs)


class UnverifiedSession(requests.Session):
    def request(self, *args, **kwargs):
        # Per request: a REQUESTS_CA_BUNDLE in the environment would override Session.verify.
        kwargs.setdefault("verify", False)
        kwargs.setdefault("allow_redirects", False)
        return super().request(*args, **kwargs)


def client_at(address: str) -> requests.Session:
    """A client at `address`, for the test's self-signed certificate."""
    urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)
    session = UnverifiedSession()
    session.mount("https://", FromAddress(address))
    return session


def uncached_limit() -> tuple[int, int]:
    """The strict zone's burst and rate (requests a second) as shipped."""
    conf = NGINX_CONF.read_text()
    rate = re.search(r"zone=osallisuus_uncached:\w+ rate=(\d+)r/s;", conf)
    burst = re.search(r"limit_req zone=osallisuus_uncached burst=(\d+) nodelay;", conf)
    assert rate and burst, "the uncached zone's rate or burst is no longer where the test reads it"
    return int(burst.group(1)), int(rate.group(1))


def test_a_flood_of_uncached_requests_is_refused_while_another_address_is_served(front, cache):
    index = NewsIndexPageFactory(parent=cache.home)
    article = NewsPageFactory(parent=index, title="Välimuistin uutinen")
    visitor = client_at(VISITOR)
    for expected in ("MISS", "HIT"):
        assert visitor.get(front + article.url, timeout=10).headers["X-Cache"] == expected
    burst, rate = uncached_limit()
    total = burst + 100
    local = threading.local()

    def flood_request(number: int) -> requests.Response:
        if not hasattr(local, "session"):
            local.session = client_at(FLOODER)
        # A new query string each time: every one is a miss that Django must render.
        return local.session.get(f"{front}/?haku={number}", timeout=10)

    started = time.monotonic()
    with ThreadPoolExecutor(max_workers=6) as pool:
        flood = pool.map(flood_request, range(total))
        # Meanwhile another address gets cached and uncached pages.
        during = [
            (
                visitor.get(front + article.url, timeout=10),
                visitor.get(f"{front}/?k={n}", timeout=10),
            )
            for n in range(5)
        ]
        answers = list(flood)
    elapsed = time.monotonic() - started
    statuses = Counter(answer.status_code for answer in answers)
    assert set(statuses) <= {200, 429}, statuses
    # Nobody is refused within the burst; past it, only what the rate refilled meanwhile passes.
    assert statuses[200] >= burst
    assert statuses[429] >= total - (burst + 1 + math.ceil(rate * elapsed)), (statuses, elapsed)
    for cached, uncached in during:
        assert (cached.status_code, cached.headers["X-Cache"]) == (200, "HIT")
        assert "Välimuistin uutinen" in cached.text
        assert uncached.status_code == 200
    refused = next(answer for answer in answers if answer.status_code == 429)
    assert "Liian monta pyyntöä" in refused.text
    assert refused.headers["Retry-After"] == "10"
    assert refused.headers["Cache-Control"] == "no-store"
    # The flooding address still gets cached pages and static files: those have the loose limit.
    flooder = client_at(FLOODER)
    assert flooder.get(front + article.url, timeout=10).status_code == 200
    assert flooder.get(front + "/robots.txt", timeout=10).status_code == 200
    assert visitor.get(f"{front}/?k=after", timeout=10).status_code == 200


def test_a_forged_session_cookie_is_served_from_the_cache_and_a_real_session_passes(front, cache):
    index = NewsIndexPageFactory(parent=cache.home)
    article = NewsPageFactory(parent=index)
    visitor = client_at(VISITOR)
    for expected in ("MISS", "HIT"):
        assert visitor.get(front + article.url, timeout=10).headers["X-Cache"] == expected
    forged = ["x", "A" * 32, "a" * 31, "a" * 33, "a" * 31 + "-", "<script>", ""]
    for value in forged:
        response = visitor.get(
            front + article.url, headers={"Cookie": f"csrftoken=abc; sessionid={value}"}, timeout=10
        )
        assert response.headers["X-Cache"] == "HIT", value
        assert response.headers["Cache-Control"].startswith("public"), value
    editor = Client()
    editor.force_login(UserFactory(is_superuser=True))
    key = editor.cookies["sessionid"].value
    assert re.fullmatch(r"[a-z0-9]{32}", key)  # the shape the VCL lets through
    for cookie in (f"sessionid={key}", f"csrftoken=abc; sessionid={key}; _pk_id=1"):
        response = visitor.get(front + article.url, headers={"Cookie": cookie}, timeout=10)
        assert response.status_code == 200
        assert response.headers["X-Cache"] == "MISS", cookie
        assert response.headers["Cache-Control"] == "private, no-cache"
