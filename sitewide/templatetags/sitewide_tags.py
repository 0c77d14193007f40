import json

from django import template
from django.conf import settings
from django.core.cache import cache
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Exists, OuterRef
from django.db.models.functions import Length, Substr
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.urls import translate_url
from django.utils import translation
from django.utils.html import format_html
from django.utils.http import urlencode
from django.utils.safestring import mark_safe
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import post_page_move

register = template.Library()


SECTIONS_CACHE_TIMEOUT = 60 * 60
_SECTIONS_KEY = "sitewide:sections:{path}"


def _localized_site_root(request) -> Page | None:
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
    routing all read them.

    Cached across requests; `forget_site_sections` drops the entry whenever a root or one of
    its children is saved, deleted or moved, so a publish shows at once.
    """
    root = root or (_localized_site_root(request) if request else None)
    if root is None:
        return []
    memo = getattr(request, "_site_sections", None)
    if memo is not None and memo[0] == root.pk:
        return memo[1]
    key = _SECTIONS_KEY.format(path=root.path)
    sections = cache.get(key)
    if sections is None:
        restricted = PageViewRestriction.objects.filter(
            page__path=Substr(OuterRef("path"), 1, Length("page__path"))
        )
        sections = list(
            root.get_children().annotate(view_restricted=Exists(restricted)).order_by("path")
        )
        cache.set(key, sections, SECTIONS_CACHE_TIMEOUT)
    if request is not None:
        request._site_sections = (root.pk, sections)
    return sections


def forget_site_sections(page: Page) -> None:
    """Drop the cached sections that `page` (a root, or a child of one) is part of."""
    if page.depth is not None and page.depth <= 3 and page.path:
        cache.delete(_SECTIONS_KEY.format(path=page.path[: Page.steplen * 2]))


@receiver(post_save)
@receiver(post_delete)
def _forget_sections_on_page_change(sender, instance, **kwargs) -> None:
    if isinstance(instance, Page):
        forget_site_sections(instance)
    elif isinstance(instance, PageViewRestriction):
        forget_site_sections(instance.page)


@receiver(post_page_move)
def _forget_sections_on_page_move(sender, instance, parent_page_before, parent_page_after, **kw):
    for parent in (parent_page_before, parent_page_after):
        forget_site_sections(parent)
    forget_site_sections(instance)


@register.simple_tag(takes_context=True)
def site_root(context) -> Page | None:
    request = context.get("request")
    return _localized_site_root(request) if request else None


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


@register.simple_tag(takes_context=True)
def language_links(context) -> list[dict]:
    """The current address in each site language, for the header's language switcher."""
    request = context.get("request")
    current = translation.get_language()
    links = []
    for code, name in settings.LANGUAGES:
        url = translate_url(request.get_full_path(), code) if request else f"/{code}/"
        links.append({"code": code, "name": name, "url": url, "current": code == current})
    return links


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
