"""Importing a WordPress export: news, plain pages, keywords, images and old addresses.

All or nothing: the whole run is one transaction; a dry run does all of it and rolls back
(images are then only looked for, not stored). Running it again updates by WordPress GUID.
"""

from __future__ import annotations

import logging
import urllib.parse
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.files.images import ImageFile
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.contrib.redirects.models import Redirect
from wagtail.images import get_image_model
from wagtail.log_actions import log
from wagtail.models import Page, PageViewRestriction, Site

from keywords.frontcache import KEYWORDS
from keywords.models import Keyword, KeywordSynonym
from news.frontcache import NEWS
from news.models import NewsIndexPage, NewsPage
from pages.models import StandardPage
from sitewide.frontcache import MENU, SITEMAP, purge_keys

from .content import ImageRef, convert, lead_from
from .models import ImportedItem
from .wxr import Export, Item, WXRError

logger = logging.getLogger(__name__)

STATUS_LIVE = {"publish", "private", "future"}
STATUS_DRAFT = {"draft", "pending"}
UPLOADS_MARKER = "/wp-content/uploads/"
IMAGE_EXTENSIONS = {".jpg", ".jpeg", ".png", ".gif", ".webp"}


class DryRunRollback(Exception):
    pass


@dataclass
class Summary:
    created: Counter = field(default_factory=Counter)
    updated: Counter = field(default_factory=Counter)
    skipped: Counter = field(default_factory=Counter)
    problems: list[str] = field(default_factory=list)
    comments_skipped: int = 0
    redirects: int = 0
    keywords_created: int = 0
    images: int = 0
    dry_run: bool = False

    def problem(self, message: str) -> None:
        self.problems.append(message)

    def lines(self) -> list[str]:
        kinds = {"post": _("uutisia"), "page": _("sivuja")}
        out = []
        for label, counter in ((_("Luotu"), self.created), (_("Päivitetty"), self.updated)):
            for kind, count in sorted(counter.items()):
                out.append(f"{label}: {count} {kinds.get(kind, kind)}")
        for reason, count in sorted(self.skipped.items()):
            out.append(_("Ohitettu: %(count)d (%(reason)s)") % {"count": count, "reason": reason})
        out.append(_("Kommentteja ohitettu: %(count)d") % {"count": self.comments_skipped})
        out.append(_("Uusia asiasanoja: %(count)d") % {"count": self.keywords_created})
        out.append(_("Kuvia: %(count)d") % {"count": self.images})
        out.append(_("Vanhojen osoitteiden ohjauksia: %(count)d") % {"count": self.redirects})
        out.append(_("Ongelmia: %(count)d") % {"count": len(self.problems)})
        return out


Progress = Callable[[int, int], None]


def _path_of(url: str) -> str:
    """`https://old.example/2022/01/x/?p=1` -> `/2022/01/x/?p=1`: the host may differ."""
    parts = urllib.parse.urlsplit(url)
    path = urllib.parse.unquote(parts.path) or "/"
    return path + (f"?{parts.query}" if parts.query else "")


