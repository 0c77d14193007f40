"""PostgreSQL: keep the table's heap rows narrow so that matching many rows stays cheap.

A broad query (a word in a third of all items) visits the heap row of every match to count it
by kind and to rank it by date and `head_vector`. With the long columns (text, terms and their
tsvector) moved out of line once a row passes 512 bytes, those rows are a few hundred bytes and
a 100k index's heap is a few thousand pages; the long columns are read only for the ten hits
shown (GIN answers `terms_vector @@ query` without reading them).
"""

from django.db import migrations


def _run(sql):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(sql)

    return run


class Migration(migrations.Migration):
    dependencies = [("search", "0002_search_structures")]

    operations = [
        migrations.RunPython(
            _run("ALTER TABLE search_searchdocument SET (toast_tuple_target = 512)"),
            _run("ALTER TABLE search_searchdocument RESET (toast_tuple_target)"),
        )
    ]
