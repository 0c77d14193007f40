from django.core.management.base import BaseCommand

from network.retention import purge_old_signups, retention_months


class Command(BaseCommand):
    help = "Delete network sign-ups older than SIGNUP_RETENTION_MONTHS (default 12)."

    def handle(self, *args, **options):
        count = purge_old_signups()
        self.stdout.write(f"Deleted {count} sign-up(s) older than {retention_months()} months.")
