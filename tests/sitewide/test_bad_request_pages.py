"""400 answers: friendly Finnish pages, no configuration hints, every security header."""

import pytest
from django.test import override_settings

from tests.factories import UserFactory
from tests.sitewide.test_cache_outage import redis_down  # noqa: F401 - fixture

pytestmark = pytest.mark.django_db

# What production sets (osallisuus.settings.production) that changes these answers.
PRODUCTION = {
    "ALLOWED_HOSTS": ["osallisuus.example.fi"],
    "SECURE_PROXY_SSL_HEADER": ("HTTP_X_FORWARDED_PROTO", "https"),
    "SECURE_SSL_REDIRECT": True,
    "SECURE_HSTS_SECONDS": 31_536_000,
    "SECURE_HSTS_INCLUDE_SUBDOMAINS": True,
    "SECURE_HSTS_PRELOAD": True,
}
HTTPS = {"HTTP_X_FORWARDED_PROTO": "https", "HTTP_HOST": "osallisuus.example.fi"}


def assert_all_security_headers(response) -> None:
    assert "frame-ancestors 'none'" in response["Content-Security-Policy"]
    assert "default-src 'self'" in response["Content-Security-Policy"]
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert "camera=()" in response["Permissions-Policy"]


@override_settings(**PRODUCTION)
@pytest.mark.parametrize("secure", [True, False])
def test_bad_host_gets_the_finnish_400_without_configuration_hints(client, home, secure):
    client.raise_request_exception = False
    extra = {"HTTP_X_FORWARDED_PROTO": "https"} if secure else {}
    response = client.get("/", HTTP_HOST="evil.example", **extra)
    assert response.status_code == 400
    body = response.content.decode()
    assert "Pyyntöä ei voitu käsitellä" in body
    assert '<html lang="fi">' in body
    assert "ALLOWED_HOSTS" not in body and "evil.example" not in body
    assert_all_security_headers(response)
    if secure:
        assert response["Strict-Transport-Security"].startswith("max-age=31536000")


@override_settings(**PRODUCTION)
@pytest.mark.parametrize("path", ["/%00", "/uutiset/%00/", "/sv/%00"])
def test_nul_in_the_path_gets_the_finnish_400_with_every_header(client, home, path):
    response = client.get(path, **HTTPS)
    assert response.status_code == 400
    assert "Pyyntöä ei voitu käsitellä" in response.content.decode()
    assert_all_security_headers(response)
    assert response["Strict-Transport-Security"].startswith("max-age=31536000")


def test_the_admin_keeps_its_own_policy(client, home):
    response = client.get("/admin/login/")
    assert "frame-ancestors 'self'" in response["Content-Security-Policy"]
    assert response["X-Frame-Options"] == "SAMEORIGIN"


def test_admin_login_while_redis_is_down_gets_a_friendly_page(client, home, redis_down):  # noqa: F811
    UserFactory(username="toimittaja")
    with override_settings(SESSION_ENGINE="django.contrib.sessions.backends.cache"):
        client.raise_request_exception = False
        response = client.post(
            "/admin/login/", {"username": "toimittaja", "password": "salasana-testi-123"}
        )
    assert response.status_code == 400
    body = response.content.decode()
    assert "Istunto katkesi" in body
    assert "session was deleted" not in body
    assert_all_security_headers(response)
