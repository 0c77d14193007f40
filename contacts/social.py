"""Social profile links: each field accepts a handle or a profile URL and stores a clean form."""

import re
from urllib.parse import urlparse

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

_X_HANDLE = re.compile(r"^@?([A-Za-z0-9_]{1,15})$")
_MASTODON_HANDLE = re.compile(r"^@?([A-Za-z0-9_]{1,30})@([A-Za-z0-9.-]+\.[A-Za-z]{2,})$")
_BLUESKY_HANDLE = re.compile(r"^@?((?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,})$")


def _https_url(value: str, hosts: tuple[str, ...] | None = None) -> str | None:
    parsed = urlparse(value)
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        return None
    host = parsed.netloc.lower().removeprefix("www.")
    if hosts and host not in hosts:
        return None
    return f"https://{parsed.netloc}{parsed.path}".rstrip("/")


def clean_x(value: str) -> str:
    """Returns the handle without @ (`HeLiimatainen`)."""
    value = value.strip()
    if match := _X_HANDLE.match(value):
        return match.group(1)
    url = _https_url(value, ("x.com", "twitter.com"))
    if url and (match := _X_HANDLE.match(urlparse(url).path.strip("/"))):
        return match.group(1)
    raise ValidationError(_("Anna X-tunnus muodossa @tunnus tai profiilin osoite."))


def clean_mastodon(value: str) -> str:
    """Returns the profile URL (`https://instance/@user`)."""
    value = value.strip()
    if match := _MASTODON_HANDLE.match(value):
        return f"https://{match.group(2).lower()}/@{match.group(1)}"
    url = _https_url(value)
    if url and "/@" in url:
        return url
    raise ValidationError(
        _("Anna Mastodon-tunnus muodossa @käyttäjä@palvelin.fi tai profiilin osoite.")
    )


def clean_bluesky(value: str) -> str:
    """Returns the handle (`nimi.bsky.social`)."""
    value = value.strip()
    if match := _BLUESKY_HANDLE.match(value):
        return match.group(1).lower()
    url = _https_url(value, ("bsky.app",))
    if url:
        parts = urlparse(url).path.strip("/").split("/")
        if len(parts) == 2 and parts[0] == "profile" and _BLUESKY_HANDLE.match(parts[1]):
            return parts[1].lower()
    raise ValidationError(_("Anna Bluesky-tunnus muodossa nimi.bsky.social tai profiilin osoite."))


def clean_linkedin(value: str) -> str:
    """Returns the profile URL on linkedin.com."""
    url = _https_url(value.strip(), ("linkedin.com", "fi.linkedin.com"))
    if url and urlparse(url).path.startswith(("/in/", "/company/")):
        return url
    raise ValidationError(
        _("Anna LinkedIn-profiilin osoite, esim. https://www.linkedin.com/in/nimi.")
    )
