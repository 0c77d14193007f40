import os

from django.core.management.base import BaseCommand

from home.site_setup import ensure_home_page


class Command(BaseCommand):
    help = "Make the site root a home page and set the site's address (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--hostname",
            default=os.environ.get("SITE_HOSTNAME", "localhost"),
            help="e.g. osallisuus.fi",
        )
        parser.add_argument("--port", type=int, default=int(os.environ.get("SITE_PORT", "80")))

    def handle(self, *args, **options):
        home = ensure_home_page(hostname=options["hostname"], port=options["port"])
        self.stdout.write(
            f"Home page: {home.title} (id {home.pk}); site {options['hostname']}:{options['port']}"
        )
