from django.shortcuts import redirect
from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.menus import MenuItem
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet

from sitewide.snippet_access import PrivateSnippetViewSet
from sitewide.spreadsheet import FormulaSafeIndexView

from .feedback_permissions import FeedbackPermissionPolicy
from .feedback_reply import REPLY_ACTION, REPLY_URL_NAME, reply_url, reply_view
from .models import FeedbackMessage

# Registered before the viewset, which would otherwise make Django's model permissions its rule.
feedback_permission_policy = FeedbackPermissionPolicy(FeedbackMessage)
register_permission_policy(FeedbackMessage, feedback_permission_policy)


class FeedbackIndexView(FormulaSafeIndexView):
    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if instance.email and feedback_permission_policy.user_has_permission(
            self.request.user, "change"
        ):
            buttons.append(
                MenuItem(_("Vastaa sähköpostilla"), url=reply_url(instance), icon_name="mail")
            )
        return buttons


class FeedbackMessageViewSet(PrivateSnippetViewSet):
    model = FeedbackMessage
    icon = "mail"
    menu_label = _("Saavutettavuuspalaute")
    add_to_admin_menu = True
    menu_order = 400
    index_view_class = FeedbackIndexView
    list_display = ["__str__", "created_at", "due_date", "status"]
    list_filter = ["status"]
    list_export = ["created_at", "due_date", "status", "page_address", "message"]
    search_fields = ["message", "page_address"]
    ordering = ["status", "due_date"]
    inspect_view_enabled = True


register_snippet(FeedbackMessageViewSet)


def edit_from_before_the_move(request, pk: int):
    return redirect("wagtailsnippets_pages_feedbackmessage:edit", pk)


@hooks.register("register_admin_urls")
def register_feedback_urls():
    return [
        path("feedback/<int:pk>/reply/", reply_view, name=REPLY_URL_NAME),
        # Notification emails sent while the messages lived in sitewide link here; they are
        # answered within 14 days, so their links keep working.
        path("snippets/sitewide/feedbackmessage/edit/<int:pk>/", edit_from_before_the_move),
    ]


@hooks.register("register_log_actions")
def register_feedback_reply_action(actions):
    actions.register_action(
        REPLY_ACTION,
        _("Vastaus lähetetty"),
        _("Vastaus lähetettiin palautteen antajalle"),
    )
