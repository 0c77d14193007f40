"""A lost database gives visitors the friendly 503 page, never a 500 or a traceback."""

import pytest
from django.db import connections
from django.db.backends.postgresql.base import DatabaseWrapper
from django.test import RequestFactory
from wagtail.contrib.redirects import middleware as redirects_middleware

from home.models import HomePage
from ops.stack import free_port
from sitewide.middleware import DatabaseOutageMiddleware, database_outage_response

pytestmark = pytest.mark.django_db


@pytest.fixture
def unreachable_database():
    """A real PostgreSQL connection to a port nothing listens on, as during an outage."""
    settings_dict = dict(
        connections["default"].settings_dict,
        ENGINE="django.db.backends.postgresql",
        NAME="osallisuus",
        USER="postgres",
        PASSWORD="",
        HOST="127.0.0.1",
        PORT=str(free_port()),
        OPTIONS={"connect_timeout": 2},
        CONN_MAX_AGE=0,
        CONN_HEALTH_CHECKS=False,
    )
    wrapper = DatabaseWrapper(settings_dict, alias="unreachable")
    yield wrapper
    wrapper.close()


def query_unreachable(database):
    def serve(*args, **kwargs):
        with database.cursor() as cursor:
            cursor.execute("SELECT 1")

    return serve


def test_page_whose_database_is_unreachable_gets_the_finnish_503(
    client, home, unreachable_database, monkeypatch
):
    monkeypatch.setattr(HomePage, "serve", query_unreachable(unreachable_database))
    response = client.get("/")
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "no-store" in response["Cache-Control"]
    body = response.content.decode()
    assert '<html lang="fi">' in body
    assert "Palvelu on hetken poissa käytöstä" in body
    assert 'class="skip-link" href="#main"' in body
    assert "Traceback" not in body


def test_outage_page_keeps_the_language_of_the_address(
    client, home, unreachable_database, monkeypatch
):
    monkeypatch.setattr(HomePage, "serve", query_unreachable(unreachable_database))
    response = client.get("/sv/")
    assert response.status_code == 503
    assert '<html lang="sv">' in response.content.decode()
    assert 'href="/sv/"' in response.content.decode()


def test_database_error_raised_in_a_middleware_also_gets_the_503(
    client, home, unreachable_database, monkeypatch
):
    # The redirects middleware looks up redirects for every 404, outside the view.
    monkeypatch.setattr(
        redirects_middleware, "get_redirect", query_unreachable(unreachable_database)
    )
    client.raise_request_exception = False
    response = client.get("/ei-tallaista-sivua/")
    assert response.status_code == 503
    assert "Palvelu on hetken poissa käytöstä" in response.content.decode()


def test_other_errors_still_give_the_500_page(client, home, monkeypatch):
    def broken_serve(*args, **kwargs):
        raise ValueError("a bug, not an outage")

    monkeypatch.setattr(HomePage, "serve", broken_serve)
    client.raise_request_exception = False
    assert client.get("/").status_code == 500


def test_outage_page_renders_without_touching_the_database(django_db_blocker):
    with django_db_blocker.block():
        response = database_outage_response("fi")
    assert response.status_code == 503
    assert "Palvelu on hetken poissa käytöstä" in response.content.decode()


def test_middleware_answers_without_a_database_query(unreachable_database, django_db_blocker):
    # Everything after the failure is DB-free: even the language comes from the address.
    from django.db import OperationalError

    request = RequestFactory().get("/en/uutiset/")
    middleware = DatabaseOutageMiddleware(lambda request: None)
    with pytest.raises(OperationalError) as failure:
        unreachable_database.ensure_connection()
    with django_db_blocker.block():
        response = middleware.process_exception(request, failure.value)
    assert response.status_code == 503
    assert '<html lang="en">' in response.content.decode()


def query_missing_column(*args, **kwargs):
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT name FROM wagtailcore_page")


def test_missing_column_is_a_500_logged_as_an_error_not_an_outage(
    client, home, monkeypatch, caplog
):
    # SQLite reports a wrong query as OperationalError ("no such column: name"), as admin
    # listing searches did: that is a bug to fix, not an outage to wait out.
    monkeypatch.setattr(HomePage, "serve", query_missing_column)
    client.raise_request_exception = False
    response = client.get("/")
    assert response.status_code == 500
    assert "Palvelu on hetken poissa käytöstä" not in response.content.decode()
    errors = [r for r in caplog.records if r.name == "django.request" and r.levelname == "ERROR"]
    assert errors and errors[0].exc_info is not None
    assert not any("Database unavailable" in r.getMessage() for r in caplog.records)


def test_sqlite_database_that_cannot_be_opened_is_an_outage(tmp_path):
    from django.db import OperationalError
    from django.db.backends.sqlite3.base import DatabaseWrapper as SQLiteWrapper

    from sitewide.middleware import is_database_outage

    wrapper = SQLiteWrapper(
        dict(
            connections["default"].settings_dict,
            ENGINE="django.db.backends.sqlite3",
            NAME=str(tmp_path / "no-such-directory" / "db.sqlite3"),
            OPTIONS={},
            CONN_MAX_AGE=0,
            CONN_HEALTH_CHECKS=False,
        ),
        alias="unopenable",
    )
    with pytest.raises(OperationalError) as failure:
        wrapper.ensure_connection()
    assert is_database_outage(failure.value)


def test_unreachable_postgresql_is_an_outage_and_a_wrong_query_is_not(unreachable_database):
    from django.db import DatabaseError, OperationalError

    from sitewide.middleware import is_database_outage

    with pytest.raises(OperationalError) as failure:
        unreachable_database.ensure_connection()
    assert is_database_outage(failure.value)
    with pytest.raises(DatabaseError) as wrong_query:
        query_missing_column()
    assert not is_database_outage(wrong_query.value)
