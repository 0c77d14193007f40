from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Site

from identity.demo import load_demo_identity


class Command(BaseCommand):
    help = "Set the demo site's name, logo, favicon and footer contacts (once; editors' win)."

    def handle(self, *args, **options):
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            raise CommandError("No default site: run `manage.py setup_site` first.")
        identity = load_demo_identity(site)
        self.stdout.write(f"Site identity: {identity.organisation_name}")
