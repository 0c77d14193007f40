"""Full-page screenshots of every public page type, in fi/sv/en at 390 and 1280 px, and one
contact sheet per page type to look at them side by side.

Run it against a running demo site (see `make demo`), with the same DATABASE_URL, so that it can
find the demo's pages:

    DATABASE_URL=sqlite:////tmp/ui_demo.sqlite3 .venv/bin/python scripts/screenshots.py \
        --base-url http://127.0.0.1:8123 [--only home,news-page] [--out screenshots]

The 400 and 404 pages need a second server of the same database with DEBUG off (with DEBUG on,
Django shows its own debug page): `DEBUG=false ... runserver 127.0.0.1:8124 --insecure` and
`--error-base-url http://127.0.0.1:8124`; that server serves no uploads, so the logo is missing
there.

Shots go to screenshots/<page type>/<lang>-<width>.png (git-ignored) and sheets to
screenshots/sheets/. Rate limits count accepted posts per address: the sixth sign-up in ten
minutes shows the "too many attempts" page, which is one of the page types too (feedback with
errors, as the script sends it, never counts).
The sign-up thanks page is reached by posting the form, so the run adds a sign-up to that
database (use a demo database, never production's).
"""

import argparse
import os
import sys
from dataclasses import dataclass
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
LANGUAGES = ("fi", "sv", "en")
WIDTHS = (390, 1280)
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
# Contact sheets: each shot scaled to this width and cut at this height (full pages are long).
THUMB_WIDTH = {390: 260, 1280: 520}
THUMB_MAX_HEIGHT = 1800


@dataclass
class Shot:
    name: str
    path: str  # the Finnish URL; /sv/ and /en/ are prefixed
    action: str = ""  # "submit-signup", "submit-feedback", "fill-signup"
    error_page: bool = False  # Django shows its own debug page instead while DEBUG is on


def demo_urls() -> list[Shot]:
    """The demo's page of each type, found in the database (before Playwright starts)."""
    sys.path.insert(0, str(PROJECT_DIR))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "osallisuus.settings.dev")
    import django

    django.setup()
    from django.urls import reverse

    from contacts.models import ContactCard, ContactDirectoryPage
    from keywords.models import Keyword
    from network.models import EventIndexPage, EventPage, NetworkIndexPage, NetworkPage
    from news.models import NewsIndexPage, NewsPage
    from pages.models import AccessibilityStatementPage, StandardPage

    def fi(queryset):
        return queryset.filter(locale__language_code="fi").live()

    illustrated = fi(NewsPage.objects).filter(header_image__isnull=False).first()
    keyword = Keyword.objects.get(name="Lappi")
    card = ContactCard.objects.exclude(photo=None).first() or ContactCard.objects.first()
    signup_network = next(n for n in fi(NetworkPage.objects) if n.signup_is_open())
    network = fi(NetworkPage.objects).first()
    directory = fi(ContactDirectoryPage.objects).first()
    # Searches and form posts share one allowance per address: the searches come after the forms,
    # and the thanks page after five sign-ups is the "too many attempts" page (429).
    return [
        Shot("home", "/"),
        Shot("news-index", fi(NewsIndexPage.objects).first().url),
        Shot("news-page", illustrated.url),
        Shot("keyword-index", reverse("keyword_index")),
        Shot("keyword", keyword.get_absolute_url()),
        Shot("directory", directory.url),
        Shot("contact-card", card.get_absolute_url()),
        Shot("network-index", fi(NetworkIndexPage.objects).first().url),
        Shot("network-page", network.url),
        Shot("signup-errors", signup_network.url, "submit-signup"),
        Shot("signup-thanks", signup_network.url, "fill-signup"),
        Shot("event-index", fi(EventIndexPage.objects).first().url),
        Shot("event-page", fi(EventPage.objects).first().url),
        Shot("sitemap", reverse("sitemap_page")),
        Shot("accessibility-statement", fi(AccessibilityStatementPage.objects).first().url),
        Shot(
            "feedback-errors", fi(AccessibilityStatementPage.objects).first().url, "submit-feedback"
        ),
        Shot("search", reverse("search") + "?q=osallisuus"),
        Shot("search-did-you-mean", reverse("search") + "?q=osalisuus"),
        Shot("search-no-hits", reverse("search") + "?q=qxzvwk"),
        Shot("standard-page", fi(StandardPage.objects).first().url),
        Shot("not-found-404", "/ei-ole-olemassa/", error_page=True),
        Shot(
            "bad-request-400", fi(NewsIndexPage.objects).first().url + "?page=abc", error_page=True
        ),
    ]


