from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Site

from contacts.demo import ensure_directory_page, load_demo_contacts


class Command(BaseCommand):
    help = "Load demo regions, organisations, contact cards and the directory page (idempotent)."

    def handle(self, *args, **options):
        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
        if site is None:
            raise CommandError("No default site: run `manage.py setup_site` first.")
        ensure_directory_page(site.root_page)
        self.stdout.write(f"Demo contact cards: {load_demo_contacts()} created.")
