from django.apps import AppConfig


class SubscriptionsConfig(AppConfig):
    name = "subscriptions"
    verbose_name = "Seurannat"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from sitewide.follow import register_follow_url

        from . import signals, webhooks  # noqa: F401
        from .views import follow_url

        register_follow_url(follow_url)
