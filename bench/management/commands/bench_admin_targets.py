import json

from django.core.management.base import BaseCommand, CommandError

from bench.admin import admin_targets


class Command(BaseCommand):
    help = (
        "Create the bench's moderator with the given password (or reset it) and print, as "
        "JSON, what the admin targets of the benchmark request (bench/admin.py)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--password", required=True)

    def handle(self, *args, password: str, **options):
        try:
            spec = admin_targets(password)
        except LookupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(json.dumps(spec, ensure_ascii=False))
