from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .views import import_status, import_view, may_import


@hooks.register("register_admin_urls")
def wordpress_admin_urls():
    return [
        path("wordpress/", import_view, name="wordpress_import"),
        path("wordpress/tila/<str:job>/", import_status, name="wordpress_import_status"),
    ]


class ImportMenuItem(MenuItem):
    def is_shown(self, request):
        return may_import(request.user)


@hooks.register("register_settings_menu_item")
def wordpress_menu_item():
    return ImportMenuItem(
        _("Tuo WordPressistä"), reverse("wordpress_import"), icon_name="download", order=900
    )


@hooks.register("register_log_actions")
def wordpress_log_actions(actions):
    actions.register_action("wordpress.import", _("WordPress-tuonti"), _("Tuotu WordPressistä"))
