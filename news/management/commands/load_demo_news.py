from django.core.management.base import BaseCommand, CommandError

from news.demo import load_demo_news
from news.demo_images import ensure_demo_images
from sitewide.demo_sites import LAPLAND, demo_sites


class Command(BaseCommand):
    help = "Load the demo news items on their demo sites (idempotent: existing items stay)."

    def handle(self, *args, **options):
        sites = demo_sites()
        if not sites:
            raise CommandError("No default site: run `manage.py setup_site` first.")
        roots = {key: site.root_page for key, site in sites.items()}
        created = load_demo_news(roots[LAPLAND], roots=roots)
        illustrated = ensure_demo_images()
        self.stdout.write(f"Demo news: {created} created, {illustrated} illustrated.")
