"""Run from a timer every few minutes (or with --loop beside `make run`)."""

import os
import time

from django.core.management.base import BaseCommand

from sitewide.management.commands.publish_scheduled_loop import parent_alive
from subscriptions.schedule import tick


class Command(BaseCommand):
    help = (
        "Queue the Monday digest and interrupted sends, tell ended follows, delete expired "
        "requests and old withdrawn subscriptions. --loop repeats it until the parent ends."
    )

    def add_arguments(self, parser):
        parser.add_argument("--loop", type=float, default=0, help="repeat every N seconds")
        parser.add_argument("--parent", type=int, default=None)

    def handle(self, *args, loop: float, parent: int | None, **options):
        parent_pid = parent or os.getppid()
        while True:
            try:
                done = tick()
                if options["verbosity"] > 1 or any(done.values()):
                    self.stdout.write(str(done))
            except Exception as error:  # noqa: BLE001 - a bad round must not stop the next
                self.stderr.write(f"subscriptions_tick failed: {error}")
                if not loop:
                    raise
            if not loop:
                return
            deadline = time.monotonic() + loop
            while time.monotonic() < deadline:
                if not parent_alive(parent_pid):
                    return
                time.sleep(min(1.0, loop))
