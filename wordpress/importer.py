"""Importing a WordPress export: news, plain pages, keywords, images and old addresses.

All or nothing: the whole run is one transaction; a dry run does all of it and rolls back
(images are then only looked for, not stored). Running it again updates by WordPress GUID.
"""

from __future__ import annotations

import contextlib
import logging
import urllib.parse
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.files.images import ImageFile
from django.db import OperationalError, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from modelcluster.models import get_all_child_relations
from wagtail.contrib.redirects.models import Redirect
from wagtail.images import get_image_model
from wagtail.log_actions import log
from wagtail.models import Page, PageViewRestriction, ReferenceIndex, Revision, Site
from wagtail.search.backends import get_search_backends

from keywords.frontcache import KEYWORDS
from keywords.models import Keyword, KeywordSynonym
from news.frontcache import NEWS
from news.models import NewsIndexPage, NewsPage, NewsPageKeyword
from pages.models import StandardPage
from search.indexing import index_objects
from sitewide.frontcache import MENU, SITEMAP, purge_keys
from sitewide.pagetree import insert_children, update_rows

from .content import ImageRef, as_editor_allows, convert, lead_from, safe_url
from .models import ImportedItem, ImportLock
from .wxr import Export, Item, WXRError

logger = logging.getLogger(__name__)

STATUS_LIVE = {"publish", "private", "future"}
STATUS_DRAFT = {"draft", "pending"}
UPLOADS_MARKER = "/wp-content/uploads/"
LOGIN = PageViewRestriction.LOGIN
IMAGE_EXTENSIONS = {".jpg", ".jpeg", ".png", ".gif", ".webp"}


class DryRunRollback(Exception):
    pass


@dataclass
class Summary:
    created: Counter = field(default_factory=Counter)
    updated: Counter = field(default_factory=Counter)
    skipped: Counter = field(default_factory=Counter)
    problems: list[str] = field(default_factory=list)
    # Pages whose access was narrowed in Wagtail after an earlier run: the import kept it.
    conflicts: list[str] = field(default_factory=list)
    comments_skipped: int = 0
    redirects: int = 0
    keywords_created: int = 0
    images: int = 0
    dry_run: bool = False

    def problem(self, message: str) -> None:
        self.problems.append(message)

    def lines(self) -> list[str]:
        out = []
        for label, counter in ((_("Luotu"), self.created), (_("Päivitetty"), self.updated)):
            for kind, count in sorted(counter.items()):
                out.append(f"{label}: {_counted(kind, count)}")
        for reason, count in sorted(self.skipped.items()):
            out.append(_("Ohitettu: %(count)d (%(reason)s)") % {"count": count, "reason": reason})
        out.append(_("Kommentteja ohitettu: %(count)d") % {"count": self.comments_skipped})
        out.append(_("Uusia asiasanoja: %(count)d") % {"count": self.keywords_created})
        out.append(_("Kuvia: %(count)d") % {"count": self.images})
        out.append(_("Vanhojen osoitteiden ohjauksia: %(count)d") % {"count": self.redirects})
        out.append(_("Ongelmia: %(count)d") % {"count": len(self.problems)})
        out.append(_("Ristiriitoja: %(count)d") % {"count": len(self.conflicts)})
        return out

    def as_dict(self) -> dict:
        """What the admin's status file keeps of the summary."""
        return {"lines": self.lines(), "problems": self.problems, "conflicts": self.conflicts}


def _counted(kind: str, count: int) -> str:
    """ "1 uutinen", "3 uutista", "1 sivu": the number picks the form."""
    if kind == "post":
        return ngettext("%(count)s uutinen", "%(count)s uutista", count) % {"count": count}
    if kind == "page":
        return ngettext("%(count)s sivu", "%(count)s sivua", count) % {"count": count}
    return f"{count} {kind}"


