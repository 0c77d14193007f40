from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django.urls import reverse

from sitewide.permissions import EDITORS_GROUP, MODERATORS_GROUP

# Demo accounts for a laptop; the command refuses to run with DEBUG off.
DEMO_PASSWORD = "osallisuus-demo"
DEMO_USERS = [
    ("admin", "Ylläpitäjä", None, True),
    ("toimittaja", "Toimittaja", EDITORS_GROUP, False),
    ("moderaattori", "Moderaattori", MODERATORS_GROUP, False),
    # An editor whom `link_demo_coordinator` makes a demo network's sign-up handler.
    ("koordinaattori", "Koordinaattori", EDITORS_GROUP, False),
]


class Command(BaseCommand):
    help = (
        "Create the demo admin, editor, moderator and coordinator accounts if missing "
        "(development only)."
    )

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("Demo accounts are for development only (DEBUG is off).")
        User = get_user_model()
        for username, first_name, group_name, is_superuser in DEMO_USERS:
            user, created = User.objects.get_or_create(
                username=username,
                defaults={
                    "first_name": first_name,
                    "is_staff": True,
                    "is_superuser": is_superuser,
                    "email": f"{username}@example.invalid",
                },
            )
            if created:
                user.set_password(DEMO_PASSWORD)
                user.save()
            if group_name:
                user.groups.add(Group.objects.get(name=group_name))
        admin_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("wagtailadmin_home")
        self.stdout.write(
            f"\nLog in to the admin at {admin_url} with password "
            f"'{DEMO_PASSWORD}' as: admin (all rights), toimittaja ({EDITORS_GROUP}: writes and "
            f"submits for moderation), moderaattori ({MODERATORS_GROUP}: publishes, handles "
            f"every sign-up and accessibility feedback) or koordinaattori ({EDITORS_GROUP}, "
            f"and handles one network's sign-ups).\n"
        )
