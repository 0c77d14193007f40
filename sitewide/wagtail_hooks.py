from axes.models import AccessAttempt
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .page_create import DefaultPageViewSet


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
