"""The site identity every page shows, cached across requests (in the fragment cache, so each
worker keeps it in memory) and forgotten when it is saved."""

import functools
from dataclasses import dataclass

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.templatetags.static import static
from wagtail.models import Site

from sitewide import fragments

from .colours import DEFAULT_HEADER_COLOUR
from .models import DEFAULT_ORGANISATION_NAME, SiteIdentity

# The fragment-cache key of every site's identity (saved rarely: one key for all sites).
IDENTITY = "site-identity"
fragments.register_fragment("site-identity", [IDENTITY])  # read with the shared counters
DEFAULT_FAVICON = "img/favicon.svg"


@dataclass(frozen=True)
class Identity:
    organisation_name: str = DEFAULT_ORGANISATION_NAME
    logo_url: str = ""
    favicon_url: str = ""
    favicon_type: str = "image/svg+xml"
    header_colour: str = DEFAULT_HEADER_COLOUR
    footer_contacts: str = ""

    @property
    def icon_url(self) -> str:
        return self.favicon_url or static(DEFAULT_FAVICON)


def _load(site: Site) -> Identity:
    setting = SiteIdentity.objects.filter(site=site).first()
    if setting is None:
        return Identity()
    return Identity(
        organisation_name=setting.organisation_name or DEFAULT_ORGANISATION_NAME,
        logo_url=setting.logo.url if setting.logo else "",
        favicon_url=setting.favicon.url if setting.favicon else "",
        favicon_type=setting.favicon_type,
        header_colour=setting.header_colour,
        footer_contacts=setting.footer_contacts,
    )


def site_identity(request) -> Identity:
    """The identity of the request's site; the defaults when there is none."""
    if request is None:
        return Identity()
    memo = getattr(request, "_site_identity", None)
    if memo is not None:
        return memo
    site = Site.find_for_request(request)
    if site is None:
        identity = Identity()
    else:
        identity = fragments.cached(
            request,
            "site-identity",
            [IDENTITY],
            functools.partial(_load, site),
            vary=[site.pk],
            declare=False,  # on every page, as MENU is, which a change of the identity purges
        )
    request._site_identity = identity
    return identity


@receiver(post_save, sender=SiteIdentity)
@receiver(post_delete, sender=SiteIdentity)
def _forget_identity(sender, instance: SiteIdentity, **kwargs) -> None:
    # At once, and again on commit (a request in between may have cached the old identity).
    fragments.forget([IDENTITY])
    transaction.on_commit(functools.partial(fragments.forget, [IDENTITY]))
