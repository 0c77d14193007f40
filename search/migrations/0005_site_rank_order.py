"""Each document's one site as a column, and the ranking's date order per site as an index: a
site's search walks its own rows newest first instead of every site's (docs/search.md,
"Several sites"). Existing rows get their site from their site_* terms; until then (and for a
card on several sites, always) the site terms find them."""

import re

from django.db import migrations, models

SITE_TERM = re.compile(r"(?:^| )site_(\d+)(?= |$)")
BATCH = 2000
SITE_ORDER_INDEX = {
    "postgresql": "CREATE INDEX search_doc_site_rank_order ON search_searchdocument "
    "(site_id, date DESC NULLS LAST, id DESC)",
    "sqlite": "CREATE INDEX search_doc_site_rank_order ON search_searchdocument "
    "(site_id, date DESC, id DESC)",
}
DROP_INDEX = dict.fromkeys(SITE_ORDER_INDEX, "DROP INDEX IF EXISTS search_doc_site_rank_order")


def _index(statements):
    def run(apps, schema_editor):
        schema_editor.execute(statements[schema_editor.connection.vendor])

    return run


def fill_sites(apps, schema_editor):
    SearchDocument = apps.get_model("search", "SearchDocument")
    changed = []
    for doc in SearchDocument.objects.only("id", "head_terms").iterator(chunk_size=BATCH):
        sites = set(SITE_TERM.findall(doc.head_terms))
        if len(sites) == 1:
            doc.site_id = int(sites.pop())
            changed.append(doc)
        if len(changed) >= BATCH:
            SearchDocument.objects.bulk_update(changed, ["site_id"])
            changed = []
    SearchDocument.objects.bulk_update(changed, ["site_id"])


def vacuum(apps, schema_editor):
    # The fill left a dead row version (site_id NULL) per document, which the new index holds
    # until a vacuum: every site's search would walk them. VACUUM cannot run in a transaction,
    # hence atomic = False (the fill can simply run again).
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("VACUUM ANALYZE search_searchdocument")


class Migration(migrations.Migration):
    atomic = False
    dependencies = [("search", "0004_rank_order_and_statistics")]

    operations = [
        migrations.AddField(
            model_name="searchdocument",
            name="site_id",
            field=models.IntegerField(blank=True, null=True),
        ),
        migrations.RunPython(fill_sites, migrations.RunPython.noop),
        migrations.RunPython(_index(SITE_ORDER_INDEX), _index(DROP_INDEX)),
        migrations.RunPython(vacuum, migrations.RunPython.noop),
    ]
