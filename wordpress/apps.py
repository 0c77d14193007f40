from django.apps import AppConfig
from django.db.models.signals import post_migrate


def grant_import_permission(sender, **kwargs):
    """Moderators may import from WordPress (and superusers, as always)."""
    from django.contrib.auth.models import Group, Permission

    from sitewide.permissions import MODERATORS_GROUP

    permission = Permission.objects.filter(
        content_type__app_label="wordpress", codename="import_wordpress"
    )
    for group in Group.objects.filter(name=MODERATORS_GROUP):
        group.permissions.add(*permission)


class WordpressConfig(AppConfig):
    name = "wordpress"
    verbose_name = "WordPress-tuonti"

    def ready(self):
        from sitewide.permissions import keep_to_default_site

        # The import writes into the default site's news: only its moderators get it.
        keep_to_default_site(self.label, "import_wordpress")
        post_migrate.connect(grant_import_permission, dispatch_uid="wordpress_import_permission")
