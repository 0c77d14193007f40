from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django.urls import reverse

from sitewide.demo_sites import NORTH_OSTROBOTHNIA, demo_sites
from sitewide.models import SiteEditors
from sitewide.permissions import EDITORS_GROUP, MODERATORS_GROUP, ensure_site_groups

# Demo accounts for a laptop; the command refuses to run with DEBUG off.
DEMO_PASSWORD = "osallisuus-demo"
DEMO_USERS = [
    ("admin", "Ylläpitäjä", None, True),
    ("toimittaja", "Toimittaja", EDITORS_GROUP, False),
    ("moderaattori", "Moderaattori", MODERATORS_GROUP, False),
    # An editor whom `link_demo_coordinator` makes a demo network's sign-up handler.
    ("koordinaattori", "Koordinaattori", EDITORS_GROUP, False),
]
# The North Ostrobothnia site's own pair: they see nothing of the Lapland site in the admin.
SECOND_SITE_USERS = [
    ("toimittaja-pp", "Toimittaja (Pohjois-Pohjanmaa)", "editors"),
    ("moderaattori-pp", "Moderaattori (Pohjois-Pohjanmaa)", "moderators"),
]


class Command(BaseCommand):
    help = (
        "Create the demo admin, editor, moderator and coordinator accounts if missing "
        "(development only)."
    )

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("Demo accounts are for development only (DEBUG is off).")
        for username, first_name, group_name, is_superuser in DEMO_USERS:
            user = self.ensure_user(username, first_name, is_superuser)
            if group_name:
                user.groups.add(Group.objects.get(name=group_name))
        second = demo_sites().get(NORTH_OSTROBOTHNIA)
        if second is not None and not second.is_default_site:
            ensure_site_groups(second)
            editing = SiteEditors.objects.get(site=second)
            for username, first_name, role in SECOND_SITE_USERS:
                self.ensure_user(username, first_name).groups.add(getattr(editing, role))
        admin_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("wagtailadmin_home")
        self.stdout.write(
            f"\nLog in to the admin at {admin_url} with password "
            f"'{DEMO_PASSWORD}' as: admin (all rights), toimittaja ({EDITORS_GROUP}: writes and "
            f"submits for moderation), moderaattori ({MODERATORS_GROUP}: publishes, handles "
            f"every sign-up and accessibility feedback) or koordinaattori ({EDITORS_GROUP}, "
            f"and handles one network's sign-ups); toimittaja-pp and moderaattori-pp edit and "
            f"moderate only the North Ostrobothnia site.\n"
        )

    def ensure_user(self, username: str, first_name: str, is_superuser: bool = False):
        user, created = get_user_model().objects.get_or_create(
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
        return user
