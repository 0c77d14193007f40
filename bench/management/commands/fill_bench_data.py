import time

from django.core.management.base import BaseCommand, CommandError

from bench.fill import fill, fill_sites


class Command(BaseCommand):
    help = (
        "Fill the database with benchmark content: SCALE news items with 3-6 keywords each, "
        "and contact cards, networks and events in proportion. Tops up an already filled "
        "database; run `setup_site` first, or pass --sites N to create N sites of SCALE items "
        "each (the several-sites bench, bench/sites.py)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--scale", type=int, default=10_000, help="number of news items")
        parser.add_argument("--seed", type=int, default=7)
        parser.add_argument(
            "--sites",
            type=int,
            default=0,
            help="create (or top up) this many sites (alue01.localhost, ...) of SCALE items each",
        )
        parser.add_argument(
            "--no-search-index",
            action="store_true",
            help="leave the site search index to `rebuild_search_index` (bench.run times it)",
        )

    def handle(
        self, *args, scale: int, seed: int, sites: int, no_search_index: bool = False, **options
    ):
        if not 1 <= scale <= 1_000_000:
            raise CommandError("--scale must be between 1 and 1000000.")
        if not 0 <= sites <= 100:
            raise CommandError("--sites must be between 0 and 100.")
        began = time.monotonic()
        if sites:
            reports = fill_sites(sites, scale, seed=seed, log=self.stdout.write)
            if not no_search_index:
                from search.indexing import rebuild

                rebuild()
            created = sum(report.created.get("news", 0) for report in reports)
            self.stdout.write(
                f"Filled {sites} sites to {scale} news items each in "
                f"{time.monotonic() - began:.1f} s: {created} news items created"
            )
            return
        try:
            report = fill(scale, seed=seed, log=self.stdout.write, search_index=not no_search_index)
        except RuntimeError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            f"Filled to scale {scale} in {time.monotonic() - began:.1f} s: {report.created}"
        )
