import os

from django.core.management.base import BaseCommand, CommandError

from home.site_setup import HOME_TITLE, SiteAddressTaken, setup_site


class Command(BaseCommand):
    help = (
        "Create or update one site of the install (idempotent): its address, name, home page, "
        "privacy notice and accessibility statement. Without --home-slug it sets up the default "
        "site (the one-site install's only site). See docs/operations.md, 'Adding a site'."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--hostname",
            default=os.environ.get("SITE_HOSTNAME", "localhost"),
            help="e.g. osallisuus.fi",
        )
        parser.add_argument("--port", type=int, default=int(os.environ.get("SITE_PORT", "80")))
        parser.add_argument("--name", help="The site's name in the admin (default: home title).")
        parser.add_argument(
            "--home-title",
            default=HOME_TITLE,
            help="Title of the home page if it has to be created (editors own it afterwards).",
        )
        parser.add_argument(
            "--home-slug",
            help="The home page's slug: which site this is. Without it: the default site.",
        )
        parser.add_argument(
            "--default",
            action="store_true",
            help="Make this the default site (answers hostnames no other site has).",
        )

    def handle(self, *args, **options):
        default = options["default"] or not options["home_slug"]
        try:
            site = setup_site(
                options["hostname"],
                options["port"],
                name=options["name"],
                home_title=options["home_title"],
                home_slug=options["home_slug"],
                default=default,
            )
        except SiteAddressTaken as error:
            raise CommandError(str(error)) from error
        home = site.root_page
        self.stdout.write(
            f"Site {site.site_name}: {site.hostname}:{site.port}"
            f"{' (default)' if site.is_default_site else ''}; home page {home.title} "
            f"(/{home.slug}/, id {home.pk})"
        )
