"""Everything that shows keyword lists or counts carries KEYWORDS.

A keyword renamed, merged or deleted purges it; the apps whose listings show keywords
(news, contacts, networks, events) register their own keys for Keyword as well.
"""

from sitewide.frontcache import register_purge_keys

from .models import Keyword

KEYWORDS = "keywords"

register_purge_keys(Keyword, lambda keyword: [KEYWORDS])