class Importer:
    def __init__(
        self,
        export: Export,
        *,
        uploads: Path | None = None,
        default_user=None,
        categories_as_keywords: bool = True,
        dry_run: bool = False,
        user=None,
        progress: Progress | None = None,
    ):
        self.export = export
        self.uploads = Path(uploads) if uploads else None
        self.default_user = default_user
        self.categories_as_keywords = categories_as_keywords
        self.dry_run = dry_run
        self.user = user
        self.progress = progress or (lambda done, total: None)
        self.summary = Summary(dry_run=dry_run)
        self.attachments = {item.post_id: item for item in export.of_type("attachment")}
        self.keywords: dict[str, Keyword] = {}
        self.images: dict[str, int | None] = {}
        self.imported = {item.guid: item for item in ImportedItem.objects.all()}
        self.redirects: dict[str, Redirect] | None = None
        self.pending_redirects: dict[str, Redirect] = {}

    # Entry point ---------------------------------------------------------------------------

    def run(self) -> Summary:
        try:
            with transaction.atomic():
                self._run()
                if self.dry_run:
                    raise DryRunRollback
        except DryRunRollback:
            pass
        return self.summary

    def _run(self) -> None:
        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
        if site is None:
            raise WXRError(_("Sivustoa ei ole vielä luotu."))
        self.home = site.root_page
        self.news_index = NewsIndexPage.objects.descendant_of(self.home).first()
        if self.news_index is None:
            raise WXRError(_("Luo ensin uutisarkisto, johon uutiset tuodaan."))
        self.users = self._users()
        self._prepare_keywords()
        items = self.export.of_type("post", "page")
        for other in self.export.items:
            if other.post_type not in ("post", "page", "attachment"):
                self.summary.skipped[_("tyyppi %(type)s") % {"type": other.post_type}] += 1
        pages_by_wp_id: dict[int, Page] = {}
        for done, item in enumerate(items, start=1):
            self.summary.comments_skipped += item.comment_count
            page = self._import_item(item)
            if page is not None:
                pages_by_wp_id[item.post_id] = page
            if done % 25 == 0 or done == len(items):
                self.progress(done, len(items))
        self._redirect_terms_and_feeds()
        self._save_redirects()
        # The front cache is purged once, at the end (one request per cache on commit).
        purge_keys([NEWS, KEYWORDS, MENU, SITEMAP])
        if not self.dry_run:
            log(
                instance=self.news_index,
                action="wordpress.import",
                user=self.user,
                data={
                    "created": sum(self.summary.created.values()),
                    "updated": sum(self.summary.updated.values()),
                    "problems": len(self.summary.problems),
                },
            )

    # Users and keywords --------------------------------------------------------------------

    def _users(self) -> dict[str, object]:
        User = get_user_model()
        mapping = {}
        for author in self.export.authors:
            user = User.objects.filter(username__iexact=author.login).first()
            if user is None and author.email:
                user = User.objects.filter(email__iexact=author.email).first()
            mapping[author.login] = user or self.default_user
        return mapping

    def _prepare_keywords(self) -> None:
        """One keyword per WordPress tag (and category), merged case-insensitively with ours."""
        terms = list(self.export.tags)
        if self.categories_as_keywords:
            terms += self.export.categories
        for item in self.export.of_type("post", "page"):
            terms += item.tags + (item.categories if self.categories_as_keywords else [])
        wanted: dict[str, str] = {}
        for term in terms:
            name = " ".join(term.name.split())
            if not name or name.lower() in wanted:
                continue
            if name.lower() in ("uncategorized", "yleinen", "luokittelematon"):
                continue  # WordPress's default category is no keyword
            wanted[name.lower()] = name[:100]
        existing = {keyword.name.lower(): keyword for keyword in Keyword.objects.all()}
        synonyms = {
            synonym.name.lower(): synonym.keyword
            for synonym in KeywordSynonym.objects.select_related("keyword")
        }
        new = []
        for lowered, name in wanted.items():
            keyword = existing.get(lowered) or synonyms.get(lowered)
            if keyword is None:
                keyword = Keyword(name=name)
                new.append(keyword)
            self.keywords[lowered] = keyword
        # In one go: thousands of tags must not cost a save (and an index update) each.
        created = Keyword.objects.bulk_create_named(new)
        self.summary.keywords_created += len(created)

    def _keywords_for(self, item: Item) -> list[Keyword]:
        terms = item.tags + (item.categories if self.categories_as_keywords else [])
        found = {}
        for term in terms:
            keyword = self.keywords.get(" ".join(term.name.split()).lower())
            if keyword is not None:
                found[keyword.pk] = keyword
        return list(found.values())

    # Images --------------------------------------------------------------------------------

    def _file_for(self, url: str) -> Path | None:
        if self.uploads is None or UPLOADS_MARKER not in url:
            return None
        relative = urllib.parse.unquote(urllib.parse.urlsplit(url).path.split(UPLOADS_MARKER, 1)[1])
        candidate = (self.uploads / relative).resolve()
        if self.uploads.resolve() not in candidate.parents:
            return None  # `../` in an address must not read outside the uploads folder
        return candidate if candidate.is_file() else None

    def image_for(self, ref: ImageRef) -> int | None:
        attachment = self.attachments.get(ref.attachment_id) if ref.attachment_id else None
        url = attachment.attachment_url if attachment and attachment.attachment_url else ref.src
        guid = attachment.guid if attachment else f"wp-image:{_path_of(url)}"
        if guid in self.images:
            return self.images[guid]
        image_id = self._image(guid, url, ref.alt, attachment)
        self.images[guid] = image_id
        return image_id

    def _image(self, guid: str, url: str, alt: str, attachment: Item | None) -> int | None:
        existing = self.imported.get(guid)
        if existing is not None and existing.image_id:
            return existing.image_id
        if not url:
            return None
        if Path(urllib.parse.urlsplit(url).path).suffix.lower() not in IMAGE_EXTENSIONS:
            self.summary.problem(_("Kuva %(url)s ei ole tuettua tyyppiä.") % {"url": url})
            return None
        path = self._file_for(url)
        if path is None:
            self.summary.problem(
                _("Kuvaa ei löytynyt uploads-kansiosta: %(url)s") % {"url": _path_of(url)}
            )
            return None
        if self.dry_run:
            self.summary.images += 1
            return None
        title = (attachment.title if attachment else "") or alt or path.stem
        try:
            with path.open("rb") as handle:
                image = get_image_model()(title=title[:255], file=ImageFile(handle, name=path.name))
                image.save()
        except Exception as error:  # a broken image file is a problem to report, not a crash
            logger.warning("WordPress image %s could not be imported: %s", path, error)
            self.summary.problem(_("Kuvatiedostoa ei voitu lukea: %(name)s") % {"name": path.name})
            return None
        self.summary.images += 1
        record, _created = ImportedItem.objects.update_or_create(
            guid=guid,
            defaults={
                "post_id": attachment.post_id if attachment else 0,
                "post_type": "attachment",
                "image": image,
            },
        )
        self.imported[guid] = record
        return image.pk

    def _featured(self, item: Item) -> tuple[int | None, str]:
        thumbnail = item.meta.get("_thumbnail_id", "")
        attachment = self.attachments.get(int(thumbnail)) if thumbnail.isdigit() else None
        if attachment is None:
            return None, ""
        alt = attachment.meta.get("_wp_attachment_image_alt", "") or attachment.title
        ref = ImageRef(attachment.attachment_url, alt, "", attachment.post_id)
        return self.image_for(ref), alt

    # Posts and pages -----------------------------------------------------------------------

    def _import_item(self, item: Item) -> Page | None:
        if item.status not in STATUS_LIVE | STATUS_DRAFT:
            self.summary.skipped[_("tila %(status)s") % {"status": item.status or "?"}] += 1
            return None
        if not item.title.strip():
            self.summary.skipped[_("ei otsikkoa")] += 1
            self.summary.problem(
                _("WordPress-sisältö %(id)s ohitettiin: sillä ei ole otsikkoa.")
                % {"id": item.post_id}
            )
            return None
        converted = convert(item.content, self.image_for)
        for name in sorted(set(converted.unknown)):
            self.summary.problem(
                _("”%(title)s”: lohko %(block)s tuotiin tekstinä.")
                % {"title": item.title, "block": name}
            )
        record = self.imported.get(item.guid)
        existing = record.page.specific if record and record.page_id else None
        if item.post_type == "post":
            page = self._news(item, converted.blocks, existing)
        else:
            page = self._standard_page(item, converted.blocks, existing)
        kind = item.post_type
        (self.summary.updated if existing else self.summary.created)[kind] += 1
        if record is None:
            record = ImportedItem(guid=item.guid)
        record.post_id, record.post_type, record.page = item.post_id, kind, page
        record.save()
        self.imported[item.guid] = record
        self._redirect_item(item, page)
        return page

    def _fill_common(self, page: Page, item: Item) -> None:
        page.title = item.title[:255]
        owner = self.users.get(item.creator) or self.default_user
        if owner is not None:
            page.owner = owner
        self.owner = owner

    def _free_slug(self, parent: Page, wanted: str, page: Page | None) -> str:
        slug = slugify(wanted, allow_unicode=True)[:240] or "sivu"
        siblings = parent.get_children().exclude(pk=page.pk if page and page.pk else None)
        taken = set(siblings.filter(slug__startswith=slug).values_list("slug", flat=True))
        candidate, n = slug, 1
        while candidate in taken:
            n += 1
            candidate = f"{slug}-{n}"
        return candidate

    def _news(self, item: Item, blocks: list[dict], existing: NewsPage | None) -> NewsPage:
        page = existing or NewsPage()
        self._fill_common(page, item)
        page.slug = self._free_slug(self.news_index, item.slug or item.title, page)
        moment = item.date_gmt or timezone.now()
        page.date = timezone.localtime(moment).date()
        page.lead = lead_from(item.excerpt, item.content) or item.title[:600]
        page.body = blocks
        image_id, alt = self._featured(item)
        page.header_image_id = image_id
        page.header_image_alt = alt[:250] if image_id else ""
        page.keywords.set(self._keywords_for(item))
        return self._save(page, self.news_index, item)

    def _standard_page(self, item: Item, blocks: list[dict], existing) -> StandardPage:
        page = existing or StandardPage()
        self._fill_common(page, item)
        page.slug = self._free_slug(self.home, item.slug or item.title, page)
        page.body = _rich_text(blocks) or f"<p>{item.title}</p>"
        return self._save(page, self.home, item)

    def _save(self, page: Page, parent: Page, item: Item) -> Page:
        moment = item.date_gmt or timezone.now()
        modified = item.modified_gmt or moment
        if page.pk is None:
            page.live = False
            parent.add_child(instance=page)
        else:
            page.save()
        is_future = item.status == "future" and moment > timezone.now()
        page.go_live_at = moment if is_future else None
        revision = page.save_revision(user=self.owner, log_action=False, clean=False)
        if item.status in STATUS_LIVE:
            revision.publish(user=self.owner, log_action=False, skip_permission_checks=True)
            if not is_future:
                type(page).objects.filter(pk=page.pk).update(
                    first_published_at=moment, last_published_at=modified
                )
        elif page.live:
            page.unpublish(user=self.owner, log_action=False)
        restricted = PageViewRestriction.objects.filter(page=page)
        if item.status == "private":
            if not restricted.exists():
                PageViewRestriction.objects.create(
                    page=page, restriction_type=PageViewRestriction.LOGIN
                )
        else:
            restricted.delete()
        return page

    # Old addresses -------------------------------------------------------------------------

    def _redirect(self, old_path: str, *, page: Page | None = None, link: str = "") -> None:
        normalised = Redirect.normalise_path(old_path)
        if not normalised or normalised == "/":
            return
        target = page.url_path if page else link
        if page is not None and Redirect.normalise_path(page.url) == normalised:
            return  # the old address is the new one
        if self.redirects is None:
            self.redirects = {r.old_path: r for r in Redirect.objects.filter(site=None)}
        redirect = self.redirects.get(normalised)
        if redirect is None:
            redirect = self.redirects[normalised] = Redirect(old_path=normalised, site=None)
        redirect.redirect_page = page
        redirect.redirect_link = "" if page else link
        redirect.is_permanent = True
        self.pending_redirects[normalised] = redirect
        self.summary.redirects += 1 if target else 0

    def _save_redirects(self) -> None:
        pending = list(self.pending_redirects.values())
        Redirect.objects.bulk_create([r for r in pending if r.pk is None], batch_size=1000)
        Redirect.objects.bulk_update(
            [r for r in pending if r.pk is not None],
            ["redirect_page", "redirect_link", "is_permanent"],
            batch_size=1000,
        )

    def _redirect_item(self, item: Item, page: Page) -> None:
        if item.link:
            self._redirect(_path_of(item.link), page=page)
        self._redirect(f"/?p={item.post_id}", page=page)
        if item.post_type == "page":
            self._redirect(f"/?page_id={item.post_id}", page=page)

    def _redirect_terms_and_feeds(self) -> None:
        terms = [("tag", term) for term in self.export.tags]
        if self.categories_as_keywords:
            terms += [("category", term) for term in self.export.categories]
        for item in self.export.of_type("post"):
            terms += [("tag", term) for term in item.tags]
            if self.categories_as_keywords:
                terms += [("category", term) for term in item.categories]
        done = set()
        for base, term in terms:
            keyword = self.keywords.get(" ".join(term.name.split()).lower())
            if keyword is None or not term.slug or (base, term.slug) in done:
                continue
            done.add((base, term.slug))
            self._redirect(f"/{base}/{term.slug}/", link=keyword.get_absolute_url())
            feed = reverse("keyword_feed_rss", kwargs={"slug": keyword.slug})
            self._redirect(f"/{base}/{term.slug}/feed/", link=feed)
        self._redirect("/feed/", link=reverse("news_feed_rss"))
        self._redirect("/feed/atom/", link=reverse("news_feed_atom"))
        self._redirect("/comments/feed/", link=reverse("news_feed_rss"))


def _rich_text(blocks: list[dict]) -> str:
    """Body blocks as the rich text of a plain page (h2/h3, paragraphs and lists)."""
    from django.utils.html import escape

    parts = []
    for block in blocks:
        kind, value = block["type"], block["value"]
        if kind == "paragraph":
            parts.append(value)
        elif kind == "heading":
            parts.append(f"<h2>{escape(value)}</h2>")
        elif kind == "subheading":
            parts.append(f"<h3>{escape(value)}</h3>")
        elif kind == "quote":
            parts.append(f"<p><i>{escape(value['text'])}</i></p>")
        elif kind == "table":
            for row in value["data"]:
                parts.append(f"<p>{escape(' | '.join(row))}</p>")
        elif kind == "embed":
            parts.append(f'<p><a href="{escape(value["url"])}">{escape(value["title"])}</a></p>')
    return "".join(parts)