Progress = Callable[[int, int], None]
# The run's stages, in order, for a progress display: converting items, writing, indexing.
STAGE_CONVERT, STAGE_WRITE, STAGE_INDEX = "convert", "write", "index"


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
        stage: Callable[[str], None] | None = None,
    ):
        self.export = export
        self.uploads = Path(uploads) if uploads else None
        self.default_user = default_user
        self.categories_as_keywords = categories_as_keywords
        self.dry_run = dry_run
        self.user = user
        self.progress = progress or (lambda done, total: None)
        self.stage = stage or (lambda name: None)
        self.summary = Summary(dry_run=dry_run)
        self.attachments = {item.post_id: item for item in export.of_type("attachment")}
        self.keywords: dict[str, Keyword] = {}
        self.images: dict[str, int | None] = {}
        self.imported: dict[str, ImportedItem] = {}
        self.redirects: dict[str, Redirect] | None = None
        self.pending_redirects: dict[str, Redirect] = {}
        self.stored_files: list[tuple[object, str]] = []

    # Entry point ---------------------------------------------------------------------------

    def run(self) -> Summary:
        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
        if site is None:
            raise WXRError(_("Sivustoa ei ole vielä luotu."))
        with _refused_while_another_runs():
            # The row exists (committed) before any run locks it: two first runs would
            # otherwise wait on each other's INSERT instead of being refused.
            lock, _created = ImportLock.objects.get_or_create(site=site)
        try:
            with transaction.atomic():
                self._lock(lock)
                self._run(site)
                if self.dry_run:
                    raise DryRunRollback
        except DryRunRollback:
            pass
        except BaseException:
            # The rows are rolled back; the image files copied meanwhile must go too.
            self._remove_stored_files()
            raise
        return self.summary

    def _remove_stored_files(self) -> None:
        for storage, name in self.stored_files:
            try:
                storage.delete(name)
            except OSError as error:
                logger.warning("Could not remove %s after a failed import: %s", name, error)

    def _lock(self, lock: ImportLock) -> None:
        """One import (or preview) at a time per site: a second one is refused at once, not
        queued (two on PostgreSQL would race on ImportedItem.guid). The lock is the site's
        ImportLock row, held until the run's transaction ends (see ImportLock)."""
        with _refused_while_another_runs():
            list(ImportLock.objects.select_for_update(nowait=True).filter(pk=lock.pk))
            ImportLock.objects.filter(pk=lock.pk).update(started_at=timezone.now())

    def _run(self, site: Site) -> None:
        # Read under the lock: a run that waited must see what the one before it wrote.
        self.imported = {item.guid: item for item in ImportedItem.objects.all()}
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
        self.now = timezone.now()
        self.existing_pages = self._existing_pages()
        self.restricted_in_wagtail = self._restricted_in_wagtail()
        plans = []
        self.stage(STAGE_CONVERT)
        for done, item in enumerate(items, start=1):
            self.summary.comments_skipped += item.comment_count
            plan = self._plan(item)
            if plan is not None:
                plans.append(plan)
            if done % 25 == 0 and done < len(items):
                self.progress(done, len(items))
        self.stage(STAGE_WRITE)
        self._write(plans)
        self.stage(STAGE_INDEX)
        self._index(plans)
        self._redirect_terms_and_feeds()
        self._save_redirects()
        self.progress(len(items), len(items))
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

    def _existing_pages(self) -> dict[int, Page]:
        """The pages earlier runs made, as their specific models, in a few queries."""
        pks = [record.page_id for record in self.imported.values() if record.page_id]
        found: dict[int, Page] = {}
        for model in (NewsPage, StandardPage):
            for start in range(0, len(pks), 900):
                for page in model.objects.filter(pk__in=pks[start : start + 900]):
                    found[page.pk] = page
        return found

    def _restricted_in_wagtail(self) -> set[int]:
        """Earlier runs' pages with a view restriction the import did not create (or one it
        created and editors have since changed): the editors', never removed."""
        ours = {
            record.restriction_id: record.page_id
            for record in self.imported.values()
            if record.restriction_id
        }
        pks = list(self.existing_pages)
        found = set()
        for start in range(0, len(pks), 900):
            for pk, page_id, kind in PageViewRestriction.objects.filter(
                page_id__in=pks[start : start + 900]
            ).values_list("pk", "page_id", "restriction_type"):
                if ours.get(pk) != page_id or kind != PageViewRestriction.LOGIN:
                    found.add(page_id)
        return found

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
                try:
                    image.save()
                finally:
                    if image.file._committed:  # the copy is in storage (even if the row is not)
                        self.stored_files.append((image.file.storage, image.file.name))
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
    #
    # Thousands of posts must import in a minute or two, so pages are not saved one by one
    # (`add_child`, `save_revision`, `publish`: tens of queries and signals each). Every item
    # is first converted into an unsaved or updated page in memory (`_plan`), then all of
    # them are written in batches (`_write`): tree rows, revisions, keyword rows, view
    # restrictions, import records, then one search index pass.

    def _plan(self, item: Item) -> Planned | None:
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
        existing = self.existing_pages.get(record.page_id) if record else None
        model = NewsPage if item.post_type == "post" else StandardPage
        if existing is not None and not isinstance(existing, model):
            existing = None  # the page was replaced by one of another kind: make a new one
        page = existing or model()
        page.title = item.title[:255]
        page.draft_title = page.title
        owner = self.users.get(item.creator) or self.default_user
        if owner is not None:
            page.owner = owner
        keywords: list[Keyword] = []
        if model is NewsPage:
            moment = item.date_gmt or self.now
            page.date = timezone.localtime(moment).date()
            page.lead = lead_from(item.excerpt, item.content) or item.title[:600]
            page.body = _editor_blocks(converted.blocks)
            image_id, alt = self._featured(item)
            page.header_image_id = image_id
            page.header_image_alt = alt[:250] if image_id else ""
            keywords = self._keywords_for(item)
        else:
            body = _rich_text(converted.blocks) or f"<p>{escape(item.title)}</p>"
            page.body = as_editor_allows(body, StandardPage._meta.get_field("body").features)
        (self.summary.updated if existing else self.summary.created)[item.post_type] += 1
        plan = Planned(item, page, record, owner, keywords, is_new=existing is None)
        if existing is not None and item.status in STATUS_LIVE and not existing.live:
            # Not live, though WordPress says it is: unless the last run left it unpublished
            # (a draft then), an editor unpublished it in Wagtail, and it stays so.
            plan.keep_unpublished = record.published is not False
            if plan.keep_unpublished:
                self.summary.conflicts.append(
                    _(
                        "”%(title)s” on poistettu julkaisusta Wagtailissa: tuonti ei julkaise "
                        "sitä uudelleen."
                    )
                    % {"title": item.title}
                )
        return plan

    def _parent_of(self, plan: Planned, by_wp_id: dict[int, Planned]) -> Page:
        if plan.item.post_type == "post":
            return self.news_index
        parent = by_wp_id.get(plan.item.parent_id)
        if parent is not None and parent.item.post_type == "page" and parent is not plan:
            return parent.page
        return self.home

    def _write(self, plans: list[Planned]) -> None:
        by_wp_id = {plan.item.post_id: plan for plan in plans}
        # Page hierarchy: a WordPress page under its parent page (parents are written first).
        remaining = list(plans)
        while remaining:
            ready, waiting = [], []
            for plan in remaining:
                parent = self._parent_of(plan, by_wp_id)
                if parent.pk is None:
                    waiting.append(plan)
                else:
                    plan.parent = parent
                    ready.append(plan)
            if not ready:  # a loop of parents: the rest go to the top level
                for plan in waiting:
                    plan.parent = self.home
                ready, waiting = waiting, []
            self._place(ready)
            remaining = waiting
        self._revisions(plans)
        self._keyword_rows(plans)
        self._restrictions(plans)
        self._records(plans)
        for plan in plans:
            self._redirect_item(plan.item, plan.page)

    def _place(self, plans: list[Planned]) -> None:
        """Slugs free among siblings; existing pages moved or renamed, new ones inserted."""
        by_parent: dict[int, list[Planned]] = {}
        for plan in plans:
            by_parent.setdefault(plan.parent.pk, []).append(plan)
        for group in by_parent.values():
            parent = group[0].parent
            mine = {plan.page.pk for plan in group if not plan.is_new}
            taken = {
                slug
                for pk, slug in parent.get_children().values_list("pk", "slug")
                if pk not in mine
            }
            new_pages: dict[type, list[Page]] = {}
            for plan in group:
                page, item = plan.page, plan.item
                slug = _free_slug(item.slug or item.title, taken)
                taken.add(slug)
                self._set_status(page, item, keep_unpublished=plan.keep_unpublished)
                if plan.is_new:
                    page.slug = slug
                    for relation in get_all_child_relations(type(page)):
                        setattr(page, relation.get_accessor_name(), [])
                    new_pages.setdefault(type(page), []).append(page)
                    continue
                if page.path[: -Page.steplen] != parent.path:
                    page.move(parent, pos="last-child")
                    page.refresh_from_db(fields=["path", "depth", "url_path"])
                if page.slug != slug:
                    page.slug = slug
                    page.save(update_fields=["slug", "url_path"], clean=False)
            for pages in new_pages.values():
                insert_children(parent, pages)
        existing = [plan.page for plan in plans if not plan.is_new]
        for model in {type(page) for page in existing}:
            of_model = [page for page in existing if type(page) is model]
            fields = PAGE_FIELDS + SPECIFIC_FIELDS[model]
            update_rows(model, of_model, fields)

    def _set_status(self, page: Page, item: Item, *, keep_unpublished: bool = False) -> None:
        moment = item.date_gmt or self.now
        modified = item.modified_gmt or moment
        scheduled = item.status == "future" and moment > self.now and not keep_unpublished
        page.go_live_at = moment if scheduled else None
        page.latest_revision_created_at = modified
        if item.status in STATUS_LIVE and not scheduled and not keep_unpublished:
            page.live = True
            page.has_unpublished_changes = False
            page.first_published_at = moment
            page.last_published_at = modified
        else:
            # A draft, or a post scheduled for later: not live (unpublished if it was).
            page.live = False
            page.has_unpublished_changes = True
            page.live_revision = None
            if page.first_published_at is None:
                page.last_published_at = None

    def _revisions(self, plans: list[Planned]) -> None:
        """One revision each, as `save_revision().publish()` leaves it (scheduled: approved
        to go live at its date)."""
        base_ct = ContentType.objects.get_for_model(Page)
        self._load_child_rows([plan.page for plan in plans if not plan.is_new])
        revisions = []
        for plan in plans:
            page = plan.page
            if isinstance(page, NewsPage):
                page.keyword_items = [
                    NewsPageKeyword(tag=keyword, content_object=page) for keyword in plan.keywords
                ]
            revisions.append(
                Revision(
                    content_type_id=page.content_type_id,
                    base_content_type=base_ct,
                    object_id=str(page.pk),
                    created_at=page.latest_revision_created_at,
                    user=plan.owner,
                    content=page.serializable_data(),
                    object_str=str(page)[:255],
                    approved_go_live_at=page.go_live_at,
                )
            )
        Revision.objects.bulk_create(revisions, batch_size=BATCH)
        if revisions and revisions[0].pk is None:  # backends that return no ids
            by_object = dict(
                Revision.objects.filter(
                    base_content_type=base_ct, object_id__in=[r.object_id for r in revisions]
                )
                .order_by("pk")
                .values_list("object_id", "pk")
            )
            for revision in revisions:
                revision.pk = by_object[revision.object_id]
        for plan, revision in zip(plans, revisions, strict=True):
            plan.page.latest_revision_id = revision.pk
            plan.page.live_revision_id = revision.pk if plan.page.live else None
        update_rows(Page, [plan.page for plan in plans], ["latest_revision", "live_revision"])

    def _load_child_rows(self, pages: list[Page]) -> None:
        """Serialising a page for its revision reads each child relation (contact cards,
        comments...): for pages of earlier runs they are read here in one query each, for
        new pages there are none."""
        for model in {type(page) for page in pages}:
            of_model = [page for page in pages if type(page) is model]
            pks = [page.pk for page in of_model]
            for relation in get_all_child_relations(model):
                accessor = relation.get_accessor_name()
                if accessor == "keyword_items":
                    continue  # set from the export
                column = relation.field.attname
                found: dict[int, list] = {}
                for start in range(0, len(pks), 900):
                    for row in relation.related_model._default_manager.filter(
                        **{f"{column}__in": pks[start : start + 900]}
                    ):
                        found.setdefault(getattr(row, column), []).append(row)
                for page in of_model:
                    setattr(page, accessor, found.get(page.pk, []))

    def _keyword_rows(self, plans: list[Planned]) -> None:
        news = [plan for plan in plans if isinstance(plan.page, NewsPage)]
        NewsPageKeyword.objects.filter(
            content_object_id__in=[plan.page.pk for plan in news if not plan.is_new]
        ).delete()
        NewsPageKeyword.objects.bulk_create(
            [row for plan in news for row in plan.page.keyword_items.all()], batch_size=5000
        )

    def _restrictions(self, plans: list[Planned]) -> None:
        """A `private` post is live behind login. The import manages only the restrictions
        it created: it adds its own where one is missing and removes only its own when the
        post is no longer private; editors' restrictions stay (and are listed if WordPress
        would have the page public)."""
        new, gone = [], []
        for plan in plans:
            page_id = plan.page.pk
            ours = plan.record.restriction_id if plan.record else None
            if ours is not None and page_id in self.restricted_in_wagtail:
                ours = None  # editors changed it: theirs now, never removed
            plan.restriction_id = ours
            if plan.item.status == "private":
                if ours is None:
                    new.append(PageViewRestriction(page_id=page_id, restriction_type=LOGIN))
                continue
            if ours is not None:
                gone.append(ours)
                plan.restriction_id = None
            if page_id in self.restricted_in_wagtail:
                self.summary.conflicts.append(
                    _(
                        "”%(title)s” on rajattu Wagtailissa: rajaus pysyy, vaikka sisältö on "
                        "WordPressissä julkinen."
                    )
                    % {"title": plan.item.title}
                )
        PageViewRestriction.objects.bulk_create(new, batch_size=BATCH)
        if new and new[0].pk is None:  # backends that return no ids: the newest per page
            by_page = dict(
                PageViewRestriction.objects.filter(page_id__in=[r.page_id for r in new])
                .order_by("pk")
                .values_list("page_id", "pk")
            )
            for restriction in new:
                restriction.pk = by_page[restriction.page_id]
        created = {restriction.page_id: restriction.pk for restriction in new}
        for plan in plans:
            plan.restriction_id = created.get(plan.page.pk, plan.restriction_id)
        for start in range(0, len(gone), 900):
            PageViewRestriction.objects.filter(pk__in=gone[start : start + 900]).delete()

    def _records(self, plans: list[Planned]) -> None:
        new, changed = [], []
        for plan in plans:
            record = plan.record or ImportedItem(guid=plan.item.guid)
            record.post_id, record.post_type = plan.item.post_id, plan.item.post_type
            record.page_id = plan.page.pk
            record.restriction_id = plan.restriction_id
            # Kept unpublished counts as published: it was the editors', and stays theirs.
            record.published = plan.page.live or plan.keep_unpublished
            record.imported_at = self.now
            (changed if record.pk else new).append(record)
            self.imported[record.guid] = record
        ImportedItem.objects.bulk_create(new, batch_size=BATCH)
        update_rows(
            ImportedItem,
            changed,
            ["post_id", "post_type", "page", "restriction", "published", "imported_at"],
        )

    def _index(self, plans: list[Planned]) -> None:
        """One pass over the search indexes (ours and Wagtail's admin search) at the end."""
        for model in (NewsPage, StandardPage):
            pks = [plan.page.pk for plan in plans if type(plan.page) is model]
            for start in range(0, len(pks), BATCH):
                batch = pks[start : start + BATCH]
                index_objects(model, batch)
                objs = list(model.get_indexed_objects().filter(pk__in=batch))
                for backend in get_search_backends(with_auto_update=True):
                    backend.add_bulk(model, objs)
            # Images in pages show their usage in the admin.
            for plan in plans:
                if type(plan.page) is model and _uses_images(plan.page):
                    ReferenceIndex.create_or_update_for_object(plan.page)

    # Old addresses -------------------------------------------------------------------------

    def _redirect(self, old_path: str, *, page: Page | None = None, link: str = "") -> None:
        normalised = Redirect.normalise_path(old_path)
        if not normalised or normalised == "/":
            return
        target = page.url_path if page else link
        if page is not None and Redirect.normalise_path(self._url_of(page)) == normalised:
            return  # the old address is the new one
        if self.redirects is None:
            self.redirects = {r.old_path: r for r in Redirect.objects.filter(site=None)}
        redirect = self.redirects.get(normalised)
        if redirect is None:
            redirect = self.redirects[normalised] = Redirect(old_path=normalised, site=None)
        page_id, link = (page.pk, "") if page else (None, link)
        if redirect.pk is None or (
            redirect.redirect_page_id,
            redirect.redirect_link,
            redirect.is_permanent,
        ) != (page_id, link, True):
            redirect.redirect_page_id, redirect.redirect_link = page_id, link
            redirect.is_permanent = True
            self.pending_redirects[normalised] = redirect
        self.summary.redirects += 1 if target else 0

    def _url_of(self, page: Page) -> str:
        """The page's path on the default site (as `page.url`, without a query per page)."""
        return page.url_path[len(self.home.url_path) - 1 :]

    def _save_redirects(self) -> None:
        pending = list(self.pending_redirects.values())
        Redirect.objects.bulk_create([r for r in pending if r.pk is None], batch_size=1000)
        update_rows(
            Redirect,
            [r for r in pending if r.pk is not None],
            ["redirect_page", "redirect_link", "is_permanent"],
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


@contextlib.contextmanager
def _refused_while_another_runs():
    try:
        yield
    except OperationalError as error:  # PostgreSQL: lock not available; SQLite: locked
        raise WXRError(
            _(
                "Toinen WordPress-tuonti tai sen esikatselu on juuri käynnissä. Odota, "
                "että se päättyy, ja yritä sitten uudelleen."
            )
        ) from error


@dataclass
class Planned:
    """One post or page on its way in: the page (new or the one an earlier run made)."""

    item: Item
    page: Page
    record: ImportedItem | None
    owner: object
    keywords: list[Keyword]
    is_new: bool
    parent: Page | None = None
    keep_unpublished: bool = False  # unpublished in Wagtail: the import leaves it so
    restriction_id: int | None = None  # the view restriction this import manages


PAGE_FIELDS = [
    "title",
    "draft_title",
    "owner",
    "live",
    "has_unpublished_changes",
    "first_published_at",
    "last_published_at",
    "latest_revision_created_at",
    "go_live_at",
]
SPECIFIC_FIELDS = {
    NewsPage: ["date", "lead", "body", "header_image", "header_image_alt"],
    StandardPage: ["body"],
}
BATCH = 1000


def _free_slug(wanted: str, taken: set[str]) -> str:
    slug = slugify(wanted, allow_unicode=True)[:240] or "sivu"
    candidate, n = slug, 1
    while candidate in taken:
        n += 1
        candidate = f"{slug}-{n}"
    return candidate


def _uses_images(page: Page) -> bool:
    if not isinstance(page, NewsPage):
        return False
    return bool(page.header_image_id) or any(b.block_type == "image" for b in page.body)


def _editor_blocks(blocks: list[dict]) -> list[dict]:
    """News body blocks with their rich text as the paragraph block's editor allows it."""
    features = NewsPage._meta.get_field("body").stream_block.child_blocks["paragraph"].features
    return [
        {**block, "value": as_editor_allows(block["value"], features)}
        if block["type"] == "paragraph"
        else block
        for block in blocks
    ]


def _rich_text(blocks: list[dict]) -> str:
    """Body blocks as the rich text of a plain page (h2/h3, paragraphs and lists)."""
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
        elif kind == "embed" and (url := safe_url(value["url"])):
            parts.append(f'<p><a href="{escape(url)}">{escape(value["title"])}</a></p>')
    return "".join(parts)
