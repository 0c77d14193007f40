"""`make run`'s stand-in for production's timer: Wagtail's publish_scheduled every minute."""

import os
import time

from django.core.management import call_command
from django.core.management.base import BaseCommand


def parent_alive(parent_pid: int) -> bool:
    """True while the process that started us (the `make run` shell) still runs."""
    return os.getppid() == parent_pid


class Command(BaseCommand):
    help = (
        "Run publish_scheduled every --interval seconds until the starting process ends "
        "(development; production runs publish_scheduled from a timer)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--interval", type=float, default=60.0)
        parser.add_argument(
            "--parent",
            type=int,
            default=None,
            help="process id to stop with (default: the process that started this one)",
        )
        parser.add_argument(
            "--rounds", type=int, default=0, help="stop after this many runs (0: no limit)"
        )

    def handle(self, *args, interval: float, parent: int | None, rounds: int, **options):
        # Given explicitly, a parent that ended while Django was still starting is noticed too.
        parent_pid = parent or os.getppid()
        done = 0
        while parent_alive(parent_pid):
            try:
                call_command("publish_scheduled")
            except Exception as error:  # noqa: BLE001 - a bad round must not stop the next
                self.stderr.write(f"publish_scheduled failed: {error}")
            done += 1
            if rounds and done >= rounds:
                return
            # Sleep in short steps so the loop ends soon after the server does.
            deadline = time.monotonic() + interval
            while time.monotonic() < deadline and parent_alive(parent_pid):
                time.sleep(min(1.0, interval))
