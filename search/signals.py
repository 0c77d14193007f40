"""Keeps the index in step with every change an editor makes, at once (same transaction)."""

from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete
from wagtail.models import Page, PageViewRestriction, get_page_models
from wagtail.signals import (
    page_published,
    page_slug_changed,
    page_unpublished,
    post_page_move,
    published,
    unpublished,
)

from contacts.models import ContactCard, Organisation, Region
from keywords.models import Keyword
from network.models import NetworkPage

from . import indexing


def _page_published(sender, instance, **kwargs):
    indexing.index_object(instance)


def _page_unpublished(sender, instance, **kwargs):
    indexing.remove_pages([instance.pk])


def _page_subtree_changed(sender, instance, **kwargs):
    indexing.reindex_subtree(instance)


def _page_deleted(sender, instance, **kwargs):
    indexing.remove_pages([instance.pk])


def _card_changed(sender, instance, **kwargs):
    indexing.index_objects(ContactCard, [instance.pk])


def _card_sites_changed(sender, instance, action, **kwargs):
    # A card saved directly commits its sites after post_save: its document names its sites.
    if action in ("post_add", "post_remove", "post_clear") and isinstance(instance, ContactCard):
        indexing.index_objects(ContactCard, [instance.pk])


def _card_deleted(sender, instance, **kwargs):
    indexing.remove_object(instance)


def _organisation_changed(sender, instance, **kwargs):
    pks = list(instance.contact_cards.values_list("pk", flat=True)) if instance.pk else []
    indexing.index_objects(ContactCard, pks)


# A deleted organisation or region no longer links to what carried it by the time post_delete
# runs (SET_NULL, cascaded through-rows): pre_delete notes who carried it, post_delete
# reindexes them without its name.
def _organisation_deleting(sender, instance, **kwargs):
    instance._search_card_pks = list(instance.contact_cards.values_list("pk", flat=True))


def _organisation_deleted(sender, instance, **kwargs):
    indexing.index_objects(ContactCard, getattr(instance, "_search_card_pks", []))


def _region_changed(sender, instance, created=False, **kwargs):
    # A network's document has its regions' names.
    if not created:
        indexing.index_objects(NetworkPage, list(instance.networks.values_list("pk", flat=True)))


def _region_deleting(sender, instance, **kwargs):
    instance._search_network_pks = list(instance.networks.values_list("pk", flat=True))


def _region_deleted(sender, instance, **kwargs):
    indexing.index_objects(NetworkPage, getattr(instance, "_search_network_pks", []))


def _keyword_changed(sender, instance, created=False, **kwargs):
    if not created:
        indexing.reindex_with_keyword(instance.pk)


def _restriction_changed(sender, instance, **kwargs):
    try:
        page = instance.page
    except Page.DoesNotExist:
        return
    indexing.reindex_subtree(page)


def connect() -> None:
    page_published.connect(_page_published, dispatch_uid="search-page-published")
    page_unpublished.connect(_page_unpublished, dispatch_uid="search-page-unpublished")
    post_page_move.connect(_page_subtree_changed, dispatch_uid="search-page-moved")
    page_slug_changed.connect(_page_subtree_changed, dispatch_uid="search-page-slug")
    for model in {Page, *get_page_models()}:
        post_delete.connect(
            _page_deleted, sender=model, dispatch_uid=f"search-page-deleted-{model._meta.label}"
        )
    # Saved directly (demo loaders, scripts) and published from the admin (after its keywords
    # are saved, which a plain post_save comes too early for).
    post_save.connect(_card_changed, sender=ContactCard, dispatch_uid="search-card-saved")
    published.connect(_card_changed, sender=ContactCard, dispatch_uid="search-card-published")
    unpublished.connect(_card_changed, sender=ContactCard, dispatch_uid="search-card-unpublished")
    post_delete.connect(_card_deleted, sender=ContactCard, dispatch_uid="search-card-deleted")
    m2m_changed.connect(
        _card_sites_changed, sender=ContactCard.sites.through, dispatch_uid="search-card-sites"
    )
    post_save.connect(_organisation_changed, sender=Organisation, dispatch_uid="search-org-saved")
    pre_delete.connect(
        _organisation_deleting, sender=Organisation, dispatch_uid="search-org-deleting"
    )
    post_delete.connect(
        _organisation_deleted, sender=Organisation, dispatch_uid="search-org-deleted"
    )
    post_save.connect(_region_changed, sender=Region, dispatch_uid="search-region-saved")
    pre_delete.connect(_region_deleting, sender=Region, dispatch_uid="search-region-deleting")
    post_delete.connect(_region_deleted, sender=Region, dispatch_uid="search-region-deleted")
    post_save.connect(_keyword_changed, sender=Keyword, dispatch_uid="search-keyword-saved")
    post_delete.connect(_keyword_changed, sender=Keyword, dispatch_uid="search-keyword-deleted")
    post_save.connect(
        _restriction_changed, sender=PageViewRestriction, dispatch_uid="search-restriction-saved"
    )
    post_delete.connect(
        _restriction_changed, sender=PageViewRestriction, dispatch_uid="search-restriction-gone"
    )
