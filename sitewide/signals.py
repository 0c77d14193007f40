"""What drops the cached site sections (sitewide/sections.py) and a page's cached route
(sitewide/routecache.py): changes of pages and of their view restrictions, nothing else.
Publishing purges both anyway; this covers a page saved without publishing (an import, a
script), whose route must not keep the old row.

Connected per model from `SitewideConfig.ready()`. A receiver without a sender would run on
every save and delete of every model (sessions, revisions, sign-ups) and would take Django's
fast delete path away from all of them.
"""

from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, PageViewRestriction, get_page_models
from wagtail.signals import post_page_move

from . import fragments
from .frontcache import for_sites, page_key, page_sites
from .sections import forget_site_sections


def _page_changed(sender, instance: Page, **kwargs) -> None:
    forget_site_sections(instance)
    if instance.pk is not None:
        fragments.forget(for_sites([page_key(instance.pk)], page_sites(instance)))


def _restriction_changed(sender, instance: PageViewRestriction, **kwargs) -> None:
    forget_site_sections(instance.page)


def _page_moved(sender, instance, parent_page_before, parent_page_after, **kwargs) -> None:
    for parent in (parent_page_before, parent_page_after):
        forget_site_sections(parent)
    forget_site_sections(instance)


def page_models() -> set[type[Page]]:
    """Page and every concrete page model: each sends its own save and delete signals."""
    return {Page, *get_page_models()}


def connect_signals() -> None:
    for model in page_models():
        label = model._meta.label
        post_save.connect(_page_changed, sender=model, dispatch_uid=f"sections-save-{label}")
        post_delete.connect(_page_changed, sender=model, dispatch_uid=f"sections-delete-{label}")
    for signal, name in ((post_save, "save"), (post_delete, "delete")):
        signal.connect(
            _restriction_changed,
            sender=PageViewRestriction,
            dispatch_uid=f"sections-restriction-{name}",
        )
    post_page_move.connect(_page_moved, dispatch_uid="sections-page-moved")
