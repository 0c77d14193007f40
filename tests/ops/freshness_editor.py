"""The editor of the freshness test (tests/ops/test_freshness.py): a process of its own with the
stack's production settings, so its purges and fragment forgets go out as a real save's do.

    python -m tests.ops.freshness_editor   (with the stack's environment)

It reads one JSON command a line on stdin and answers one JSON line on stdout. `setup` builds
the demo and gives the objects the changes act on distinctive names ("markers", ASCII so that
every escaping of HTML, XML, JSON-LD and vCard writes them alike); every other command is one
editor's change, made in one transaction the way the admin's save or publish makes it, and
answers the moment it committed (time.monotonic(), the same clock in every process here).
"""

from __future__ import annotations

import json
import os
import sys
import time
import traceback

# Everything that a change must replace where it was shown. Old values are never substrings
# of new ones, nor of anything else on the demo.
MARKERS = {
    "newest_title": "Kuikkalahden uusin tiedote",
    "edit_title": "Ahvenlahden tiedote",
    "unpublish_title": "Lohijoen tiedote",
    "restrict_title": "Siikasaaren tiedote",
    "card_name": "Ahti Kivikallio",
    "network_title": "Kuusamon verkosto",
    "rename_keyword": "kuikkaranta",
    "merge_source": "lokkiniemi",
    "merge_target": "tiiranmaa",
    "identity_name": "Jarvilaakson testiverkosto",
    "menu_title": "Ruskatapahtumat",
    "swedish_title": "Nyhet om Granholmen",
}


def _setup_django() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "osallisuus.settings.production")
    import django

    django.setup()


def build_demo(hostname: str, port: int) -> dict:
    """Migrate, load the demo as `make demo` does (one process: one start-up instead of eight)
    and give the targets their markers; what each change acts on."""
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0)
    call_command("setup_site", hostname=hostname, port=port, verbosity=0)
    for command in (
        "load_demo_contacts",
        "load_demo_network",
        "load_demo_news",
        "load_demo_translations",
        "load_demo_identity",
    ):
        call_command(command, verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)
    return mark_targets()


def mark_targets() -> dict:
    from django.db import transaction
    from django.db.models import Count
    from wagtail.models import Site

    from contacts.models import ContactCard
    from identity.models import SiteIdentity
    from keywords import governance
    from keywords.models import Keyword
    from network.models import EventIndexPage, NetworkPage
    from news.models import NewsIndexPage, NewsPage
    from pages.models import StandardPage

    with transaction.atomic():
        site = Site.objects.get(is_default_site=True)
        home = site.root_page.specific
        finnish = NewsPage.objects.live().filter(locale__language_code="fi")
        translated = set(
            NewsPage.objects.exclude(locale__language_code="fi").values_list(
                "translation_key", flat=True
            )
        )
        # Newest first, with keywords, not translated (a translation shows its own title).
        articles = [
            page
            for page in finnish.order_by("-date", "-pk")
            if page.translation_key not in translated and page.keywords.exists()
        ]
        newest, edited, unpublished, moved, restricted = articles[:5]
        for page, key in (
            (newest, "newest_title"),
            (edited, "edit_title"),
            (unpublished, "unpublish_title"),
            (restricted, "restrict_title"),
        ):
            retitle(page, MARKERS[key])

        # Articles move to a second archive (any news index lists all news).
        projects = home.add_child(
            instance=StandardPage(title="Hankkeet", slug="hankkeet", body="<p>Hankkeet.</p>")
        )
        projects.save_revision().publish()
        project_news = projects.add_child(
            instance=NewsIndexPage(title="Hankeuutiset", slug="hankeuutiset")
        )
        project_news.save_revision().publish()

        card = (
            ContactCard.objects.filter(live=True)
            .annotate(uses=Count("news_links"))
            .order_by("-uses", "pk")
            .first()
        )
        card.name = MARKERS["card_name"]
        card.save_revision().publish()

        network = (
            NetworkPage.objects.live()
            .filter(locale__language_code="fi")
            .annotate(news=Count("news_items"))
            .order_by("-news", "pk")
            .first()
        )
        retitle(network, MARKERS["network_title"])

        used = (
            Keyword.objects.annotate(uses=Count("news_items"))
            .filter(uses__gt=1)
            .order_by("-uses", "pk")
        )
        renamed, source, target = list(used[:3])
        for keyword, key in ((renamed, "rename_keyword"), (source, "merge_source"),
                             (target, "merge_target")):  # fmt: skip
            governance.rename_keyword(keyword, MARKERS[key])

        identity = SiteIdentity.for_site(site)
        identity.organisation_name = MARKERS["identity_name"]
        identity.save()

        menu_page = EventIndexPage.objects.child_of(home).get()
        retitle(menu_page, MARKERS["menu_title"])

        swedish = NewsPage.objects.live().filter(locale__language_code="sv").order_by("pk").first()
        retitle(swedish, MARKERS["swedish_title"])

    return {
        "markers": MARKERS,
        "newest": page_info(newest),
        "edited": page_info(edited),
        "unpublished": page_info(unpublished),
        "moved": page_info(moved),
        "restricted": page_info(restricted),
        "move_to": project_news.pk,
        "card": card.pk,
        "card_url": card.get_absolute_url(),
        "network": network.pk,
        "keyword": renamed.pk,
        "merge_source": source.pk,
        "merge_target": target.pk,
        "menu_page": menu_page.pk,
        "swedish": page_info(swedish),
    }


