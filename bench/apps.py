from django.apps import AppConfig


class BenchConfig(AppConfig):
    """Benchmark data and runner; imports any domain app, and nothing imports it."""

    name = "bench"
    default_auto_field = "django.db.models.BigAutoField"
