from csp.constants import SELF, UNSAFE_INLINE
from django.http import QueryDict

from .views import bad_request


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


ADMIN_PREFIX = "/admin/"
# Wagtail's admin still needs inline scripts and styles, and frames its own previews.
ADMIN_CSP_REPLACE = {
    "script-src": [SELF, UNSAFE_INLINE],
    "style-src": [SELF, UNSAFE_INLINE],
    "img-src": [SELF, "data:", "blob:"],
    "frame-src": [SELF],
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