def localized(path: str, lang: str) -> str:
    return path if lang == "fi" else f"/{lang}{path}"


def act(page, action: str) -> None:
    if action == "submit-signup":
        page.locator(".signup-form button[type=submit]").click()
        page.wait_for_load_state()
    elif action == "submit-feedback":
        page.locator(".feedback form button[type=submit]").click()
        page.wait_for_load_state()
    elif action == "fill-signup":
        form = page.locator(".signup-form")
        form.locator("input[name$=name]").first.fill("Testi Henkilö")
        form.locator("input[name$=organisation]").fill("Kuvitteellinen yhdistys ry")
        form.locator("input[type=email]").fill("testi@example.invalid")
        select = form.locator("select")
        select.select_option(index=1)
        form.locator("input[type=checkbox]:visible").check()
        form.locator("button[type=submit]").click()
        page.wait_for_load_state()


def load_lazy_images(page) -> None:
    """Full-page shots do not scroll, so lazy images below the fold would stay empty."""
    page.evaluate(
        "document.querySelectorAll('img[loading=lazy]').forEach(img => { img.loading = 'eager'; })"
    )
    page.wait_for_load_state("networkidle")


def take(base_url: str, error_base_url: str, shots: list[Shot], out: Path) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for width in WIDTHS:
            context = browser.new_context(
                base_url=base_url,
                viewport={"width": width, "height": 900},
                locale="fi-FI",
                timezone_id="Europe/Helsinki",
            )
            page = context.new_page()
            for shot in shots:
                for lang in LANGUAGES:
                    address = localized(shot.path, lang)
                    page.goto(error_base_url + address if shot.error_page else address)
                    if shot.action:
                        act(page, shot.action)
                    load_lazy_images(page)
                    target = out / shot.name / f"{lang}-{width}.png"
                    target.parent.mkdir(parents=True, exist_ok=True)
                    page.screenshot(path=str(target), full_page=True)
                    overflow = page.evaluate(
                        "(e => e.scrollWidth - e.clientWidth)(document.documentElement)"
                    )
                    note = f"  OVERFLOW {overflow}px" if overflow > 0 else ""
                    print(f"{shot.name:26} {lang} {width:4} {page.url}{note}")
            context.close()
        browser.close()


def sheets(shots: list[Shot], out: Path) -> None:
    """One sheet per page type: fi, sv, en at 390 px, then fi, sv, en at 1280 px."""
    from PIL import Image, ImageDraw

    (out / "sheets").mkdir(parents=True, exist_ok=True)
    gap, label = 12, 22
    for shot in shots:
        thumbs = []
        for width in WIDTHS:
            for lang in LANGUAGES:
                source = out / shot.name / f"{lang}-{width}.png"
                if not source.exists():
                    continue
                with Image.open(source) as image:
                    scale = THUMB_WIDTH[width] / image.width
                    thumb = image.resize((THUMB_WIDTH[width], round(image.height * scale)))
                thumbs.append(
                    (
                        f"{lang} {width}",
                        thumb.crop((0, 0, thumb.width, min(thumb.height, THUMB_MAX_HEIGHT))),
                    )
                )
        if not thumbs:
            continue
        sheet_width = sum(t.width for _, t in thumbs) + gap * (len(thumbs) + 1)
        sheet_height = max(t.height for _, t in thumbs) + label + gap * 2
        sheet = Image.new("RGB", (sheet_width, sheet_height), "#888888")
        draw = ImageDraw.Draw(sheet)
        x = gap
        for caption, thumb in thumbs:
            draw.text((x, gap // 2), f"{shot.name} {caption}", fill="black")
            sheet.paste(thumb, (x, label + gap))
            x += thumb.width + gap
        sheet.save(out / "sheets" / f"{shot.name}.png")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base-url", default="http://127.0.0.1:8000")
    parser.add_argument(
        "--error-base-url",
        default="",
        help="a server of the same database with DEBUG=false (runserver --insecure) for 400/404",
    )
    parser.add_argument("--out", default=str(PROJECT_DIR / "screenshots"))
    parser.add_argument("--only", default="", help="comma-separated page types")
    parser.add_argument("--sheets-only", action="store_true")
    args = parser.parse_args()
    shots = demo_urls()
    if args.only:
        wanted = set(args.only.split(","))
        shots = [shot for shot in shots if shot.name in wanted]
    out = Path(args.out)
    if not args.sheets_only:
        take(args.base_url, args.error_base_url or args.base_url, shots, out)
    sheets(shots, out)
    print(f"Sheets in {out / 'sheets'}")


if __name__ == "__main__":
    main()
