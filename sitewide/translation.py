"""Pages in the visitor's language: translations where editors made them, the Finnish original
(with a note) where they did not, and addresses that keep the visitor's language prefix.

Finnish lives at unprefixed addresses and is the language every page exists in; `/sv/` and
`/en/` are the translated trees, and a page missing there is routed to its Finnish original
(see `LocaleFallbackMixin`) under the same prefix.
"""

from urllib.parse import urlsplit, urlunsplit

from django.conf import settings
from django.db.models import Exists, OuterRef, Q
from django.utils import translation
from wagtail.models import Locale, Page, PageQuerySet


def visitor_language() -> str:
    return translation.get_language() or settings.LANGUAGE_CODE


def in_visitors_language(url: str, language: str | None = None) -> str:
    """`url` under the visitor's language prefix: `/uutiset/x/` is `/sv/uutiset/x/` for a
    Swedish visitor. Finnish addresses and addresses that already have the prefix stay."""
    language = language or visitor_language()
    if not url or language == settings.LANGUAGE_CODE:
        return url
    parts = urlsplit(url)
    prefix = f"/{language}/"
    if parts.path.startswith(prefix) or not parts.path.startswith("/"):
        return url
    return urlunsplit(parts._replace(path=prefix.rstrip("/") + parts.path))


def localized_page_url(page: Page, request=None) -> str:
    """The page's address for a visitor in the active language."""
    return in_visitors_language(page.get_url(request) or "")


def _original(parent: Page) -> Page | None:
    """The default-language page that `parent` translates; None when `parent` is it."""
    return (
        Page.objects.filter(
            translation_key=parent.translation_key,
            locale__language_code=settings.LANGUAGE_CODE,
        )
        .exclude(pk=parent.pk)
        .only("path", "depth")
        .first()
    )


def with_untranslated_originals(
    queryset: PageQuerySet, parent: Page, descendants: bool = False
) -> PageQuerySet:
    """The pages of `queryset` below `parent` (its children, or all descendants), and, when
    `parent` is a translation, the pages below its Finnish original that have no live
    translation below `parent`: a Swedish news archive lists the Finnish news not yet
    translated next to the translated ones. One query more, and only outside Finnish."""

    def below(page: Page) -> Q:
        return queryset.descendant_of_q(page) if descendants else queryset.child_of_q(page)

    if visitor_language() == settings.LANGUAGE_CODE:
        return queryset.filter(below(parent))
    original = _original(parent)
    if original is None:
        return queryset.filter(below(parent))
    translated = Page.objects.filter(below(parent)).live().values("translation_key")
    return queryset.filter(below(parent) | (below(original) & ~Q(translation_key__in=translated)))


def once_in_visitors_language(queryset: PageQuerySet) -> PageQuerySet:
    """Each page of `queryset` once, wherever it sits in the tree: its translation into the
    visitor's language where `queryset` holds one, else the Finnish original (a translation
    keeps the original's keywords and links, so listings by keyword or link would show both).
    Same query count; outside Finnish one subquery more."""
    language = visitor_language()
    if language == settings.LANGUAGE_CODE:
        return queryset.filter(locale__language_code=language)
    translated = queryset.filter(
        locale__language_code=language, translation_key=OuterRef("translation_key")
    )
    return queryset.filter(
        Q(locale__language_code=language)
        | Q(locale__language_code=settings.LANGUAGE_CODE) & ~Exists(translated)
    )


def active_locale_id(request) -> int | None:
    """The Locale of the visitor's language, looked up once per request."""
    language = visitor_language()
    memo = getattr(request, "_active_locale", None) if request is not None else None
    if memo is not None and memo[0] == language:
        return memo[1]
    locale_id = Locale.objects.filter(language_code=language).values_list("pk", flat=True).first()
    if request is not None:
        request._active_locale = (language, locale_id)
    return locale_id


def is_untranslated(page: Page, request=None) -> bool:
    """True when a visitor reading another language than Finnish sees this page in Finnish."""
    if visitor_language() == settings.LANGUAGE_CODE or not isinstance(page, Page):
        return False
    return page.locale_id != active_locale_id(request)


def translated_languages(page: Page) -> set[str]:
    """The languages `page` is really written in: its own and its live translations'. Under
    another language's prefix a page is its Finnish original, not an alternate in that language."""
    if not isinstance(page, Page):
        return set()
    return set(
        Page.objects.filter(translation_key=page.translation_key)
        .live()
        .values_list("locale__language_code", flat=True)
    )


def ensure_translation(page: Page, language: str, **fields) -> Page:
    """The live translation of `page` into `language`, made from a copy with `fields` set if
    there is none yet (its parent must be translated first). For demo content."""
    locale = Locale.objects.get(language_code=language)
    existing = page.get_translation_or_none(locale)
    if existing is not None:
        return existing
    copy = page.specific.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.save_revision().publish()
    return copy


def mirror_child_order(original_parent: Page, language: str) -> None:
    """Order the translated children of `original_parent`'s translation as the originals are
    (a copy for translation is added last), so translated menus keep the Finnish order."""
    locale = Locale.objects.get(language_code=language)
    parent = original_parent.get_translation_or_none(locale)
    if parent is None:
        return
    keys = list(original_parent.get_children().values_list("translation_key", flat=True))
    translated = list(parent.get_children().filter(translation_key__in=keys))
    wanted = sorted(translated, key=lambda page: keys.index(page.translation_key))
    if [page.pk for page in translated] == [page.pk for page in wanted]:
        return
    for page in wanted:
        Page.objects.get(pk=page.pk).move(parent, pos="last-child")
