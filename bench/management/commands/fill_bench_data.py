import time

from django.core.management.base import BaseCommand, CommandError

from bench.fill import fill


class Command(BaseCommand):
    help = (
        "Fill the database with benchmark content: SCALE news items with 3-6 keywords each, "
        "and contact cards, networks and events in proportion. Tops up an already filled "
        "database; run `setup_site` first."
    )

    def add_arguments(self, parser):
        parser.add_argument("--scale", type=int, default=10_000, help="number of news items")
        parser.add_argument("--seed", type=int, default=7)
        parser.add_argument(
            "--no-search-index",
            action="store_true",
            help="leave the site search index to `rebuild_search_index` (bench.run times it)",
        )

    def handle(self, *args, scale: int, seed: int, no_search_index: bool = False, **options):
        if not 1 <= scale <= 1_000_000:
            raise CommandError("--scale must be between 1 and 1000000.")
        began = time.monotonic()
        try:
            report = fill(scale, seed=seed, log=self.stdout.write, search_index=not no_search_index)
        except RuntimeError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            f"Filled to scale {scale} in {time.monotonic() - began:.1f} s: {report.created}"
        )
