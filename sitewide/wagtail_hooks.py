from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import FeedbackMessage


class FeedbackMessageViewSet(SnippetViewSet):
    model = FeedbackMessage
    icon = "mail"
    menu_label = _("Saavutettavuuspalaute")
    add_to_admin_menu = True
    menu_order = 400
    list_display = ["__str__", "created_at", "due_date", "status"]
    list_filter = ["status"]
    list_export = ["created_at", "due_date", "status", "page_address", "message"]
    search_fields = ["message", "page_address"]
    ordering = ["status", "due_date"]
    inspect_view_enabled = True


register_snippet(FeedbackMessageViewSet)
