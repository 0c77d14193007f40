from django.core.management.base import BaseCommand

from home.site_setup import ensure_home_page


class Command(BaseCommand):
    help = "Make the site root a home page (idempotent); run once after the first migrate."

    def handle(self, *args, **options):
        home = ensure_home_page()
        self.stdout.write(f"Home page: {home.title} (id {home.pk})")
