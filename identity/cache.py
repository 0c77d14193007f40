"""The site identity every page shows, cached across requests and dropped when it is saved."""

from dataclasses import dataclass

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.templatetags.static import static
from wagtail.models import Site

from .colours import DEFAULT_HEADER_COLOUR
from .models import DEFAULT_ORGANISATION_NAME, SiteIdentity

IDENTITY_CACHE_TIMEOUT = 60 * 60
_IDENTITY_KEY = "identity:site:{site_id}"
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
        key = _IDENTITY_KEY.format(site_id=site.pk)
        identity = cache.get(key)
        if identity is None:
            identity = _load(site)
            cache.set(key, identity, IDENTITY_CACHE_TIMEOUT)
    request._site_identity = identity
    return identity


@receiver(post_save, sender=SiteIdentity)
@receiver(post_delete, sender=SiteIdentity)
def _forget_identity(sender, instance: SiteIdentity, **kwargs) -> None:
    cache.delete(_IDENTITY_KEY.format(site_id=instance.site_id))
