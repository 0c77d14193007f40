"""The database's own search structures over SearchDocument's term columns.

PostgreSQL: generated tsvector columns (lexemes exactly as analysed, no parsing) with GIN
indexes. SQLite: an FTS5 table with the documents table as its content, kept in step by
triggers. NOTE for later migrations of SearchDocument on SQLite: Django remakes a table to
alter it, which drops these triggers; recreate them (see `SQLITE` below) in such a migration.
"""

from django.db import migrations

POSTGRES = [
    "ALTER TABLE search_searchdocument "
    "ADD COLUMN terms_vector tsvector GENERATED ALWAYS AS "
    "(array_to_tsvector(string_to_array(terms, ' '))) STORED, "
    "ADD COLUMN head_vector tsvector GENERATED ALWAYS AS "
    "(array_to_tsvector(string_to_array(head_terms, ' '))) STORED",
    "CREATE INDEX search_doc_terms_gin ON search_searchdocument USING gin (terms_vector)",
    "CREATE INDEX search_doc_head_gin ON search_searchdocument USING gin (head_vector)",
]
POSTGRES_REVERSE = [
    "DROP INDEX IF EXISTS search_doc_head_gin",
    "DROP INDEX IF EXISTS search_doc_terms_gin",
    "ALTER TABLE search_searchdocument DROP COLUMN IF EXISTS terms_vector, "
    "DROP COLUMN IF EXISTS head_vector",
]
SQLITE = [
    "CREATE VIRTUAL TABLE search_fts USING fts5(terms, head_terms, "
    "content='search_searchdocument', content_rowid='id', "
    "tokenize=\"unicode61 remove_diacritics 0 tokenchars '_'\")",
    "CREATE TRIGGER search_fts_insert AFTER INSERT ON search_searchdocument BEGIN "
    "INSERT INTO search_fts(rowid, terms, head_terms) VALUES (new.id, new.terms, new.head_terms); "
    "END",
    "CREATE TRIGGER search_fts_delete AFTER DELETE ON search_searchdocument BEGIN "
    "INSERT INTO search_fts(search_fts, rowid, terms, head_terms) "
    "VALUES ('delete', old.id, old.terms, old.head_terms); END",
    "CREATE TRIGGER search_fts_update AFTER UPDATE ON search_searchdocument BEGIN "
    "INSERT INTO search_fts(search_fts, rowid, terms, head_terms) "
    "VALUES ('delete', old.id, old.terms, old.head_terms); "
    "INSERT INTO search_fts(rowid, terms, head_terms) VALUES (new.id, new.terms, new.head_terms); "
    "END",
]
SQLITE_REVERSE = [
    "DROP TRIGGER IF EXISTS search_fts_update",
    "DROP TRIGGER IF EXISTS search_fts_delete",
    "DROP TRIGGER IF EXISTS search_fts_insert",
    "DROP TABLE IF EXISTS search_fts",
]


def _run(statements_by_vendor):
    def run(apps, schema_editor):
        for statement in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("search", "0001_search_document")]

    operations = [
        migrations.RunPython(
            _run({"postgresql": POSTGRES, "sqlite": SQLITE}),
            _run({"postgresql": POSTGRES_REVERSE, "sqlite": SQLITE_REVERSE}),
        )
    ]
