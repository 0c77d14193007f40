from django.core.management.base import BaseCommand, CommandError

from identity.demo import load_demo_identity
from sitewide.demo_sites import demo_sites


class Command(BaseCommand):
    help = "Set each demo site's name, logo, favicon and footer contacts (once; editors' win)."

    def handle(self, *args, **options):
        sites = demo_sites()
        if not sites:
            raise CommandError("No default site: run `manage.py setup_site` first.")
        done = set()
        for key, site in sites.items():
            # On a one-site install every key is the default site: it gets the first identity.
            if site.pk in done:
                continue
            done.add(site.pk)
            identity = load_demo_identity(site, key)
            self.stdout.write(f"Site identity of {site.hostname}: {identity.organisation_name}")
