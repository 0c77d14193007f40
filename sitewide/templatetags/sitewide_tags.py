import functools
import json

from django import template
from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.urls import get_urlconf, translate_url
from django.utils import translation
from django.utils.html import format_html
from django.utils.http import urlencode
from django.utils.safestring import mark_safe
from wagtail.models import Page

from sitewide.languages import DEFAULT_SITE_LANGUAGES, interface_language, request_site_languages
from sitewide.models import PrivacySettings
from sitewide.sections import localized_site_root, site_sections

register = template.Library()


@register.simple_tag(takes_context=True)
def site_root(context) -> Page | None:
    request = context.get("request")
    return localized_site_root(request) if request else None


@register.simple_tag(takes_context=True)
def privacy_notice(context) -> Page | None:
    """The live privacy notice the editors chose for the request's site, if any."""
    request = context.get("request")
    return PrivacySettings.page_for_request(request) if request else None


@register.simple_tag(takes_context=True)
def main_menu(context) -> list[Page]:
    """Live, public children of the site root marked "show in menus", in tree order."""
    request = context.get("request")
    if request is None:
        return []
    return [
        page
        for page in site_sections(request)
        if page.live and page.show_in_menus and not page.view_restricted
    ]


@register.simple_tag(takes_context=True)
def current_menu_item(context, page=None) -> int | str:
    """What the header menu marks as the current page: a menu page's id, "keywords" for the
    keyword index, or "" (few values, so the menu is cached once for each)."""
    request = context.get("request")
    match = getattr(request, "resolver_match", None)
    if match is not None and match.url_name == "keyword_index":
        return "keywords"
    if isinstance(page, Page) and any(item.pk == page.pk for item in main_menu(context)):
        return page.pk
    return ""


@register.simple_tag(takes_context=True)
def query_with(context, **changes) -> str:
    """The current query string with some parameters replaced (None removes one)."""
    request = context["request"]
    params = request.GET.copy()
    for key, value in changes.items():
        if value is None:
            params.pop(key, None)
        else:
            params[key] = value
    pairs = [(key, value) for key in params for value in params.getlist(key)]
    return "?" + urlencode(pairs) if pairs else "?"


_JSON_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.filter
def ld_json(data: dict) -> str:
    """A schema.org JSON-LD block; escaped like `json_script` so text cannot end the script."""
    payload = json.dumps(data, ensure_ascii=False, cls=DjangoJSONEncoder).translate(_JSON_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(payload))


def _language_root(code: str) -> str:
    return "/" if code == settings.LANGUAGE_CODE else f"/{code}/"


def _local_path(request) -> str:
    """The request's path and query as a same-site address.

    `//evil.example/` (or `/\\evil.example`) is a path to Django but a host name to a
    browser: leading slashes and backslashes collapse into one slash.
    """
    return "/" + request.get_full_path().lstrip("/\\")


def _is_local(url: str) -> bool:
    return url.startswith("/") and not url.startswith(("//", "/\\"))


@functools.lru_cache(maxsize=4096)
def _translated(url: str, code: str, urlconf) -> str:
    """`translate_url`, which resolves and reverses the path: the same answer for the same
    address and URL configuration, asked on every page."""
    return translate_url(url, code)


@register.simple_tag(takes_context=True)
def language_links(context) -> list[dict]:
    """The current address in each language the site offers, for the header's language
    switcher and the head's hreflang alternates; each language named in itself."""
    request = context.get("request")
    current = translation.get_language()
    offered = set(request_site_languages(request) if request else DEFAULT_SITE_LANGUAGES)
    links = []
    for code, name in settings.LANGUAGES:
        if code not in offered:
            continue
        url = (
            _translated(_local_path(request), code, get_urlconf())
            if request
            else _language_root(code)
        )
        if not _is_local(url):
            url = _language_root(code)
        links.append(
            {
                "code": code,
                "name": name,
                "url": url,
                # Without the query, as the canonical link: a page's alternates, not a listing's.
                "alternate_url": request.build_absolute_uri(url.split("?")[0]) if request else url,
                "current": code == current,
                # Search engines send a reader whose language the site lacks to this one.
                "default": code == settings.LANGUAGE_CODE,
            }
        )
    if links and not any(link["default"] for link in links):
        links[0]["default"] = True
    return links


@register.simple_tag
def ui_lang_attr() -> str:
    """` lang="fi"` on an element of interface text when the page's language has no reviewed
    catalogue (its strings are the Finnish source), nothing otherwise: screen readers then read
    the Finnish words as Finnish on a Sámi page."""
    language = translation.get_language() or settings.LANGUAGE_CODE
    ui = interface_language(language)
    return "" if ui == language else format_html(' lang="{}"', ui)


@register.simple_tag(takes_context=True)
def breadcrumb_trail(context, page) -> list[Page]:
    """The page's live ancestors from the home page down, for pages below the home page."""
    if not isinstance(page, Page) or page.depth <= 2:
        return []
    root = site_root(context)
    if root is None or not page.path.startswith(root.path):
        ancestors = list(page.get_ancestors().filter(depth__gte=2).live())
        if root is not None and ancestors and ancestors[0].translation_key == root.translation_key:
            # A Finnish page shown under /sv/ or /en/: the trail runs through the translations.
            sections = {
                section.translation_key: section
                for section in site_sections(context.get("request"), root)
                if section.live
            }
            return [root] + [sections.get(a.translation_key, a) for a in ancestors[1:]]
        return ancestors
    if page.depth == 3:
        return [root]
    # Known without a query: the sections are loaded for the menu anyway.
    sections = {section.path: section for section in site_sections(context.get("request"), root)}
    trail = [root]
    for depth in range(3, page.depth):
        ancestor = sections.get(page.path[: Page.steplen * depth]) if depth == 3 else None
        if ancestor is None:
            return list(page.get_ancestors().filter(depth__gte=2).live())
        if ancestor.live:
            trail.append(ancestor)
    return trail
