"""Sign-ups (names, emails, organisations) go to those who handle them: a network's
coordinators (the admin users its page lists) and the moderators. The editors (Toimittajat)
no longer hold the sign-up permissions that post_migrate gave them until now."""

import modelcluster.fields
from django.conf import settings
from django.db import migrations

from sitewide.permissions import EDITORS_GROUP, migration_revoke

SIGNUP_PERMISSIONS = ["add_signup", "change_signup", "delete_signup", "view_signup"]


def forwards(apps, schema_editor):
    migration_revoke(apps, EDITORS_GROUP, "network", SIGNUP_PERMISSIONS)


class Migration(migrations.Migration):
    dependencies = [
        ("network", "0001_initial"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
        # The groups carry their Finnish names from here on.
        ("sitewide", "0003_finnish_group_and_workflow_names"),
    ]

    operations = [
        migrations.AddField(
            model_name="networkpage",
            name="coordinator_users",
            field=modelcluster.fields.ParentalManyToManyField(
                blank=True,
                help_text=(
                    "Ylläpidon käyttäjät (yleensä verkoston koordinaattori), jotka näkevät "
                    "tämän verkoston ilmoittautumiset, vievät ne taulukkoon ja käsittelevät ne."
                ),
                limit_choices_to={"is_active": True},
                related_name="coordinated_network_pages",
                to=settings.AUTH_USER_MODEL,
                verbose_name="ilmoittautumisten käsittelijät",
            ),
        ),
        # Backwards leaves the groups as they are: nobody gets personal data back by it.
        migrations.RunPython(forwards, migrations.RunPython.noop),
    ]
