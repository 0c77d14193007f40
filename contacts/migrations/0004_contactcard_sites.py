"""Contact cards belong to one or more sites; every existing card stays on every existing site
(an install had one site until now, so nothing disappears)."""

import modelcluster.fields
from django.db import migrations


def forwards(apps, schema_editor):
    ContactCard = apps.get_model("contacts", "ContactCard")
    Site = apps.get_model("wagtailcore", "Site")
    through = ContactCard.sites.through
    site_ids = list(Site.objects.values_list("pk", flat=True))
    through.objects.bulk_create(
        [
            through(contactcard_id=card_id, site_id=site_id)
            for card_id in ContactCard.objects.values_list("pk", flat=True)
            for site_id in site_ids
        ]
    )


class Migration(migrations.Migration):
    dependencies = [
        ("contacts", "0003_contact_cards_through_moderation"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.AddField(
            model_name="contactcard",
            name="sites",
            field=modelcluster.fields.ParentalManyToManyField(
                help_text="Alueiden sivustot, joilla kortti näkyy.",
                related_name="contact_cards",
                to="wagtailcore.site",
                verbose_name="sivustot",
            ),
        ),
        migrations.RunPython(forwards, migrations.RunPython.noop),
    ]
