from django.core.management.base import BaseCommand, CommandError

from home.site_setup import SiteAddressTaken, setup_site
from sitewide.demo_sites import DEMO_SITES


class Command(BaseCommand):
    help = (
        "Create or update the demo's sites (sitewide/demo_sites.py) on the given port; the "
        "default one on --hostname. Idempotent; nothing under an existing home is changed."
    )

    def add_arguments(self, parser):
        parser.add_argument("--hostname", default="127.0.0.1", help="The default demo site's.")
        parser.add_argument("--port", type=int, default=8000, help="Every demo site's port.")

    def handle(self, *args, **options):
        for demo in DEMO_SITES:
            try:
                site = setup_site(
                    demo.hostname or options["hostname"],
                    options["port"],
                    name=demo.name,
                    home_title=demo.home_title,
                    home_slug=demo.home_slug,
                    home_intro=demo.home_intro,
                    default=demo.is_default,
                )
            except SiteAddressTaken as error:
                raise CommandError(str(error)) from error
            self.stdout.write(f"Demo site {demo.key}: {site.root_url}/ ({site.site_name})")
