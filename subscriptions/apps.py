from django.apps import AppConfig
from django.db.models.signals import post_migrate

# The subscribers' addresses are the whole install's (one address follows keywords and networks
# of any site): the default site's moderators handle them, not every site's.
ADDRESS_CODENAMES = (
    "view_subscription",
    "change_subscription",
    "delete_subscription",
    "view_subscriber_addresses",
)


def grant_to_moderators(sender, **kwargs):
    """Moderators see and erase subscribers' addresses; editors see only counts."""
    from django.contrib.auth.models import Group, Permission

    from sitewide.permissions import MODERATORS_GROUP

    codenames = list(ADDRESS_CODENAMES)
    permissions = Permission.objects.filter(
        content_type__app_label="subscriptions", codename__in=codenames
    )
    for group in Group.objects.filter(name=MODERATORS_GROUP):
        group.permissions.add(*permissions)


class SubscriptionsConfig(AppConfig):
    name = "subscriptions"
    verbose_name = "Seurannat"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from sitewide.follow import register_follow_url
        from sitewide.permissions import keep_to_default_site

        from . import frontcache, signals, webhooks  # noqa: F401
        from .views import follow_url

        register_follow_url(follow_url)
        keep_to_default_site(self.label, *ADDRESS_CODENAMES)
        post_migrate.connect(grant_to_moderators, dispatch_uid="subscriptions_moderators")
