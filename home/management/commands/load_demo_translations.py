from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Site

from home.demo import load_demo_translations
from home.demo_sami import load_demo_sami


class Command(BaseCommand):
    help = (
        "Translate the demo home page and sections into Swedish and English, and offer "
        "Northern Sámi with a demo version of the seed article on the Lapland site (idempotent)."
    )

    def handle(self, *args, **options):
        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
        if site is None:
            raise CommandError("No default site: run `manage.py setup_site` first.")
        created = load_demo_translations(site.root_page.specific)
        created += load_demo_sami(site)
        self.stdout.write(f"Demo translations: {created} pages created.")
