"""A keyword renamed, merged or deleted shows on everything that lists keywords."""

from sitewide.frontcache import register_purge_keys

from .models import Keyword

KEYWORD_SHOWN_ON = ["keywords", "news", "contacts", "contact-cards", "networks", "events"]

register_purge_keys(Keyword, lambda keyword: KEYWORD_SHOWN_ON)
