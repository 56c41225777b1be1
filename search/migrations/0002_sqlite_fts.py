"""The SQLite FTS5 table for the SQLite search backend. A no-op elsewhere.

Its rowid is search_searchdocument.id; the backend writes both in one
transaction. Columns hold analysed text (see search/segmentation.py); the
tokenizer folds diacritics and applies the Porter stemmer on top.
"""

from django.db import migrations

CREATE = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5("
    "title, summary, body, topic, meta, "
    "tokenize = 'porter unicode61 remove_diacritics 2')"
)


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        schema_editor.execute(CREATE)


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        schema_editor.execute("DROP TABLE IF EXISTS search_fts")


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [migrations.RunPython(create, drop, elidable=False)]
