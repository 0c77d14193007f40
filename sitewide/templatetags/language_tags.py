"""Template tags for pages shown in the visitor's language (see sitewide.translation)."""

from django import template

from sitewide import dates
from sitewide import translation as page_translation

register = template.Library()


@register.simple_tag(takes_context=True)
def localized_pageurl(context, page) -> str:
    """Like `pageurl`, but a Finnish page linked from /sv/ or /en/ keeps the visitor there."""
    return page_translation.localized_page_url(page, context.get("request"))


@register.simple_tag(takes_context=True)
def is_untranslated(context, page) -> bool:
    """Whether the visitor sees `page` in Finnish although reading Swedish or English."""
    return page_translation.is_untranslated(page, context.get("request"))


@register.simple_tag
def translated_languages(page) -> set[str]:
    """The languages `page` has a live version in, for the head's hreflang alternates."""
    return page_translation.translated_languages(page)


@register.simple_tag
def localized_path(path: str) -> str:
    """A fixed site address (`/saavutettavuusseloste/`) under the visitor's language prefix."""
    return page_translation.in_visitors_language(path)


@register.filter
def long_date(value) -> str:
    """`7. joulukuuta 2026` in the active language; Sámi month names from CLDR, numeric in
    Skolt Sámi (sitewide.dates.long_date)."""
    return dates.long_date(value) if value else ""
