"""The Lapland demo site in Northern Sámi: the site offers fi, se, sv and en, and its first-seed
article has a short Northern Sámi version, plainly marked as an illustration of the translation
workflow (not a reviewed translation). The interface stays Finnish, marked lang="fi", until a
translator delivers locale/se (docs/translations.md).

The Lapland site is the default site and the article is found by its slug, so this works with
one demo site or several."""

from django.db import transaction
from wagtail.models import Page, Site

from news.models import NewsIndexPage, NewsPage
from sitewide.languages import normalise
from sitewide.models import SiteLanguages
from sitewide.translation import ensure_translation

LAPLAND_LANGUAGES = ["fi", "se", "sv", "en"]
SEED_ARTICLE_SLUG = "lapin-osallisuusverkosto-jatkaa-vuonna-2022"

# Shown in Finnish (lang="fi") at the top of the Sámi article: says what the text is.
DEMO_NOTE = (
    '<p lang="fi"><strong>Esimerkkiteksti käännöstyönkulun havainnollistamiseksi.</strong> '
    "Tämä lyhyt pohjoissaamenkielinen versio näyttää, miten sivusto tarjoaa sisältöä "
    "saameksi; se ei ole tarkistettu käännös.</p>"
)

HOME = {"title": "Oassálastin", "intro": "Oassálastinfierpmádagaid ođđasat."}
NEWS_INDEX = {"title": "Ođđasat", "intro": "Oassálastinfierpmádagaid ođđasat."}
ARTICLE = {
    "title": "Lappi oassálastinfierpmádat joatká jagi 2022",
    "lead": "Lappi oassálastinfierpmádat joatká barggu boahtte jagi.",
    "body": [
        {"type": "paragraph", "value": DEMO_NOTE},
        {
            "type": "paragraph",
            "value": "<p>Fierpmádahkii sáhttá searvat jagi loahpa rádjái.</p>",
        },
    ],
}


def lapland_site() -> Site | None:
    return Site.objects.filter(is_default_site=True).select_related("root_page").first()


@transaction.atomic
def load_demo_sami(site: Site | None = None) -> int:
    """Offer Northern Sámi on the Lapland site and translate its seed article (with the home
    page and news archive it needs as parents); return how many pages were made. Idempotent."""
    site = site or lapland_site()
    if site is None:
        return 0
    setting = SiteLanguages.for_site(site)
    languages = normalise([*setting.languages, *LAPLAND_LANGUAGES])
    if languages != setting.languages:
        setting.languages = languages
        setting.save()
    home = site.root_page.specific
    article = (
        NewsPage.objects.descendant_of(home)
        .filter(slug=SEED_ARTICLE_SLUG, locale__language_code="fi")
        .first()
    )
    if article is None:
        return 0
    before = Page.objects.count()
    ensure_translation(home, "se", **HOME)
    index = article.get_parent().specific
    if isinstance(index, NewsIndexPage):
        ensure_translation(index, "se", **NEWS_INDEX)
    ensure_translation(article, "se", **ARTICLE)
    return Page.objects.count() - before
