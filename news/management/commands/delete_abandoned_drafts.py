from django.core.management.base import BaseCommand

from news.drafts import ABANDONED_AFTER, abandoned_empty_drafts


class Command(BaseCommand):
    help = (
        "Delete never-published news drafts that have nothing but a title and have not been "
        f"touched for {ABANDONED_AFTER.days} day(s). Run daily from a timer."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="only list what would go")

    def handle(self, *args, dry_run: bool, **options):
        drafts = abandoned_empty_drafts()
        for page in drafts:
            self.stdout.write(
                f"{'Would delete' if dry_run else 'Deleting'}: {page.pk} {page.title}"
            )
            if not dry_run:
                page.delete()
        self.stdout.write(f"{len(drafts)} abandoned empty draft(s).")
