"""The HTML sitemap (footer: Sivukartta): the site's sections in menu order and, below each
section of a few pages, those pages; long lists (news, events) are linked as their section.
A fixed number of queries however many pages there are."""

from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Count
from django.db.models.functions import Substr
from django.template.response import TemplateResponse
from wagtail.models import Page

from .routing import exclude_view_restricted
from .sections import localized_site_root, site_sections

# A section with more pages than this is linked as a whole (its own page lists them).
MAX_LISTED_CHILDREN = 30


@dataclass
class SitemapSection:
    page: Page
    children: list[Page] = field(default_factory=list)
    child_count: int = 0


def _children_by_section(roots: list[Page]) -> tuple[dict[str, list[Page]], dict[str, int]]:
    """Live public grandchildren of the roots, keyed by the translation key of their section
    (so a Finnish page sits under its Swedish section), and how many each section has."""
    if not roots:
        return {}, {}
    depth = roots[0].depth + 2
    section_path = Substr("path", 1, Page.steplen * (depth - 1))
    pages = Page.objects.none()
    for root in roots:
        pages = pages | Page.objects.filter(depth=depth, path__startswith=root.path)
    pages = exclude_view_restricted(pages.live())
    counts = {
        row["section_path"]: row["count"]
        for row in pages.annotate(section_path=section_path)
        .values("section_path")
        .annotate(count=Count("pk"))
        .order_by()
    }
    small = [path for path, count in counts.items() if count <= MAX_LISTED_CHILDREN]
    section_keys = dict(
        Page.objects.filter(path__in=list(counts)).values_list("path", "translation_key")
    )
    children: dict[str, list[Page]] = {}
    totals: dict[str, int] = {}
    for path, count in counts.items():
        key = str(section_keys.get(path))
        totals[key] = max(totals.get(key, 0), count)
    listed = (
        pages.annotate(section_path=section_path)
        .filter(section_path__in=small)
        .order_by("title")
        .only("title", "path", "depth", "url_path", "locale_id", "translation_key")
    )
    for page in listed:
        children.setdefault(str(section_keys.get(page.section_path)), []).append(page)
    return children, totals


def _prefer_translations(pages: list[Page], locale_id: int) -> list[Page]:
    """One page per translation key: the one in the visitor's language when there is one."""
    chosen: dict[str, Page] = {}
    for page in pages:
        key = str(page.translation_key)
        if key not in chosen or page.locale_id == locale_id:
            chosen[key] = page
    return sorted(chosen.values(), key=lambda page: page.title.casefold())


def sitemap_page(request):
    root = localized_site_root(request)
    sections: list[SitemapSection] = []
    if root is not None:
        roots = [root]
        top = site_sections(request, root)
        if root.locale.language_code != settings.LANGUAGE_CODE:
            original = Page.objects.filter(
                translation_key=root.translation_key,
                locale__language_code=settings.LANGUAGE_CODE,
            ).first()
            if original is not None:
                roots.append(original)
                # Sections not translated yet are shown in Finnish, after the translated ones.
                translated = {section.translation_key for section in top}
                top = top + [
                    section
                    for section in site_sections(None, original)
                    if section.translation_key not in translated
                ]
        children, totals = _children_by_section(roots)
        for section in top:
            if not (section.live and not section.view_restricted):
                continue
            key = str(section.translation_key)
            sections.append(
                SitemapSection(
                    page=section,
                    children=_prefer_translations(children.get(key, []), root.locale_id),
                    child_count=totals.get(key, 0),
                )
            )
    return TemplateResponse(
        request, "sitewide/sitemap_page.html", {"root": root, "sections": sections}
    )
