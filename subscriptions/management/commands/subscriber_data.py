"""Export (`--export`, JSON on stdout) or erase (`--erase`) all that is held about an address."""

import json

from django.core.management.base import BaseCommand, CommandError

from subscriptions.privacy import erase_address, export_address


class Command(BaseCommand):
    help = "Export or erase everything the subscriptions hold about one email address (GDPR)."

    def add_arguments(self, parser):
        parser.add_argument("email")
        action = parser.add_mutually_exclusive_group(required=True)
        action.add_argument("--export", action="store_true")
        action.add_argument("--erase", action="store_true")

    def handle(self, *args, email: str, export: bool, erase: bool, **options):
        if "@" not in email:
            raise CommandError("Give an email address.")
        if export:
            self.stdout.write(json.dumps(export_address(email), ensure_ascii=False, indent=2))
        else:
            deleted = erase_address(email)
            self.stdout.write(f"Erased {deleted} rows for {email}.")
