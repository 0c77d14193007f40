from django.contrib import messages
from django.contrib.admin.utils import quote
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.admin.ui.menus import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from sitewide.spreadsheet import FormulaSafeIndexView

from .membership import add_member_from_signup
from .models import SignUp

MAX_ID = 2**63 - 1
ADD_MEMBER_URL_NAME = "network_signup_add_member"


def signup_list_url() -> str:
    return reverse("wagtailsnippets_network_signup:list")


class SignUpIndexView(FormulaSafeIndexView):
    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if instance.status == SignUp.Status.ACCEPTED and self.request.user.has_perm(
            "network.change_signup"
        ):
            buttons.append(
                MenuItem(
                    _("Lisää jäsenorganisaatioksi"),
                    url=reverse(ADD_MEMBER_URL_NAME, args=[quote(instance.pk)]),
                    icon_name="group",
                    priority=15,
                )
            )
        return buttons


class SignUpViewSet(SnippetViewSet):
    model = SignUp
    icon = "form"
    menu_label = gettext_lazy("Ilmoittautumiset")
    menu_name = "network_signups"
    menu_order = 260
    add_to_admin_menu = True
    index_view_class = SignUpIndexView
    list_display = ["name", "organisation", "network", "status", "created_at"]
    list_filter = ["network", "status"]
    list_export = [
        "name",
        "organisation",
        "email",
        "region_or_type_display",
        "message",
        "network",
        "status",
        "created_at",
    ]
    export_filename = "ilmoittautumiset"
    search_fields = ["name", "organisation", "email"]
    ordering = ["-created_at"]

    def get_queryset(self, request):
        return SignUp.objects.select_related("network")


register_snippet(SignUpViewSet)


def add_member_view(request, pk: int):
    if not request.user.has_perm("network.change_signup"):
        raise PermissionDenied
    if pk > MAX_ID:  # past bigint: no such row, and PostgreSQL would refuse the query
        raise Http404
    signup = get_object_or_404(SignUp.objects.select_related("network"), pk=pk)
    if signup.status != SignUp.Status.ACCEPTED:
        messages.error(request, _("Vain hyväksytyn ilmoittautumisen voi lisätä jäseneksi."))
        return redirect(signup_list_url())
    if request.method == "POST":
        result = add_member_from_signup(signup, request.user)
        name = result.organisation.name
        if not result.added:
            messages.warning(request, _("%(name)s on jo verkoston jäsen.") % {"name": name})
        elif result.published:
            messages.success(
                request, _("%(name)s lisättiin jäseneksi ja sivu julkaistiin.") % {"name": name}
            )
        else:
            edit_url = AdminURLFinder(request.user).get_edit_url(signup.network)
            messages.success(
                request,
                _("%(name)s lisättiin sivun luonnokseen; julkaise sivu: %(url)s")
                % {"name": name, "url": edit_url},
            )
        return redirect(signup_list_url())
    return TemplateResponse(
        request,
        "network/admin/add_member_confirm.html",
        {"signup": signup, "back_url": signup_list_url()},
    )


@hooks.register("register_admin_urls")
def register_signup_urls():
    return [
        path(
            "network/signups/<int:pk>/add-member/",
            add_member_view,
            name=ADD_MEMBER_URL_NAME,
        )
    ]
