"""The admin: follower counts (editors), subscriptions with addresses and the GDPR actions
(moderators), and the publish screen's notify count and "publish without notifying"."""

import copy
import json

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from wagtail import hooks
from wagtail.admin.action_menu import ActionMenuItem
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.menus import MenuItem as ListMenuItem
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet

from news.models import NewsPage
from sitewide.permissions import in_sites_of

from . import admin_counts
from .models import QuietPublish, Subscription
from .privacy import erase_address, export_address

ADDRESSES_PERMISSION = "subscriptions.view_subscriber_addresses"
QUIET_VALUE = "quiet"


# Follower counts: every editor ----------------------------------------------------------------


def followers_report(request):
    return TemplateResponse(
        request,
        "subscriptions/admin/followers.html",
        {
            "keywords": admin_counts.keywords_with_followers(),
            # Another site's networks are not named to this site's editors.
            "networks": in_sites_of(admin_counts.networks_with_followers(), request.user),
            "all_news": admin_counts.all_news_followers(),
            "may_see_addresses": request.user.has_perm(ADDRESSES_PERMISSION),
            "addresses_url": reverse(subscription_viewset.get_url_name("index")),
        },
    )


@hooks.register("register_reports_menu_item")
def register_followers_report():
    return MenuItem(
        gettext_lazy("Seuraajat"), reverse("subscriptions_followers"), icon_name="mail", order=710
    )


# Subscriptions with addresses: moderators -----------------------------------------------------


class SubscriptionIndexView(IndexView):
    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        buttons.append(
            ListMenuItem(
                _("Vie osoitteen tiedot"),
                url=reverse("subscriptions_export", args=[instance.pk]),
                icon_name="download",
                priority=20,
            )
        )
        buttons.append(
            ListMenuItem(
                _("Poista osoitteen kaikki tiedot"),
                url=reverse("subscriptions_erase", args=[instance.pk]),
                icon_name="bin",
                priority=30,
            )
        )
        return buttons


class SubscriptionViewSet(ModelViewSet):
    model = Subscription
    icon = "mail"
    menu_label = gettext_lazy("Seurannat")
    menu_name = "subscriptions"
    menu_order = 270
    add_to_admin_menu = True
    index_view_class = SubscriptionIndexView
    list_display = ["email", "language", "frequency", "confirmed_at", "withdrawn_at"]
    list_filter = ["frequency", "language"]
    search_fields = ["email"]
    form_fields = ["frequency", "all_news", "keywords", "networks"]
    inspect_view_enabled = True
    copy_view_enabled = False

    def get_queryset(self, request):
        return Subscription.objects.all()


subscription_viewset = SubscriptionViewSet("subscription_admin")


@hooks.register("register_admin_viewset")
def register_subscription_viewset():
    return subscription_viewset


def _subscription_for_moderator(request, pk: int) -> Subscription:
    if not request.user.has_perm(ADDRESSES_PERMISSION):
        raise PermissionDenied
    return get_object_or_404(Subscription, pk=pk)


def export_view(request, pk: int):
    subscription = _subscription_for_moderator(request, pk)
    data = json.dumps(export_address(subscription.email), ensure_ascii=False, indent=2)
    response = HttpResponse(data, content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="seurannan-tiedot.json"'
    return response


def erase_view(request, pk: int):
    subscription = _subscription_for_moderator(request, pk)
    if not request.user.has_perm("subscriptions.delete_subscription"):
        raise PermissionDenied
    if request.method == "POST":
        erase_address(subscription.email)
        messages.success(request, _("Osoitteen kaikki tiedot poistettiin."))
        return redirect(subscription_viewset.get_url_name("index"))
    return TemplateResponse(
        request,
        "subscriptions/admin/erase_confirm.html",
        {
            "subscription": subscription,
            "back_url": reverse(subscription_viewset.get_url_name("index")),
        },
    )


@hooks.register("register_admin_urls")
def register_subscription_urls():
    return [
        path("subscriptions/followers/", followers_report, name="subscriptions_followers"),
        path("subscriptions/<int:pk>/export/", export_view, name="subscriptions_export"),
        path("subscriptions/<int:pk>/erase/", erase_view, name="subscriptions_erase"),
    ]


# The publish screen ---------------------------------------------------------------------------


def _never_published_news(page) -> bool:
    return isinstance(page, NewsPage) and page.pk and page.first_published_at is None


class QuietPublishMenuItem(ActionMenuItem):
    """Publishes like Wagtail's button; before_edit_page records the choice first."""

    label = gettext_lazy("Julkaise ilmoittamatta seuraajille")
    name = "action-publish"
    icon_name = "upload"
    template_name = "subscriptions/admin/quiet_publish.html"
    order = 25

    def is_shown(self, context):
        page = context.get("page")
        if context.get("view") != "edit" or not _never_published_news(page):
            return False
        tester = self.get_user_page_permissions_tester(context)
        return not context.get("locked_for_user") and tester.can_publish()

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["quiet_value"] = QUIET_VALUE
        return context


@hooks.register("construct_page_action_menu")
def tell_how_many_will_be_notified(menu_items, request, context):
    page = context.get("page")
    if context.get("view") != "edit" or not _never_published_news(page):
        return
    quiet = QuietPublishMenuItem()
    if not quiet.is_shown(context):
        return
    count = admin_counts.people_to_notify(page)
    for index, item in enumerate(menu_items):
        if item.name == "action-publish" or getattr(item, "name", "") == "approve":
            # Wagtail shares its menu items between requests: label a copy, not the item.
            labelled = menu_items[index] = copy.copy(item)
            labelled.label = ngettext(
                "%(label)s (ilmoitus %(count)d seuraajalle)",
                "%(label)s (ilmoitus %(count)d seuraajalle)",
                count,
            ) % {"label": item.label, "count": count}
    menu_items.append(quiet)


@hooks.register("before_edit_page")
def record_publish_choice(request, page):
    if request.method != "POST" or not _never_published_news(page):
        return
    choice = request.POST.get("action-publish")
    if choice == QUIET_VALUE:
        QuietPublish.objects.get_or_create(page_id=page.pk)
    elif choice:
        QuietPublish.objects.filter(page_id=page.pk).delete()
