from django.core.management.base import BaseCommand, CommandError

from home.demo import feature_seed_articles
from sitewide.demo_sites import demo_sites


class Command(BaseCommand):
    help = "Feature each demo site's seed article on its home page (once; editors' choice wins)."

    def handle(self, *args, **options):
        sites = demo_sites()
        if not sites:
            raise CommandError("No default site: run `manage.py setup_site` first.")
        changed = feature_seed_articles(sites)
        self.stdout.write(f"Demo home pages: {changed} featuring their seed article.")
