from axes.models import AccessAttempt
from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import FeedbackMessage
from .spreadsheet import FormulaSafeIndexView


class FeedbackMessageViewSet(SnippetViewSet):
    model = FeedbackMessage
    icon = "mail"
    menu_label = _("Saavutettavuuspalaute")
    add_to_admin_menu = True
    menu_order = 400
    index_view_class = FormulaSafeIndexView
    list_display = ["__str__", "created_at", "due_date", "status"]
    list_filter = ["status"]
    list_export = ["created_at", "due_date", "status", "page_address", "message"]
    search_fields = ["message", "page_address"]
    ordering = ["status", "due_date"]
    inspect_view_enabled = True


register_snippet(FeedbackMessageViewSet)


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
