import django_filters
from django import forms
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import ObjectList
from wagtail.admin.ui.tables import LiveStatusTagColumn
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from keywords.models import Keyword
from sitewide.snippet_access import PrivateSnippetViewSet

from .card_access import ContactCardAdminForm, contact_card_permission_policy
from .models import STALE_AFTER, ContactCard, Organisation, Region

YES_NO = [("true", _("Kyllä")), ("false", _("Ei"))]


class ContactCardFilterSet(WagtailFilterSet):
    organisation = django_filters.ModelChoiceFilter(
        queryset=Organisation.objects.all(), label=_("Organisaatio")
    )
    region = django_filters.ModelChoiceFilter(
        field_name="organisation__region", queryset=Region.objects.all(), label=_("Alue")
    )
    keyword = django_filters.ModelChoiceFilter(
        field_name="keyword_items__tag", queryset=Keyword.objects.all(), label=_("Asiasana")
    )
    # Yes/no choices rather than BooleanFilter, whose active-filter chip reads "True".
    live = django_filters.ChoiceFilter(
        label=_("Julkaistu"),
        choices=YES_NO,
        method="filter_live",
        empty_label=_("Kaikki"),
        widget=forms.RadioSelect,
    )
    stale = django_filters.ChoiceFilter(
        label=_("Tarkistettu yli vuosi sitten"),
        choices=YES_NO,
        method="filter_stale",
        empty_label=_("Kaikki"),
        widget=forms.RadioSelect,
    )

    class Meta:
        model = ContactCard
        fields = ["organisation", "region", "keyword", "live", "stale"]

    def filter_live(self, queryset, name, value):
        return queryset.filter(live=value == "true")

    def filter_stale(self, queryset, name, value):
        limit = timezone.localdate() - STALE_AFTER
        if value == "true":
            return queryset.filter(last_checked__lt=limit)
        return queryset.filter(last_checked__gte=limit)


# Before the viewset: the listing, chooser and every card's views show only the user's sites'.
register_permission_policy(ContactCard, contact_card_permission_policy)


class ContactCardViewSet(PrivateSnippetViewSet):
    model = ContactCard
    icon = "user"
    menu_label = _("Yhteystietokortit")
    # The status tag ("julkaistu"/"luonnos") rather than the `live` field, which reads "True".
    list_display = ["name", "job_title", "organisation", "last_checked", LiveStatusTagColumn()]
    list_export = ["name", "job_title", "organisation", "email", "phone", "last_checked"]
    filterset_class = ContactCardFilterSet
    search_fields = ["name", "job_title", "expertise"]
    # The listing searches the columns with the ORM (icontains), the same on SQLite and
    # PostgreSQL; Wagtail's index with `fields` fails on SQLite ("no such column: name").
    search_backend_name = None
    inspect_view_enabled = True
    ordering = ["name"]
    edit_handler = ObjectList(ContactCard.panels, base_form_class=ContactCardAdminForm)

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("organisation")


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    menu_label = _("Organisaatiot")
    list_display = ["name", "type", "region"]
    list_filter = ["type", "region"]
    search_fields = ["name"]
    search_backend_name = None
    inspect_view_enabled = True


class RegionViewSet(SnippetViewSet):
    model = Region
    icon = "site"
    menu_label = _("Alueet")
    list_display = ["name", "area"]
    list_filter = ["area"]
    search_fields = ["name", "area"]


class ContactsGroup(SnippetViewSetGroup):
    items = (ContactCardViewSet, OrganisationViewSet, RegionViewSet)
    menu_icon = "user"
    menu_label = _("Yhteystiedot")
    menu_name = "contacts"
    menu_order = 250


register_snippet(ContactsGroup)


@hooks.register("register_reports_menu_item")
def register_stale_cards_report():
    return MenuItem(
        _("Tarkistettavat yhteystiedot"),
        reverse("wagtailsnippets_contacts_contactcard:list") + "?stale=true",
        icon_name="warning",
        order=700,
    )