def page_info(page) -> dict:
    page.refresh_from_db()
    return {"pk": page.pk, "path": page.url, "slug": page.slug, "title": page.title}


def retitle(page, title: str) -> None:
    page = page.specific
    page.refresh_from_db()
    page.title = title
    page.save_revision().publish()


# Changes -------------------------------------------------------------------------------------


def publish_like(pk: int, title: str, slug: str) -> None:
    """A new article in the archive of `pk`, with its keywords and network, published now: as
    the admin's create view saves it (a draft child, a revision, the publish)."""
    from django.utils import timezone

    from news.models import NewsPage

    like = NewsPage.objects.get(pk=pk)
    page = NewsPage(
        title=title,
        slug=slug,
        date=timezone.localdate(),
        lead="Uusi tiedote tuoreustestissa.",
        network=like.network,
        live=False,
        has_unpublished_changes=True,
    )
    like.get_parent().add_child(instance=page)
    page.keywords.set(list(like.keywords.all()))
    page.save_revision().publish()


def edit_title(pk: int, title: str) -> None:
    from wagtail.models import Page

    retitle(Page.objects.get(pk=pk), title)


def unpublish(pk: int) -> None:
    from wagtail.models import Page

    Page.objects.get(pk=pk).specific.unpublish()


def move(pk: int, parent: int) -> None:
    from wagtail.models import Page

    Page.objects.get(pk=pk).specific.move(Page.objects.get(pk=parent), pos="last-child")


def rename_card(pk: int, name: str) -> None:
    from contacts.models import ContactCard

    card = ContactCard.objects.get(pk=pk)
    card.name = name
    card.save_revision().publish()


def rename_keyword(pk: int, name: str) -> None:
    from keywords import governance
    from keywords.models import Keyword

    governance.rename_keyword(Keyword.objects.get(pk=pk), name)


def merge_keywords(source: int, target: int) -> None:
    from keywords import governance
    from keywords.models import Keyword

    governance.merge_keywords(Keyword.objects.filter(pk=source), Keyword.objects.get(pk=target))


def rename_identity(name: str) -> None:
    from wagtail.models import Site

    from identity.models import SiteIdentity

    identity = SiteIdentity.for_site(Site.objects.get(is_default_site=True))
    identity.organisation_name = name
    identity.save()


def restrict(pk: int, password: str) -> None:
    """As the admin's privacy dialog saves a password restriction."""
    from wagtail.models import Page, PageViewRestriction

    PageViewRestriction.objects.create(
        page=Page.objects.get(pk=pk),
        restriction_type=PageViewRestriction.PASSWORD,
        password=password,
    )


CHANGES = {
    "publish_like": publish_like,
    "edit_title": edit_title,
    "unpublish": unpublish,
    "move": move,
    "rename_card": rename_card,
    "rename_keyword": rename_keyword,
    "merge_keywords": merge_keywords,
    "rename_identity": rename_identity,
    "restrict": restrict,
}


def apply(change: str, **arguments) -> dict:
    from django.db import transaction

    committed: list[float] = []
    with transaction.atomic():
        # Registered first, so it runs first after COMMIT, before the purges go out.
        transaction.on_commit(lambda: committed.append(time.monotonic()))
        CHANGES[change](**arguments)
    return {"committed": committed[0], "replied": time.monotonic()}


def main() -> None:
    _setup_django()
    out = sys.stdout
    # Django and Wagtail may print; only answers go to the test.
    sys.stdout = sys.stderr
    for line in sys.stdin:
        command = json.loads(line)
        try:
            if command["change"] == "setup":
                answer = build_demo(command["hostname"], command["port"])
            else:
                answer = apply(command["change"], **command.get("arguments", {}))
            answer = {"ok": True, **answer}
        except Exception:  # noqa: BLE001 - the test shows it; this process keeps serving
            answer = {"ok": False, "error": traceback.format_exc()}
        out.write(json.dumps(answer) + "\n")
        out.flush()


if __name__ == "__main__":
    main()
