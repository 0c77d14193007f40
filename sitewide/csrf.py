"""CSRF protection that lets the public forms' pages stay in the front cache.

Django's token needs a `csrftoken` cookie, and a page that sets a cookie cannot be shared by a
cache. So for visitors without a session (no login, nothing personal to abuse), a POST is
accepted when the browser itself vouches that it comes from this site:

- `Origin` equal to this site's origin (or one in CSRF_TRUSTED_ORIGINS), unless Fetch Metadata
  says otherwise, or
- `Sec-Fetch-Site: same-origin` (browsers set it; pages cannot).

Anything else (a foreign or `null` Origin, `Sec-Fetch-Site: cross-site`/`same-site`, or no
such headers at all) falls back to Django's own checks, which require the token; anonymous
forms render none, so such posts are refused with the friendly 403 page. Requests with a
session cookie and everything under the admin always need the token, as before.
"""

from django.conf import settings
from django.core import checks
from django.middleware.csrf import CsrfViewMiddleware
from django.utils.module_loading import import_string

TOKEN_REQUIRED_PREFIXES = ("/admin/", "/django-admin/")
UNSAFE_METHODS_EXEMPT = ("GET", "HEAD", "OPTIONS", "TRACE")


def needs_token(request) -> bool:
    """Whether a form on this request's page must carry Django's token (and set its cookie)."""
    return settings.SESSION_COOKIE_NAME in request.COOKIES or request.path_info.startswith(
        TOKEN_REQUIRED_PREFIXES
    )


class SameOriginCsrfViewMiddleware(CsrfViewMiddleware):
    def process_view(self, request, callback, callback_args, callback_kwargs):
        if (
            request.method not in UNSAFE_METHODS_EXEMPT
            and not getattr(request, "csrf_processing_done", False)
            and not needs_token(request)
            and self._browser_says_same_origin(request)
        ):
            return self._accept(request)
        return super().process_view(request, callback, callback_args, callback_kwargs)

    def _browser_says_same_origin(self, request) -> bool:
        fetch_site = request.META.get("HTTP_SEC_FETCH_SITE")
        if fetch_site is not None and fetch_site != "same-origin":
            return False
        origin = request.META.get("HTTP_ORIGIN")
        if origin is not None:
            # `null` and foreign origins fail here; Django's _origin_verified also honours
            # CSRF_TRUSTED_ORIGINS.
            return origin != "null" and self._origin_verified(request)
        return fetch_site == "same-origin"


@checks.register(checks.Tags.security, deploy=True)
def check_csrf_middleware(app_configs, **kwargs) -> list[checks.CheckMessage]:
    """Stands in for security.W003 (silenced in settings), which knows only Django's class."""
    if any(
        issubclass(import_string(path), CsrfViewMiddleware)
        for path in settings.MIDDLEWARE
        if path.endswith("CsrfViewMiddleware")
    ):
        return []
    return [
        checks.Warning(
            "No CSRF middleware in MIDDLEWARE: add sitewide.csrf.SameOriginCsrfViewMiddleware.",
            id="sitewide.W003",
        )
    ]
