"""Merging, renaming and deleting keywords: what changes, the old URLs, the audit log, the purge.

The tagged things (news, cards, networks, events) live in apps above this one; their
through models are found from Keyword's reverse relations, so nothing here imports them.
"""

from collections.abc import Iterable

from django.db import transaction
from django.db.models import Count, IntegerField, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce
from taggit.models import ItemBase
from wagtail.log_actions import log
from wagtail.models import Revision

from sitewide.frontcache import change_keys, page_keys_by_site, purge_keys

from .models import Keyword, KeywordSynonym, RetiredKeywordSlug

# The reverse relation of each through model, by what the admin calls the things it tags.
USAGE_KINDS = {
    "news_items": "news_count",
    "contact_cards": "card_count",
    "network_items": "network_count",
    "event_items": "event_count",
}


def through_models() -> list[type[ItemBase]]:
    """Every model that tags something with a Keyword (news, cards, networks, events)."""
    return [
        relation.related_model
        for relation in Keyword._meta.related_objects
        if issubclass(relation.related_model, ItemBase) and relation.field.name == "tag"
    ]


def with_usage_counts(queryset):
    """`queryset` annotated with `news_count`, `card_count`, `network_count`, `event_count`
    and `usage_count`: every item that carries the keyword, drafts and unpublished included."""
    relations = {
        relation.get_accessor_name(): relation.related_model
        for relation in Keyword._meta.related_objects
    }
    total = None
    for accessor, annotation in USAGE_KINDS.items():
        through = relations.get(accessor)
        if through is None:
            queryset = queryset.annotate(**{annotation: Value(0, output_field=IntegerField())})
            continue
        counts = (
            through.objects.filter(tag=OuterRef("pk"))
            .order_by()
            .values("tag")
            .annotate(n=Count("*"))
            .values("n")
        )
        expression = Coalesce(Subquery(counts, output_field=IntegerField()), Value(0))
        queryset = queryset.annotate(**{annotation: expression})
        total = expression if total is None else total + expression
    return queryset.annotate(usage_count=total if total is not None else Value(0))


def usage_of(keyword: Keyword) -> dict[str, int]:
    """{"news_count": 5, ...} for one keyword."""
    annotated = with_usage_counts(Keyword.objects.filter(pk=keyword.pk)).values(
        *USAGE_KINDS.values(), "usage_count"
    )
    return dict(annotated.get())


def _retag(sources: list[Keyword], target: Keyword | None) -> set[int]:
    """Moves every tagging of `sources` to `target` (None: removes them); returns page ids."""
    source_ids = [source.pk for source in sources]
    page_ids: set[int] = set()
    for through in through_models():
        rows = through.objects.filter(tag_id__in=source_ids)
        object_ids = set(rows.values_list("content_object_id", flat=True))
        if not object_ids:
            continue
        if target is not None:
            already = set(
                through.objects.filter(tag=target, content_object_id__in=object_ids).values_list(
                    "content_object_id", flat=True
                )
            )
            # One row per tagged item: the first source's row moves, the others go.
            moving = {}
            for pk, object_id in rows.order_by("pk").values_list("pk", "content_object_id"):
                if object_id not in already and object_id not in moving:
                    moving[object_id] = pk
            rows.exclude(pk__in=moving.values()).delete()
            through.objects.filter(pk__in=moving.values()).update(tag=target)
        else:
            rows.delete()
        model = through._meta.get_field("content_object").related_model
        if hasattr(model, "get_url_parts"):
            page_ids.update(object_ids)
    _retag_latest_revisions(page_ids, source_ids, target)
    return page_ids


def _retag_latest_revisions(page_ids: set[int], source_ids: list[int], target) -> None:
    """Drafts keep their keywords: a later publish must not bring a merged keyword back."""
    if not page_ids:
        return
    from wagtail.models import Page

    revision_ids = Page.objects.filter(pk__in=page_ids).values_list("latest_revision_id", flat=True)
    for revision in Revision.objects.filter(pk__in=[pk for pk in revision_ids if pk]):
        items = revision.content.get("keyword_items")
        if not isinstance(items, list):
            continue
        changed, kept, seen = False, [], set()
        for item in items:
            tag = item.get("tag")
            if tag in source_ids:
                changed = True
                if target is None:
                    continue
                item = {**item, "tag": target.pk}
                tag = target.pk
            if tag in seen:
                changed = True
                continue
            seen.add(tag)
            kept.append(item)
        if changed:
            revision.content["keyword_items"] = kept
            revision.save(update_fields=["content"])


def _purge(keyword: Keyword, page_ids: Iterable[int] = ()) -> None:
    # What every app registered for a keyword change, and the retagged pages themselves.
    purge_keys([*change_keys(keyword), *page_keys_by_site(page_ids)])


@transaction.atomic
def merge_keywords(sources: Iterable[Keyword], target: Keyword, user=None) -> int:
    """Everything tagged with `sources` is tagged with `target`; the sources' URLs and feeds
    redirect to the target's; the sources are deleted. Returns how many taggings moved."""
    sources = [source for source in sources if source.pk != target.pk]
    if not sources:
        return 0
    moved = sum(usage_of(source)["usage_count"] for source in sources)
    page_ids = _retag(sources, target)
    for source in sources:
        # Where the source's own old slugs and synonyms led, the target now leads.
        RetiredKeywordSlug.objects.filter(keyword=source).update(keyword=target)
        KeywordSynonym.objects.filter(keyword=source).update(keyword=target)
        log(
            instance=target,
            action="keywords.merge",
            user=user,
            data={"source": source.name, "source_slug": source.slug, "target": target.name},
        )
        slug = source.slug
        source.delete()
        RetiredKeywordSlug.retire(slug, target)
        # The source's name stays findable: typing it in the keyword field gives the target.
        taken = (
            Keyword.objects.filter(name__iexact=source.name).exists()
            or KeywordSynonym.objects.filter(name__iexact=source.name).exists()
        )
        if not taken:
            KeywordSynonym.objects.create(name=source.name, keyword=target)
    _purge(target, page_ids)
    return moved


@transaction.atomic
def delete_keyword(keyword: Keyword, replacement: Keyword | None = None, user=None) -> None:
    """Deletes `keyword`: its URLs answer 410 Gone, or redirect to `replacement` (which then
    also takes its taggings)."""
    if replacement is not None:
        merge_keywords([keyword], replacement, user=user)
        return
    page_ids = _retag([keyword], None)
    slug = keyword.slug
    log(instance=keyword, action="wagtail.delete", user=user, data={"slug": slug})
    keyword.delete()
    RetiredKeywordSlug.retire(slug, None)
    _purge(keyword, page_ids)


def rename_keyword(keyword: Keyword, name: str, slug: str | None = None, user=None) -> Keyword:
    """Renames `keyword` (and its slug, unless given); the old slug's URLs redirect here."""
    old_name = keyword.name
    keyword.name = name
    keyword.slug = slug or keyword._free_slug(keyword.slugify(" ".join(name.split())))
    keyword.save()
    log(
        instance=keyword,
        action="keywords.rename",
        user=user,
        data={"old_name": old_name, "new_name": keyword.name},
    )
    return keyword
