from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError

# Demo accounts for a laptop; the command refuses to run with DEBUG off.
DEMO_PASSWORD = "osallisuus-demo"
DEMO_USERS = [
    ("admin", "Ylläpitäjä", None, True),
    ("toimittaja", "Toimittaja", "Editors", False),
    ("moderaattori", "Moderaattori", "Moderators", False),
]


class Command(BaseCommand):
    help = "Create the demo admin, editor and moderator accounts if missing (development only)."

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
        self.stdout.write(
            "\nLog in to the admin at http://127.0.0.1:8000/admin/ with password "
            f"'{DEMO_PASSWORD}' as: admin (all rights), toimittaja (Editors: writes and submits "
            "for moderation) or moderaattori (Moderators: publishes).\n"
        )
