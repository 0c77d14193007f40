import secrets

from django.db import migrations, models

import contacts.models


def fill_tokens(apps, schema_editor):
    ContactCard = apps.get_model("contacts", "ContactCard")
    for card in ContactCard.objects.filter(token__isnull=True).only("pk"):
        card.token = secrets.token_urlsafe(contacts.models.CARD_TOKEN_BYTES)
        card.save(update_fields=["token"])


class Migration(migrations.Migration):
    dependencies = [("contacts", "0001_initial")]

    operations = [
        migrations.AddField(
            model_name="contactcard",
            name="token",
            field=models.CharField(editable=False, max_length=32, null=True),
        ),
        migrations.RunPython(fill_tokens, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="contactcard",
            name="token",
            field=models.CharField(
                default=contacts.models.new_card_token, editable=False, max_length=32, unique=True
            ),
        ),
    ]
