from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from network.demo import DEMO_COORDINATOR_USERNAME, link_demo_coordinator


class Command(BaseCommand):
    help = (
        "Make the demo account 'koordinaattori' the sign-up handler of the demo Lapland "
        "network (after load_demo_network and ensure_demo_users; development only)."
    )

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("Demo accounts are for development only (DEBUG is off).")
        network = link_demo_coordinator()
        if network is None:
            raise CommandError(
                f"Run load_demo_network and ensure_demo_users first (no network or no "
                f"'{DEMO_COORDINATOR_USERNAME}' account)."
            )
        self.stdout.write(f"{DEMO_COORDINATOR_USERNAME} handles the sign-ups of {network.title}.")
