from django.apps import AppConfig


class SitewideConfig(AppConfig):
    name = "sitewide"
    verbose_name = "Sivusto"

    def ready(self):
        from . import languages

        languages.install_language_info()
        languages.connect_signals()
        # csrf registers its system check, loginlimits its failed-login counter.
        from . import csrf, frontcache, loginlimits, signals  # noqa: F401
        from .page_forms import use_for_every_page_type
        from .permissions import connect_site_signals

        use_for_every_page_type()
        signals.connect_signals()
        connect_site_signals()
        frontcache.connect_signals()
        frontcache.register_core()
