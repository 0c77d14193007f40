from django.apps import AppConfig


class ContactsConfig(AppConfig):
    name = "contacts"
    verbose_name = "Yhteystiedot"

    def ready(self):
        from sitewide.permissions import grant_after_migrate

        # After Wagtail's own post_migrate handler, which creates the publish permission.
        grant_after_migrate(
            self,
            {
                "ContactCard": ("add", "change", "delete", "publish"),
                "Organisation": ("add", "change", "delete"),
                "Region": ("add", "change", "delete"),
            },
        )
        from . import frontcache  # noqa: F401
