"""Accessibility feedback names the site it came in on, so that each site's moderators handle
their own; the feedback given so far came in on the one site there was (the default)."""

import django.db.models.deletion
from django.db import migrations, models


def to_default_site(apps, schema_editor):
    Site = apps.get_model("wagtailcore", "Site")
    site = Site.objects.filter(is_default_site=True).first()
    if site is not None:
        apps.get_model("pages", "FeedbackMessage").objects.filter(site=None).update(site=site)


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0003_handle_feedback_permission"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.AddField(
            model_name="feedbackmessage",
            name="site",
            field=models.ForeignKey(
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="feedback_messages",
                to="wagtailcore.site",
                verbose_name="sivusto",
            ),
        ),
        migrations.RunPython(to_default_site, migrations.RunPython.noop),
    ]
