import logging
import re
import sys

from csp.constants import SELF, UNSAFE_INLINE
from django.conf import settings
from django.core.signals import got_request_exception
from django.db import InterfaceError, OperationalError
from django.dispatch import receiver
from django.http import HttpResponse, QueryDict
from django.shortcuts import render
from django.template import loader
from django.utils import translation

from .ratelimit import hit_limit
from .views import bad_request

logger = logging.getLogger(__name__)


class RejectNulMiddleware:
    """NUL never belongs in a URL; PostgreSQL refuses it in text, which would end as a 500.

    A NUL in the path is answered with the friendly 400 page; NULs in query values are dropped
    so that searches and filters still answer.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if "\x00" in request.path_info:
            return bad_request(request)
        if any(
            "\x00" in key or any("\x00" in value for value in values)
            for key, values in request.GET.lists()
        ):
            cleaned = QueryDict(mutable=True)
            for key, values in request.GET.lists():
                cleaned.setlist(key.replace("\x00", ""), [v.replace("\x00", "") for v in values])
            cleaned._mutable = False
            request.GET = cleaned
        return self.get_response(request)


# Wagtail's password forms for private pages (under every language prefix) and collections.
PASSWORD_FORM_PATHS = re.compile(
    r"^(?:/[a-z]{2})?/_util/authenticate_with_password/(?P<page_restriction>\d+)/"
    r"|^/documents/authenticate_with_password/(?P<collection_restriction>\d+)/"
)


class PasswordRateLimitMiddleware:
    """Page and collection passwords: at most PASSWORD_RATE_LIMIT guesses per restriction and
    client in PASSWORD_RATE_WINDOW_SECONDS, then the friendly 429 (the right password too)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method == "POST":
            match = PASSWORD_FORM_PATHS.match(request.path_info)
            if match:
                scope = (
                    f"page-password:{match['page_restriction']}"
                    if match["page_restriction"]
                    else f"collection-password:{match['collection_restriction']}"
                )
                if hit_limit(
                    scope,
                    request,
                    settings.PASSWORD_RATE_LIMIT,
                    settings.PASSWORD_RATE_WINDOW_SECONDS,
                ):
                    return render(request, "429.html", {}, status=429)
        return self.get_response(request)


ADMIN_PREFIX = "/admin/"
# Wagtail's admin still needs inline scripts and styles, and frames its own previews; the
# previews (of pages and of blocks) show the same video players the public policy allows.
ADMIN_CSP_REPLACE = {
    "script-src": [SELF, UNSAFE_INLINE],
    "style-src": [SELF, UNSAFE_INLINE],
    "img-src": [SELF, "data:", "blob:"],
    "frame-src": [SELF, *settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]["frame-src"]],
    "frame-ancestors": [SELF],
}
PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), "
    "microphone=(), payment=(), usb=()"
)


