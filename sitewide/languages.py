"""The install's languages, and which of them each site offers.

Django ships no Sámi language: `EXTRA_LANG_INFO` adds Northern (se), Inari (smn) and Skolt
(sms) Sámi to `django.conf.locale.LANG_INFO` at start-up (`SitewideConfig.ready`), so that
`get_language_info` and `{% get_language_info %}` know them. Their interface text has no
reviewed translation yet: settings.INTERFACE_REVIEWED_LANGUAGES lists the languages whose
catalogue has been reviewed; pages in any other language mark the interface chrome
`lang="fi"`, since gettext falls back to the Finnish source strings there
(docs/translations.md).

`site_languages(site)` is the one answer to "which content languages does this site offer".
"""

from __future__ import annotations

import functools

from django.conf import settings
from django.conf.locale import LANG_INFO
from django.utils.translation import gettext_noop

from sitewide import fragments

EXTRA_LANG_INFO = {
    "se": {
        "bidi": False,
        "code": "se",
        "name": gettext_noop("Northern Sami"),
        "name_local": "davvisámegiella",
    },
    "smn": {
        "bidi": False,
        "code": "smn",
        "name": gettext_noop("Inari Sami"),
        "name_local": "anarâškielâ",
    },
    "sms": {
        "bidi": False,
        "code": "sms",
        "name": gettext_noop("Skolt Sami"),
        "name_local": "sääʹmǩiõll",
    },
}

# What a site offers until its editors choose: the languages it had before Sámi was added.
DEFAULT_SITE_LANGUAGES = ("fi", "sv", "en")

# The fragment-cache key of every site's languages (saved rarely: one key for all sites).
SITE_LANGUAGES = "site-languages"
fragments.register_fragment("site-languages", [SITE_LANGUAGES])


def install_language_info() -> None:
    """Make Django's language table know the Sámi languages (idempotent)."""
    for code, info in EXTRA_LANG_INFO.items():
        LANG_INFO.setdefault(code, info)


def language_codes() -> list[str]:
    """Every content language of the install, in the order of settings.LANGUAGES."""
    return [code for code, _name in settings.LANGUAGES]


def interface_language(language: str) -> str:
    """The language the interface text is really in on a page in `language`: itself when its
    catalogue is reviewed, Finnish (the source strings) otherwise."""
    if language in getattr(settings, "INTERFACE_REVIEWED_LANGUAGES", ("fi", "sv", "en")):
        return language
    return settings.LANGUAGE_CODE


def normalise(codes) -> list[str]:
    """Known codes only, Finnish always (every page exists in Finnish), in install order."""
    wanted = set(codes or ()) | {settings.LANGUAGE_CODE}
    return [code for code in language_codes() if code in wanted]


def _load(site_id: int) -> tuple[str, ...]:
    from sitewide.models import SiteLanguages

    stored = SiteLanguages.objects.filter(site_id=site_id).values_list("languages", flat=True)
    codes = stored.first()
    return tuple(normalise(DEFAULT_SITE_LANGUAGES if codes is None else codes))


def site_languages(site, request=None) -> list[str]:
    """The content languages `site` offers, Finnish first; the defaults without a site.

    With a request the answer is memoised on it and kept in the fragment cache (every page
    asks, in the language switcher and in the middleware)."""
    if site is None:
        return normalise(DEFAULT_SITE_LANGUAGES)
    if request is None:
        return list(_load(site.pk))
    memo = getattr(request, "_site_languages", None)
    if memo is not None and memo[0] == site.pk:
        return list(memo[1])
    codes = fragments.cached(
        request,
        "site-languages",
        [SITE_LANGUAGES],
        functools.partial(_load, site.pk),
        vary=[site.pk],
        declare=False,  # on every page, like the site identity
    )
    request._site_languages = (site.pk, codes)
    return list(codes)


def request_site_languages(request) -> list[str]:
    """The languages of the request's site."""
    from wagtail.models import Site

    site = getattr(request, "_wagtail_site", None) or Site.find_for_request(request)
    return site_languages(site, request)


def connect_signals() -> None:
    """A change of a site's languages changes every HTML page's switcher (MENU, which every
    HTML response carries) and the 404s of prefixes it stops or starts offering (the
    catch-all, purged with every purge); the cached choice goes with SITE_LANGUAGES."""
    from sitewide.frontcache import MENU, register_purge_keys
    from sitewide.models import SiteLanguages

    register_purge_keys(SiteLanguages, lambda setting: [MENU, SITE_LANGUAGES])


class SiteLanguageMiddleware:
    """An address under the prefix of a language the request's site does not offer is 404
    (in Finnish) on that site: never an empty or half-translated page. After
    CachedSiteMiddleware, which gives the request its site."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        from django.http import Http404
        from django.utils import translation

        language = translation.get_language_from_path(request.path_info)
        if not language or language == settings.LANGUAGE_CODE:
            return None
        if language not in request_site_languages(request):
            translation.activate(settings.LANGUAGE_CODE)
            request.LANGUAGE_CODE = settings.LANGUAGE_CODE
            raise Http404("This site does not offer this language.")
        return None
