"""Video embeds from an allow-list of providers, turned into player URLs without any network.

The Content Security Policy (settings CONTENT_SECURITY_POLICY frame-src) permits exactly the
player origins named here; a system check and a test keep the two in step.
"""

import re
import urllib.parse
from dataclasses import dataclass


@dataclass(frozen=True)
class Provider:
    name: str
    hosts: tuple[str, ...]
    player_origin: str
    id_pattern: re.Pattern


# YouTube through its no-cookie domain: no tracking cookies until the visitor presses play.
YOUTUBE = Provider(
    "YouTube",
    ("www.youtube.com", "youtube.com", "m.youtube.com", "youtu.be", "www.youtube-nocookie.com"),
    "https://www.youtube-nocookie.com",
    re.compile(r"(?:^/watch\?(?:.*&)?v=|^/embed/|^/shorts/|^/)(?P<id>[\w-]{11})(?:[?&/]|$)"),
)
VIMEO = Provider(
    "Vimeo",
    ("vimeo.com", "www.vimeo.com", "player.vimeo.com"),
    "https://player.vimeo.com",
    re.compile(r"^/(?:video/)?(?P<id>\d{5,12})(?:[/?]|$)"),
)
PROVIDERS = (YOUTUBE, VIMEO)


def _with_path(provider: Provider, match_id: str) -> str:
    if provider is YOUTUBE:
        return f"/embed/{match_id}"
    return f"/video/{match_id}"


def player_url(url: str) -> str | None:
    """The player URL for a video page URL from an allowed provider, else None."""
    parsed = urllib.parse.urlsplit(url.strip())
    if parsed.scheme not in ("http", "https"):
        return None
    target = parsed.path + ("?" + parsed.query if parsed.query else "")
    for provider in PROVIDERS:
        if parsed.hostname in provider.hosts:
            match = provider.id_pattern.search(target)
            if match:
                return provider.player_origin + _with_path(provider, match.group("id"))
    return None


def player_origins() -> list[str]:
    return [provider.player_origin for provider in PROVIDERS]
