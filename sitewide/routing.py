"""Serving pages in fewer queries: routing and view-restriction checks every page model uses."""

from django.db.models import Exists, OuterRef
from django.db.models.functions import Length, Substr
from wagtail.models import Page, PageQuerySet, PageViewRestriction


def with_view_restriction_flags(pages: PageQuerySet) -> PageQuerySet:
    """`pages` annotated with whether a view restriction, or an alias, sits on each page or an
    ancestor: what `QuickViewRestrictionsMixin` needs to skip Wagtail's own check."""
    return pages.annotate(
        restricted_above=Exists(
            PageViewRestriction.objects.filter(
                page__path=Substr(OuterRef("path"), 1, Length("page__path"))
            )
        ),
        alias_above=Exists(
            Page.objects.filter(
                path=Substr(OuterRef("path"), 1, Length("path")), alias_of__isnull=False
            )
        ),
    )


def exclude_view_restricted(pages: PageQuerySet) -> PageQuerySet:
    """Like Wagtail's `public()`, but as a subquery instead of a separate query for every
    restriction on the site."""
    restricted = PageViewRestriction.objects.filter(
        page__path=Substr(OuterRef("path"), 1, Length("page__path"))
    )
    return pages.exclude(Exists(restricted))


class ViewRestrictionsQuerySetMixin:
    """For page querysets: `without_view_restrictions()` leaves out every page that a view
    restriction (password, login, groups) covers, on itself or an ancestor."""

    def without_view_restrictions(self):
        return exclude_view_restricted(self)


class QuickViewRestrictionsMixin:
    """Wagtail checks view restrictions with two queries on every page view. A page fetched
    through `with_view_restriction_flags` already knows that none applies; other instances
    (the admin's, previews) fall back to Wagtail's check."""

    def get_view_restrictions(self):
        known_public = getattr(self, "restricted_above", True) is False
        if known_public and getattr(self, "alias_above", True) is False:
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()


def route_to_live_child(parent: Page, request, path_components: list[str], children):
    """Route to the live child of `parent` named by the first path component, fetched from
    `children` (a queryset of its specific model, with what its page shows) in one query
    instead of Wagtail's two. None when there is no such child: the caller then routes as
    Wagtail does (drafts, other page types, 404s, language fallbacks)."""
    if not path_components:
        return None
    child = with_view_restriction_flags(
        children.child_of(parent).live().filter(slug=path_components[0])
    ).first()
    if child is None:
        return None
    child._cached_parent_obj = parent  # read by get_parent() for breadcrumbs and URLs
    return child.route(request, path_components[1:])
