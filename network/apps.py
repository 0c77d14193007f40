from django.apps import AppConfig


class NetworkConfig(AppConfig):
    name = "network"
    verbose_name = "Verkostot ja tapahtumat"

    def ready(self):
        from sitewide.permissions import MODERATORS_GROUP, grant_after_migrate

        # Every network's sign-ups to the moderators; a network's own to its coordinators
        # (network.signup_access). Migration 0002 took them from the editors.
        grant_after_migrate(
            self,
            {"SignUp": ("add", "change", "delete", "view")},
            groups=(MODERATORS_GROUP,),
            name="moderator",
        )
        from . import frontcache  # noqa: F401
