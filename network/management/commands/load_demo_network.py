from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Site

from network.demo import load_demo_network


class Command(BaseCommand):
    help = "Load the demo networks, meetings and events under the site root (idempotent)."

    def handle(self, *args, **options):
        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
        if site is None:
            raise CommandError("No default site: run `manage.py setup_site` first.")
        created = load_demo_network(site.root_page)
        self.stdout.write(f"Demo network pages: {created} created.")
