"""Errors whose message is written for the visitor."""

from django.core.exceptions import BadRequest


class VisitorBadRequest(BadRequest):
    """A 400 whose message (in the visitor's language) the error page shows; other 400s show
    none, since theirs may name settings (ALLOWED_HOSTS) meant for the operator's log."""