class SecurityHeadersMiddleware:
    """Headers Django has no setting for, and the admin's exceptions to the strict policy.

    Sits after csp.middleware.CSPMiddleware in MIDDLEWARE so that it marks the response
    before the policy is built.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        if request.path_info.startswith(ADMIN_PREFIX):
            response._csp_replace = ADMIN_CSP_REPLACE
            response.setdefault("X-Frame-Options", "SAMEORIGIN")
        elif getattr(request, "is_dummy", False):
            # Wagtail renders previews through a dummy request with the page's public path and
            # shows them in an admin iframe: only the framing rule is relaxed for them.
            response._csp_replace = {"frame-ancestors": [SELF]}
            response.setdefault("X-Frame-Options", "SAMEORIGIN")
        return response


class BaselineHeadersMiddleware:
    """First in MIDDLEWARE: every response leaves with the public security headers.

    Responses made from an exception raised early (a bad Host header in CommonMiddleware or
    SecurityMiddleware, a NUL in the path, a lost session) skip the inner middleware that
    normally adds CSP, X-Frame-Options and Permissions-Policy; this fills in whatever is
    missing and never overrides what an inner layer chose (the admin's own policy).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if "Content-Security-Policy" not in response:
            from csp.utils import build_policy

            response["Content-Security-Policy"] = build_policy()
        response.setdefault("X-Frame-Options", settings.X_FRAME_OPTIONS)
        response.setdefault("X-Content-Type-Options", "nosniff")
        response.setdefault("Referrer-Policy", settings.SECURE_REFERRER_POLICY)
        response.setdefault("Cross-Origin-Opener-Policy", "same-origin")
        response.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        if settings.SECURE_HSTS_SECONDS and request.is_secure():
            hsts = f"max-age={settings.SECURE_HSTS_SECONDS}"
            if settings.SECURE_HSTS_INCLUDE_SUBDOMAINS:
                hsts += "; includeSubDomains"
            if settings.SECURE_HSTS_PRELOAD:
                hsts += "; preload"
            response.setdefault("Strict-Transport-Security", hsts)
        return response


# How long visitors (and crawlers) are asked to wait during a database outage.
DATABASE_OUTAGE_RETRY_AFTER = 30
# SQLite result codes that mean "a query was wrong", not "the database is unreachable":
# SQLITE_ERROR (no such column/table, syntax), SQLITE_MISMATCH, SQLITE_RANGE.
SQLITE_PROGRAMMING_CODES = {1, 20, 25}
# PostgreSQL SQLSTATE classes of a server that is unreachable, overloaded or shutting down:
# 08 connection exception, 53 insufficient resources, 57 operator intervention (shutdown,
# statement timeout), 58 system error.
POSTGRES_OUTAGE_CLASSES = {"08", "53", "57", "58"}


def is_database_outage(exception: BaseException | None) -> bool:
    """True when the database cannot be reached or cannot serve, not when a query is wrong.

    Django wraps every driver error as OperationalError/InterfaceError, and SQLite reports a
    missing column as OperationalError too; the driver's own error (the `__cause__`) tells
    them apart. A programming error must stay a 500, logged with its traceback.
    """
    if isinstance(exception, InterfaceError):
        return True
    if not isinstance(exception, OperationalError):
        return False
    cause = exception.__cause__
    code = getattr(cause, "sqlite_errorcode", None)
    if code is not None:
        return (code & 0xFF) not in SQLITE_PROGRAMMING_CODES
    if cause is not None and type(cause).__module__.startswith("psycopg"):
        sqlstate = getattr(cause, "sqlstate", None)
        # No SQLSTATE: the client library itself failed (refused, reset, timed out).
        return sqlstate is None or sqlstate[:2] in POSTGRES_OUTAGE_CLASSES
    # Raised by Django itself (or a driver we do not know): assume the connection failed.
    return cause is None


def database_outage_response(language: str | None = None) -> HttpResponse:
    """The friendly 503, rendered without the request so that nothing touches the database."""
    with translation.override(language or settings.LANGUAGE_CODE):
        body = loader.get_template("503.html").render({})
    response = HttpResponse(body, status=503)
    response["Retry-After"] = str(DATABASE_OUTAGE_RETRY_AFTER)
    # Neither the front cache nor browsers may keep the outage page in place of the real one.
    response["Cache-Control"] = "no-store"
    return response


def _request_language(request) -> str:
    language = getattr(request, "LANGUAGE_CODE", None)
    if language in dict(settings.LANGUAGES):
        return language
    return translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE


@receiver(got_request_exception, dispatch_uid="sitewide.database_outage")
def _mark_database_outage(sender, request=None, **kwargs) -> None:
    # Sent while Django turns an exception raised outside the view (in a middleware) into a 500.
    if request is not None and is_database_outage(sys.exc_info()[1]):
        request._database_outage = True


class DatabaseOutageMiddleware:
    """A lost database connection gives the friendly 503 page with Retry-After, not a 500.

    Errors in views and templates arrive in process_exception; errors raised by later
    middleware have already become 500 responses, which are swapped on the way out.
    Connections are not reset here: CONN_MAX_AGE with health checks reconnects on the next
    request once the database is back.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code == 500 and getattr(request, "_database_outage", False):
            return database_outage_response(_request_language(request))
        return response

    def process_exception(self, request, exception):
        if not is_database_outage(exception):
            # A wrong query (e.g. a missing column) is a bug: Django logs it and answers 500.
            return None
        logger.warning(
            "Database unavailable, answering 503 to %s %s: %s",
            request.method,
            request.path,
            str(exception).strip().splitlines()[0] if str(exception).strip() else "",
        )
        return database_outage_response(_request_language(request))
