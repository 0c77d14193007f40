"""The follow page names the keywords and networks it follows: their changes purge it."""

from keywords.frontcache import KEYWORDS
from network.frontcache import NETWORKS
from sitewide.frontcache import register_view_keys

register_view_keys("subscriptions:follow", [KEYWORDS, NETWORKS])
