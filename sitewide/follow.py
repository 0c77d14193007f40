"""Follow-by-email links that domain pages show without knowing who offers following.

An app above every domain app registers, in its AppConfig.ready(), a function that makes the
link's URL for what a page is about (keywords, a network, all news); `{% follow_link %}`
(sitewide/templatetags/follow_tags.py) renders nothing while no app has registered one.
"""

from collections.abc import Callable

FollowUrl = Callable[..., str | None]

_follow_url: list[FollowUrl] = []


def register_follow_url(func: FollowUrl) -> None:
    """`func(keywords=[...], network=page_or_None, all_news=bool)` -> URL or None."""
    _follow_url[:] = [func]


def follow_url(**targets) -> str | None:
    return _follow_url[0](**targets) if _follow_url else None
