from django.core.management.base import BaseCommand, CommandError

from contacts.demo import ensure_directory_page, load_demo_contacts
from contacts.demo_images import ensure_demo_avatars
from sitewide.demo_sites import demo_sites


class Command(BaseCommand):
    help = (
        "Load demo regions, organisations, contact cards and a directory page on each demo "
        "site (idempotent)."
    )

    def handle(self, *args, **options):
        sites = demo_sites()
        if not sites:
            raise CommandError("No default site: run `manage.py setup_site` first.")
        for site in set(sites.values()):
            ensure_directory_page(site.root_page)
        created = load_demo_contacts(sites)
        avatars = ensure_demo_avatars()
        self.stdout.write(f"Demo contact cards: {created} created, {avatars} illustrated.")
