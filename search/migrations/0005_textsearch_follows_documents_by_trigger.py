"""search_textsearch follows search_searchdocument by trigger, not foreign key.

Django empties tables with one TRUNCATE listing the tables it knows
(`manage.py flush`, transactional tests). search_textsearch is ours, not a
model, so a foreign key into search_searchdocument made that TRUNCATE fail.
The rows still go with their document: a row trigger on DELETE and a
statement trigger on TRUNCATE. A no-op on other databases.
"""

from django.db import migrations

FORWARD = [
    "ALTER TABLE search_textsearch DROP CONSTRAINT IF EXISTS search_textsearch_document_id_fkey",
    """CREATE OR REPLACE FUNCTION search_textsearch_follow_delete() RETURNS trigger
       LANGUAGE plpgsql AS $$
       BEGIN
           DELETE FROM search_textsearch WHERE document_id = OLD.id;
           RETURN OLD;
       END $$""",
    """CREATE OR REPLACE FUNCTION search_textsearch_follow_truncate() RETURNS trigger
       LANGUAGE plpgsql AS $$
       BEGIN
           TRUNCATE search_textsearch;
           RETURN NULL;
       END $$""",
    "DROP TRIGGER IF EXISTS search_textsearch_delete ON search_searchdocument",
    """CREATE TRIGGER search_textsearch_delete AFTER DELETE ON search_searchdocument
       FOR EACH ROW EXECUTE FUNCTION search_textsearch_follow_delete()""",
    "DROP TRIGGER IF EXISTS search_textsearch_truncate ON search_searchdocument",
    """CREATE TRIGGER search_textsearch_truncate AFTER TRUNCATE ON search_searchdocument
       FOR EACH STATEMENT EXECUTE FUNCTION search_textsearch_follow_truncate()""",
]
BACKWARD = [
    "DROP TRIGGER IF EXISTS search_textsearch_truncate ON search_searchdocument",
    "DROP TRIGGER IF EXISTS search_textsearch_delete ON search_searchdocument",
    "DROP FUNCTION IF EXISTS search_textsearch_follow_truncate()",
    "DROP FUNCTION IF EXISTS search_textsearch_follow_delete()",
    "DELETE FROM search_textsearch WHERE document_id NOT IN (SELECT id FROM search_searchdocument)",
    """ALTER TABLE search_textsearch ADD CONSTRAINT search_textsearch_document_id_fkey
       FOREIGN KEY (document_id) REFERENCES search_searchdocument (id) ON DELETE CASCADE""",
]


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for statement in FORWARD:
            schema_editor.execute(statement)


def backward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for statement in BACKWARD:
            schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [("search", "0004_starter_synonyms")]

    operations = [migrations.RunPython(forward, backward, elidable=False)]
