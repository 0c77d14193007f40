"""StandardPage, AccessibilityStatementPage and FeedbackMessage now belong to the `pages` app.

Only Django's record of the models leaves sitewide here: their tables, rows and content types
stay as they are, and pages' 0001_initial takes them over (see its docstring).
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("sitewide", "0004_privacysettings"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.DeleteModel(name="StandardPage"),
                migrations.DeleteModel(name="AccessibilityStatementPage"),
                migrations.DeleteModel(name="FeedbackMessage"),
            ],
            database_operations=[],
        ),
    ]
