from axes.models import AccessAttempt
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.site_summary import PagesSummaryItem
from wagtail.admin.views.home import WorkflowObjectsToModeratePanel
from wagtail.models import Page
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .page_create import DefaultPageViewSet
from .permissions import in_sites_of, sees_every_site, sites_of
from .snippet_access import visible_states


class LoginLockoutViewSet(SnippetViewSet):
    """Failed admin logins recorded by django-axes; deleting a row lifts that lockout."""

    model = AccessAttempt
    icon = "lock"
    menu_label = _("Kirjautumisestot")
    add_to_settings_menu = True
    list_display = ["username", "ip_address", "failures_since_start", "attempt_time"]
    search_fields = ["username", "ip_address"]
    ordering = ["-attempt_time"]
    inspect_view_enabled = True


register_snippet(LoginLockoutViewSet)


@hooks.register("register_admin_viewset")
def register_default_page_viewset():
    return DefaultPageViewSet("osallisuus_pages")


# Editors of one site see one site. Page permissions already keep the explorer, the admin search
# and the reports to their trees; the chooser lists every page to whoever may choose one, so it
# is narrowed here, and the explorer too (a permission granted by hand on the root would
# otherwise show every site's home).


@hooks.register("construct_page_chooser_queryset")
def pages_of_own_sites_in_chooser(pages, request):
    # Browsing from another site's page would name it in the chooser's header: as if missing.
    match = request.resolver_match
    parent_id = match.kwargs.get("parent_page_id") if match else None
    if parent_id is not None:
        parent = Page.objects.filter(pk=parent_id)
        if not (parent.filter(depth=1).exists() or in_sites_of(parent, request.user).exists()):
            raise Http404
    return in_sites_of(pages, request.user)


@hooks.register("construct_explorer_page_queryset")
def pages_of_own_sites_in_explorer(parent_page, pages, request):
    return in_sites_of(pages, request.user)


class OwnSitesObjectsToModeratePanel(WorkflowObjectsToModeratePanel):
    """Wagtail's "awaiting your review" without another site's snippets: the contact card
    workflow is one for the install, so its task names every site's moderators."""

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["states"] = visible_states(parent_context["request"].user, context["states"])
        return context


@hooks.register("construct_homepage_panels")
def own_sites_objects_to_moderate(request, panels):
    for index, panel in enumerate(panels):
        if type(panel) is WorkflowObjectsToModeratePanel:
            panels[index] = OwnSitesObjectsToModeratePanel()


class SitePagesSummaryItem(PagesSummaryItem):
    """The dashboard's page count for a site's editors: their sites' pages. Wagtail counts
    under the deepest page common to what they may edit, which is the tree root as soon as
    their home has a translation (each locale's home is its own root), so every site's."""

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        user = self.request.user
        if not sees_every_site(user):
            sites = sites_of(user)
            context["total_pages"] = in_sites_of(Page.objects.all(), user).count()
            if sites:
                context["root_page"] = sites[0].root_page
                context["site_name"] = sites[0].site_name
        return context


# After wagtail.admin has added its own item.
@hooks.register("construct_homepage_summary_items", order=100)
def count_only_the_users_sites_pages(request, summary_items):
    summary_items[:] = [
        SitePagesSummaryItem(request) if type(item) is PagesSummaryItem else item
        for item in summary_items
    ]
