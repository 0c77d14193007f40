"""The moved models' tables get this app's names (sitewide_* -> pages_*)."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0001_initial"),
    ]

    operations = [
        migrations.AlterModelTable(name="standardpage", table=None),
        migrations.AlterModelTable(name="accessibilitystatementpage", table=None),
        migrations.AlterModelTable(name="feedbackmessage", table=None),
    ]
