"""The site root (in the request's language) and its sections: what the header menu,
breadcrumbs and the home page's routing read on every request.

The sections are cached across requests in the fragment cache (sitewide/fragments.py, so each
worker keeps them in memory); `forget_site_sections` renames the entry whenever a root or one of
its children is saved, deleted or moved (sitewide/signals.py), so a publish shows at once.
"""

import functools

from django.conf import settings
from django.db import transaction
from django.db.models import Exists, OuterRef
from django.db.models.functions import Length, Substr
from django.utils import translation
from wagtail.models import Page, PageViewRestriction, Site

from . import fragments

# The fragment-cache key of every site's sections (a few roots: one key for all is enough).
SITE_SECTIONS = "site-sections"
fragments.register_fragment("site-sections", [SITE_SECTIONS])  # read with the shared counters


def localized_site_root(request) -> Page | None:
    """The request's site root, or its translation in the active language."""
    # The header asks for the root twice per page; look it up once per request.
    if not hasattr(request, "_localized_site_root"):
        site = Site.find_for_request(request)
        root = site.root_page if site else None
        language = translation.get_language()
        if root is not None and language != settings.LANGUAGE_CODE:
            # The site root is the Finnish home page; other languages use its translation.
            root = (
                Page.objects.filter(
                    translation_key=root.translation_key, locale__language_code=language
                )
                .live()
                .first()
                or root
            )
        request._localized_site_root = root
    return request._localized_site_root


def remember_site_root(request, root: Page) -> None:
    """Record the (localized) root that Wagtail's routing already found for this request."""
    request._localized_site_root = root


def site_sections(request, root: Page | None = None) -> list[Page]:
    """Every child of the site root (live or not, in tree order): the menu, breadcrumbs and
    routing all read them."""
    root = root or (localized_site_root(request) if request else None)
    if root is None:
        return []
    memo = getattr(request, "_site_sections", None)
    if memo is not None and memo[0] == root.pk:
        return memo[1]
    sections = fragments.cached(
        request,
        "site-sections",
        [SITE_SECTIONS],
        functools.partial(_find_sections, root),
        vary=[root.path],
        declare=False,  # the menu's own keys (MENU) are on every page that shows them
    )
    if request is not None:
        request._site_sections = (root.pk, sections)
    return sections


def _find_sections(root: Page) -> list[Page]:
    restricted = PageViewRestriction.objects.filter(
        page__path=Substr(OuterRef("path"), 1, Length("page__path"))
    )
    return list(root.get_children().annotate(view_restricted=Exists(restricted)).order_by("path"))


def forget_site_sections(page: Page) -> None:
    """Forget the cached sections, and the menu made of them, when `page` is a root or a child
    of one: at once, and again on commit (a request in between may have cached what it read
    before the commit). Publishing purges MENU anyway; this covers a page saved without it."""
    if page.depth is not None and page.depth <= 3 and page.path:
        from .frontcache import MENU

        keys = [SITE_SECTIONS, MENU]
        fragments.forget(keys)
        transaction.on_commit(functools.partial(fragments.forget, keys))
