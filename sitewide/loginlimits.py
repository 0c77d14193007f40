"""A ceiling of failed logins per user name, counted across all client addresses.

django-axes locks a user name *and* address pair after AXES_FAILURE_LIMIT failures. Someone
with many addresses (an IPv6 range, a botnet) could still guess one user's password from each
address in turn; this ceiling slows that to LOGIN_USERNAME_FAILURE_LIMIT guesses per
LOGIN_USERNAME_WINDOW_SECONDS for the whole internet. The window is short and is not
extended by further failures, so nobody can lock the real user out for long: at most one
window after the first of the failures.
"""

import hashlib
import logging

from django.conf import settings
from django.contrib.auth.signals import user_login_failed
from django.core.exceptions import PermissionDenied
from django.dispatch import receiver
from django.shortcuts import render

from .ratelimit import attempts_so_far, count_attempt

logger = logging.getLogger(__name__)


def _key(username: str) -> str:
    # Hashed: user names (often email addresses) stay out of the cache's key listing.
    digest = hashlib.sha256(username.strip().casefold().encode()).hexdigest()[:32]
    return f"ratelimit:login-username:{digest}"


def _limit() -> int:
    return settings.LOGIN_USERNAME_FAILURE_LIMIT


def _window() -> int:
    return settings.LOGIN_USERNAME_WINDOW_SECONDS


@receiver(user_login_failed, dispatch_uid="sitewide.count_username_failure")
def count_username_failure(sender, credentials, request=None, **kwargs) -> None:
    username = (credentials or {}).get("username")
    if username and count_attempt(_key(username), _window()) is None:
        logger.warning("Rate limit cache unavailable; failed login not counted per user name")


class UsernameCeilingBackend:
    """First in AUTHENTICATION_BACKENDS: refuses a user name over its failure ceiling.

    It never logs anyone in. The refusal becomes django-axes' lockout response (see
    `lockout_response`), a friendly 429 that says how long to wait.
    """

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None or not username:
            return None
        failures = attempts_so_far(_key(username))
        if failures is not None and failures >= _limit():
            request.axes_locked_out = True
            request.login_username_ceiling = True
            raise PermissionDenied("Too many failed logins for this user name")
        return None

    # No get_user(): this backend never logs anyone in, so no session may name it (and
    # Client.force_login picks the first backend that has one).


def lockout_response(request, original_response=None, credentials=None):
    """django-axes' lockout page (AXES_LOCKOUT_CALLABLE), saying which limit was met."""
    context = {
        "username_ceiling": getattr(request, "login_username_ceiling", False),
        "ceiling_minutes": max(1, _window() // 60),
    }
    return render(
        request, settings.AXES_LOCKOUT_TEMPLATE, context, status=settings.AXES_HTTP_RESPONSE_CODE
    )
