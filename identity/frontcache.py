"""The identity shows in every page's header and footer: a change purges every HTML page."""

from sitewide.frontcache import MENU, register_purge_keys

from .models import SiteIdentity

register_purge_keys(SiteIdentity, lambda identity: [MENU])
