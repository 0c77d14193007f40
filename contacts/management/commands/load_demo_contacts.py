from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Site

from contacts.demo import ensure_directory_page, load_demo_contacts
from contacts.demo_images import ensure_demo_avatars


class Command(BaseCommand):
    help = "Load demo regions, organisations, contact cards and the directory page (idempotent)."

    def handle(self, *args, **options):
        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
        if site is None:
            raise CommandError("No default site: run `manage.py setup_site` first.")
        ensure_directory_page(site.root_page)
        created = load_demo_contacts()
        avatars = ensure_demo_avatars()
        self.stdout.write(f"Demo contact cards: {created} created, {avatars} illustrated.")
