from django.apps import AppConfig


class ContactsConfig(AppConfig):
    name = "contacts"
    verbose_name = "Yhteystiedot"

    def ready(self):
        from sitewide.permissions import MODERATORS_GROUP, grant_after_migrate

        # After Wagtail's own post_migrate handler, which creates the publish permission.
        grant_after_migrate(
            self,
            {
                "ContactCard": ("add", "change", "delete"),
                "Organisation": ("add", "change", "delete"),
                "Region": ("add", "change", "delete"),
            },
        )
        # A card puts a person's email and phone on the public site: editors submit it to the
        # moderation workflow, moderators publish (migration 0003 took it from the editors).
        grant_after_migrate(
            self, {"ContactCard": ("publish",)}, groups=(MODERATORS_GROUP,), name="moderator"
        )
        from . import frontcache  # noqa: F401
