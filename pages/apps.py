from django.apps import AppConfig


class PagesConfig(AppConfig):
    name = "pages"
    verbose_name = "Sivut"

    def ready(self):
        from sitewide.permissions import grant_after_migrate

        grant_after_migrate(self, {"FeedbackMessage": ("view", "change")})
