"""The ranking's date order as an index the tiers can walk (engine.ORDER_PG: NULLS LAST, which
the old `-date` index, NULLS FIRST, could not serve), and finer statistics on PostgreSQL's term
vectors: the planner chooses per tier between walking that index (a common word) and the GIN
index (a rare one) from how often each term occurs, so the most common terms must be known
beyond the default 100-entry sample (docs/search.md, "Ranking and cost")."""

from django.db import migrations

STATISTICS = 1000
# Not in the model's Meta: SQLite cannot declare NULLS LAST (its NULLs sort last in DESC
# anyway). NOTE: a later migration that remakes the SQLite table
# must recreate it, as the FTS triggers of 0002.
ORDER_INDEX = {
    "postgresql": "CREATE INDEX search_doc_rank_order ON search_searchdocument "
    "(date DESC NULLS LAST, id DESC)",
    "sqlite": "CREATE INDEX search_doc_rank_order ON search_searchdocument (date DESC, id DESC)",
}
DROP_INDEX = dict.fromkeys(ORDER_INDEX, "DROP INDEX IF EXISTS search_doc_rank_order")


def _index(statements):
    def run(apps, schema_editor):
        statement = statements.get(schema_editor.connection.vendor)
        if statement:
            schema_editor.execute(statement)

    return run


def _run(sql):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(sql)

    return run


class Migration(migrations.Migration):
    dependencies = [("search", "0003_narrow_heap_rows")]

    operations = [
        migrations.RemoveIndex(model_name="searchdocument", name="search_doc_date"),
        migrations.RunPython(_index(ORDER_INDEX), _index(DROP_INDEX)),
        migrations.RunPython(
            _run(
                "ALTER TABLE search_searchdocument "
                f"ALTER COLUMN terms_vector SET STATISTICS {STATISTICS}, "
                f"ALTER COLUMN head_vector SET STATISTICS {STATISTICS}, "
                f"ALTER COLUMN language SET STATISTICS {STATISTICS}"
            ),
            _run(
                "ALTER TABLE search_searchdocument "
                "ALTER COLUMN terms_vector SET STATISTICS -1, "
                "ALTER COLUMN head_vector SET STATISTICS -1, "
                "ALTER COLUMN language SET STATISTICS -1"
            ),
        ),
    ]
