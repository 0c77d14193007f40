from django.apps import AppConfig
from django.db.models.signals import post_migrate


def grant_editor_permissions(sender, **kwargs):
    from sitewide.permissions import grant_to_editor_groups

    from .models import ContactCard, Organisation, Region

    grant_to_editor_groups(ContactCard, ("add", "change", "delete", "publish"))
    grant_to_editor_groups(Organisation, ("add", "change", "delete"))
    grant_to_editor_groups(Region, ("add", "change", "delete"))


class ContactsConfig(AppConfig):
    name = "contacts"
    verbose_name = "Yhteystiedot"

    def ready(self):
        # After Wagtail's own post_migrate handler, which creates the publish permission.
        post_migrate.connect(grant_editor_permissions, dispatch_uid="contacts_editor_permissions")
        from . import frontcache  # noqa: F401
