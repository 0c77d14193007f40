"""The editors' dashboard panel: new news, own drafts, pages awaiting review, stale cards."""

from django.db.models import CharField, Q
from django.db.models.functions import Cast
from django.urls import reverse
from wagtail.admin.ui.components import Component
from wagtail.models import Page, WorkflowState

from contacts.card_access import cards_of
from contacts.models import ContactCard
from news.models import NewsIndexPage, NewsPage
from sitewide.permissions import in_sites_of, sees_every_site

DASHBOARD_ROWS = 5


def news_add_url(user) -> str | None:
    """Where this user starts a news item, or None if they may not add one anywhere."""
    for index in NewsIndexPage.objects.order_by("path"):
        if index.permissions_for_user(user).can_add_subpage():
            return reverse("wagtailadmin_pages:add", args=("news", "newspage", index.pk))
    return None


def own_drafts(user, limit: int = DASHBOARD_ROWS) -> list[Page]:
    """Pages this user owns or last edited whose newest version is not yet live."""
    return list(
        in_sites_of(Page.objects.filter(has_unpublished_changes=True), user)
        .filter(Q(owner=user) | Q(latest_revision__user=user))
        .exclude(depth=1)
        .order_by("-latest_revision_created_at", "-pk")[:limit]
    )


def pages_awaiting_review(user, limit: int = DASHBOARD_ROWS) -> list[tuple[Page, WorkflowState]]:
    """Pages of `user`'s sites in a moderation workflow, oldest request first, with who asked."""
    states = WorkflowState.objects.active().filter(
        base_content_type__app_label="wagtailcore", base_content_type__model="page"
    )
    if not sees_every_site(user):
        # The state names its page by a text id.
        own = in_sites_of(Page.objects.all(), user).annotate(key=Cast("pk", CharField()))
        states = states.filter(object_id__in=own.values("key"))
    states = list(states.select_related("requested_by").order_by("created_at", "pk")[:limit])
    pages = Page.objects.in_bulk([int(state.object_id) for state in states])
    return [
        (pages[int(state.object_id)], state) for state in states if int(state.object_id) in pages
    ]


def stale_cards(user, limit: int = DASHBOARD_ROWS) -> tuple[int, list[ContactCard]]:
    """The cards of `user`'s sites last checked over a year ago."""
    cards = cards_of(user).stale().order_by("last_checked", "name")
    return cards.count(), list(cards[:limit])


class EditorDashboardPanel(Component):
    name = "osallisuus_editor_dashboard"
    template_name = "home/admin/dashboard_panel.html"
    order = 50  # above Wagtail's own panels

    def get_context_data(self, parent_context):
        user = parent_context["request"].user
        stale_count, stale = stale_cards(user)
        return {
            "news_add_url": news_add_url(user),
            "news_model": NewsPage._meta,
            "drafts": own_drafts(user),
            "awaiting_review": pages_awaiting_review(user),
            "stale_count": stale_count,
            "stale_cards": stale,
            "stale_list_url": reverse("wagtailsnippets_contacts_contactcard:list") + "?stale=true",
            "can_edit_cards": user.has_perm("contacts.change_contactcard"),
        }
