from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Site

from news.demo import load_demo_news
from news.demo_images import ensure_demo_images


class Command(BaseCommand):
    help = "Load the demo news items (idempotent: existing items are left as they are)."

    def handle(self, *args, **options):
        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
        if site is None:
            raise CommandError("No default site: run `manage.py setup_site` first.")
        created = load_demo_news(site.root_page)
        illustrated = ensure_demo_images()
        self.stdout.write(f"Demo news: {created} created, {illustrated} illustrated.")
