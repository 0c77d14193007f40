import django_filters
from django import forms
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
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import ObjectList
from wagtail.admin.ui.menus import MenuItem
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet

from contacts.models import Region
from sitewide.permissions import in_sites_of
from sitewide.snippet_access import PrivateSnippetViewSet, visible_rows
from sitewide.spreadsheet import FormulaSafeIndexView

from .formatting import region_or_type_label
from .forms import region_or_type_choices
from .membership import add_member_from_signup
from .models import NetworkPage, SignUp
from .signup import signup_regions
from .signup_access import signup_permission_policy

MAX_ID = 2**63 - 1
ADD_MEMBER_URL_NAME = "network_signup_add_member"

# Before the viewset: every sign-up view reads who sees what from this policy.
register_permission_policy(SignUp, signup_permission_policy)


def signup_list_url() -> str:
    return reverse("wagtailsnippets_network_signup:list")


class SignUpIndexView(FormulaSafeIndexView):
    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if (
            instance.status == SignUp.Status.ACCEPTED
            and signup_permission_policy.user_has_permission_for_instance(
                self.request.user, "change", instance
            )
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


def choice_values(choices) -> set[str]:
    values = set()
    for value, label in choices:
        if isinstance(label, list | tuple):
            values |= choice_values(label)
        else:
            values.add(value)
    return values


class SignUpAdminForm(WagtailAdminModelForm):
    """Shows the applicant's region or organisation type by name, as the public form did."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        stored = self.fields.get("region_or_type")
        if stored is None:
            return
        network = self.instance.network if self.instance.network_id else None
        regions = signup_regions(network) if network else list(Region.objects.all())
        choices = region_or_type_choices(regions)
        current = self.instance.region_or_type
        if current and current not in choice_values(choices):
            # A region since removed from the network (or deleted): keep the answer as given.
            choices.append((current, region_or_type_label(current)))
        self.fields["region_or_type"] = forms.ChoiceField(
            label=stored.label, choices=choices, required=stored.required
        )


def networks_of_request(request):
    """The networks of the admin user's sites: another site's are not offered as a filter."""
    if request is None:
        return NetworkPage.objects.none()
    return in_sites_of(NetworkPage.objects.order_by("title"), request.user)


class SignUpFilterSet(WagtailFilterSet):
    network = django_filters.ModelChoiceFilter(
        queryset=networks_of_request, label=SignUp._meta.get_field("network").verbose_name
    )

    class Meta:
        model = SignUp
        fields = ["network", "status"]


class SignUpViewSet(PrivateSnippetViewSet):
    model = SignUp
    icon = "form"
    menu_label = gettext_lazy("Ilmoittautumiset")
    menu_name = "network_signups"
    menu_order = 260
    add_to_admin_menu = True
    index_view_class = SignUpIndexView
    list_display = ["name", "organisation", "network", "status", "created_at"]
    filterset_class = SignUpFilterSet
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
    edit_handler = ObjectList(SignUp.panels, base_form_class=SignUpAdminForm)

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("network")


register_snippet(SignUpViewSet)


def add_member_view(request, pk: int):
    if not signup_permission_policy.user_has_permission(request.user, "change"):
        raise PermissionDenied
    if pk > MAX_ID:  # past bigint: no such row, and PostgreSQL would refuse the query
        raise Http404
    # Another network's sign-up is, for a coordinator, as if it did not exist.
    signup = get_object_or_404(visible_rows(request.user, SignUp).select_related("network"), pk=pk)
    if not signup_permission_policy.user_has_permission_for_instance(
        request.user, "change", signup
    ):
        raise PermissionDenied
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
