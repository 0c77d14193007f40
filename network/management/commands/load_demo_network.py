from django.core.management.base import BaseCommand, CommandError

from network.demo import load_demo_network
from sitewide.demo_sites import LAPLAND, demo_sites


class Command(BaseCommand):
    help = "Load the demo networks, meetings and events on their demo sites (idempotent)."

    def handle(self, *args, **options):
        sites = demo_sites()
        if not sites:
            raise CommandError("No default site: run `manage.py setup_site` first.")
        roots = {key: site.root_page for key, site in sites.items()}
        created = load_demo_network(roots[LAPLAND], roots=roots)
        self.stdout.write(f"Demo network pages: {created} created.")
