"""The identity shows in every page's header and footer: a change purges every HTML page of
its site."""

from sitewide.frontcache import MENU, register_purge_keys, register_purge_sites

from .models import SiteIdentity

register_purge_keys(SiteIdentity, lambda identity: [MENU])
register_purge_sites(SiteIdentity, lambda identity: [identity.site_id])
