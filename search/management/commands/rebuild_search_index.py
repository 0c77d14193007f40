import sys
import time

from django.core.management.base import BaseCommand
from django.db import connection

from search.indexing import rebuild


class Command(BaseCommand):
    help = (
        "Rebuild the site search index (news, networks, events, expert cards, plain pages) "
        "from what anonymous visitors may see, with a progress bar."
    )

    def handle(self, *args, **options):
        began = time.monotonic()
        interactive = sys.stderr.isatty()
        last_line = {"label": None}

        def progress(label: str, done: int, total: int) -> None:
            width = 30
            filled = int(width * done / total) if total else width
            line = (
                f"{label:<32} [{'#' * filled}{'.' * (width - filled)}] {done}/{total} "
                f"{time.monotonic() - began:6.1f} s"
            )
            if interactive:
                self.stderr.write("\r" + line, ending="")
                if done >= total:
                    self.stderr.write("")
            elif done >= total or last_line["label"] != label or done % 10_000 == 0:
                self.stderr.write(line)
            last_line["label"] = label

        counts = rebuild(progress)
        if connection.vendor == "postgresql":
            # Fresh statistics for the planner's per-tier choice (engine), and a visibility
            # map so that capped counts need not visit the rows (VACUUM cannot run inside a
            # transaction, e.g. in tests).
            with connection.cursor() as cursor:
                cursor.execute(
                    ("ANALYZE " if connection.in_atomic_block else "VACUUM (ANALYZE) ")
                    + "search_searchdocument"
                )
        self.stdout.write(
            f"Indexed {sum(counts.values())} items in {time.monotonic() - began:.1f} s: "
            + ", ".join(f"{kind} {count}" for kind, count in counts.items())
        )
