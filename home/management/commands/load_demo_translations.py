from django.core.management.base import BaseCommand, CommandError

from home.demo import load_demo_translations
from home.demo_sami import load_demo_sami
from sitewide.demo_sites import LAPLAND, demo_sites


class Command(BaseCommand):
    help = (
        "Translate each demo site's home and sections into Swedish and English, and offer "
        "Northern Sámi with a demo version of the seed article on the Lapland site (idempotent)."
    )

    def handle(self, *args, **options):
        sites = demo_sites()
        if not sites:
            raise CommandError("No default site: run `manage.py setup_site` first.")
        created = 0
        for site in {site.pk: site for site in sites.values()}.values():
            created += load_demo_translations(site.root_page.specific)
        created += load_demo_sami(sites[LAPLAND])
        self.stdout.write(f"Demo translations: {created} pages created.")
