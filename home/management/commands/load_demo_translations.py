from django.core.management.base import BaseCommand, CommandError

from home.demo import load_demo_translations
from sitewide.demo_sites import demo_sites


class Command(BaseCommand):
    help = "Translate each demo site's home and sections into Swedish and English (idempotent)."

    def handle(self, *args, **options):
        sites = demo_sites()
        if not sites:
            raise CommandError("No default site: run `manage.py setup_site` first.")
        created = 0
        for site in {site.pk: site for site in sites.values()}.values():
            created += load_demo_translations(site.root_page.specific)
        self.stdout.write(f"Demo translations: {created} pages created.")
