"""Takes over StandardPage, AccessibilityStatementPage and FeedbackMessage from sitewide.

No table is created: sitewide's 0001 and 0002 made them, and sitewide's 0005 dropped only its
record of the models. This migration records them here with their old table names, then moves
their content types from app label "sitewide" to "pages". The content type rows keep their ids,
so every page, revision, log entry, search entry and group permission that points at them keeps
pointing at the same model. 0002 then gives the tables this app's names.
"""

import django.db.models.deletion
import wagtail.contrib.routable_page.models
import wagtail.fields
from django.conf import settings
from django.db import migrations, models

MOVED_MODELS = ("standardpage", "accessibilitystatementpage", "feedbackmessage")
# The audit log names the action by its app; entries written before the move keep showing.
REPLY_ACTIONS = ("sitewide.feedback_reply", "pages.feedback_reply")


def move_content_types(apps, from_label: str, to_label: str) -> None:
    ContentType = apps.get_model("contenttypes", "ContentType")
    for model in MOVED_MODELS:
        moving = ContentType.objects.filter(app_label=from_label, model=model).first()
        if moving is None:
            continue  # a fresh database: post_migrate creates the content type later
        # A row under the new label can only be an empty one that something created for the
        # new model before this ran; the row that pages and permissions point at wins.
        ContentType.objects.filter(app_label=to_label, model=model).delete()
        moving.app_label = to_label
        moving.save(update_fields=["app_label"])


def rename_reply_action(apps, old: str, new: str) -> None:
    ModelLogEntry = apps.get_model("wagtailcore", "ModelLogEntry")
    ModelLogEntry.objects.filter(action=old).update(action=new)


def clear_content_type_cache() -> None:
    # The running process may have cached the rows under their old label.
    from django.contrib.contenttypes.models import ContentType

    ContentType.objects.clear_cache()


def forwards(apps, schema_editor):
    move_content_types(apps, "sitewide", "pages")
    rename_reply_action(apps, *REPLY_ACTIONS)
    clear_content_type_cache()


def backwards(apps, schema_editor):
    move_content_types(apps, "pages", "sitewide")
    rename_reply_action(apps, *reversed(REPLY_ACTIONS))
    clear_content_type_cache()


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("sitewide", "0005_move_pages_to_their_own_app"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
        migrations.swappable_dependency(settings.WAGTAIL_PAGE_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="StandardPage",
                    fields=[
                        (
                            "page_ptr",
                            models.OneToOneField(
                                auto_created=True,
                                on_delete=django.db.models.deletion.CASCADE,
                                parent_link=True,
                                primary_key=True,
                                serialize=False,
                                to=settings.WAGTAIL_PAGE_MODEL,
                            ),
                        ),
                        ("body", wagtail.fields.RichTextField(verbose_name="sisältö")),
                    ],
                    options={
                        "db_table": "sitewide_standardpage",
                        "verbose_name": "tekstisivu",
                        "verbose_name_plural": "tekstisivut",
                    },
                    bases=("wagtailcore.page",),
                ),
                migrations.CreateModel(
                    name="AccessibilityStatementPage",
                    fields=[
                        (
                            "page_ptr",
                            models.OneToOneField(
                                auto_created=True,
                                on_delete=django.db.models.deletion.CASCADE,
                                parent_link=True,
                                primary_key=True,
                                serialize=False,
                                to=settings.WAGTAIL_PAGE_MODEL,
                            ),
                        ),
                        (
                            "conformance",
                            models.CharField(
                                choices=[
                                    ("full", "täyttää kriittiset saavutettavuusvaatimukset"),
                                    (
                                        "partial",
                                        "täyttää osittain kriittiset saavutettavuusvaatimukset",
                                    ),
                                    ("none", "ei täytä kriittisiä saavutettavuusvaatimuksia"),
                                ],
                                max_length=10,
                                verbose_name="vaatimustenmukaisuus",
                            ),
                        ),
                        (
                            "intro",
                            wagtail.fields.RichTextField(blank=True, verbose_name="johdanto"),
                        ),
                        (
                            "known_gaps",
                            wagtail.fields.RichTextField(
                                blank=True,
                                help_text="Mitkä sisällöt eivät ole saavutettavia, miksi, ja miten tiedon saa muuten.",
                                verbose_name="saavutettavuuden puutteet ja vaihtoehdot",
                            ),
                        ),
                        ("statement_date", models.DateField(verbose_name="seloste laadittu")),
                        ("reviewed_date", models.DateField(verbose_name="seloste päivitetty")),
                        (
                            "assessment",
                            models.TextField(
                                blank=True,
                                help_text="Esim. itsearviointi ja automaattiset testit.",
                                verbose_name="arvioinnin tapa",
                            ),
                        ),
                        (
                            "feedback_contact",
                            wagtail.fields.RichTextField(verbose_name="palautekanava"),
                        ),
                        (
                            "supervisory_authority",
                            wagtail.fields.RichTextField(
                                help_text="Yhteystiedot.", verbose_name="valvontaviranomainen"
                            ),
                        ),
                        (
                            "enforcement_procedure",
                            wagtail.fields.RichTextField(verbose_name="täytäntöönpanomenettely"),
                        ),
                    ],
                    options={
                        "db_table": "sitewide_accessibilitystatementpage",
                        "verbose_name": "saavutettavuusseloste",
                        "verbose_name_plural": "saavutettavuusselosteet",
                    },
                    bases=(
                        wagtail.contrib.routable_page.models.RoutablePageMixin,
                        "wagtailcore.page",
                    ),
                ),
                migrations.CreateModel(
                    name="FeedbackMessage",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True,
                                primary_key=True,
                                serialize=False,
                                verbose_name="ID",
                            ),
                        ),
                        ("message", models.TextField(max_length=5000, verbose_name="palaute")),
                        (
                            "page_address",
                            models.CharField(
                                blank=True, max_length=500, verbose_name="sivu, jota palaute koskee"
                            ),
                        ),
                        ("name", models.CharField(blank=True, max_length=150, verbose_name="nimi")),
                        (
                            "email",
                            models.EmailField(
                                blank=True, max_length=254, verbose_name="sähköposti"
                            ),
                        ),
                        (
                            "created_at",
                            models.DateTimeField(auto_now_add=True, verbose_name="saapunut"),
                        ),
                        (
                            "due_date",
                            models.DateField(editable=False, verbose_name="vastattava viimeistään"),
                        ),
                        (
                            "status",
                            models.CharField(
                                choices=[("new", "uusi"), ("answered", "vastattu")],
                                default="new",
                                max_length=10,
                                verbose_name="tila",
                            ),
                        ),
                        (
                            "answered_note",
                            models.TextField(blank=True, verbose_name="muistiinpano vastauksesta"),
                        ),
                    ],
                    options={
                        "db_table": "sitewide_feedbackmessage",
                        "verbose_name": "saavutettavuuspalaute",
                        "verbose_name_plural": "saavutettavuuspalautteet",
                        "ordering": ["status", "due_date", "pk"],
                    },
                ),
            ],
            database_operations=[],
        ),
        migrations.RunPython(forwards, backwards),
    ]
