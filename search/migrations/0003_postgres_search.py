"""PostgreSQL full-text search for the PostgreSQL backend. A no-op elsewhere.

- unaccent and pg_trgm (both "trusted" extensions: the database owner can
  create them);
- signpost_simple_unaccent: the 'simple' configuration with accents folded,
  for languages PostgreSQL has no stemmer for (Welsh, Polish);
- search_textsearch: a narrow table beside search_searchdocument (one row
  each, deleted with it) holding what queries touch for every match:
  language, topic, translation key, the tsvector matched against (title A,
  summary B, body C, topic D; GIN index) and a small tsvector for ranking
  (the same without the body past its opening, kept in the row). Bodies
  stay in search_searchdocument and are read only for the hits shown;
- a trigram index on the vocabulary for "did you mean".
"""

from django.db import migrations

FORWARD = [
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    """DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'signpost_simple_unaccent') THEN
            CREATE TEXT SEARCH CONFIGURATION signpost_simple_unaccent (COPY = simple);
            ALTER TEXT SEARCH CONFIGURATION signpost_simple_unaccent
                ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;
        END IF;
    END $$""",
    """CREATE TABLE IF NOT EXISTS search_textsearch (
        document_id bigint PRIMARY KEY
            REFERENCES search_searchdocument (id) ON DELETE CASCADE,
        language varchar(16) NOT NULL,
        topic_code varchar(40) NOT NULL,
        translation_key uuid NOT NULL,
        search_vector tsvector NOT NULL,
        rank_vector tsvector NOT NULL
    )""",
    "ALTER TABLE search_textsearch ALTER COLUMN rank_vector SET STORAGE MAIN",
    "CREATE INDEX IF NOT EXISTS search_textsearch_match ON search_textsearch USING GIN (search_vector)",
    "CREATE INDEX IF NOT EXISTS search_textsearch_lang_key ON search_textsearch (language, translation_key)",
    "CREATE INDEX IF NOT EXISTS search_term_trgm ON search_searchterm USING GIN (term gin_trgm_ops)",
]
BACKWARD = [
    "DROP INDEX IF EXISTS search_term_trgm",
    "DROP TABLE IF EXISTS search_textsearch",
    "DROP TEXT SEARCH CONFIGURATION IF EXISTS signpost_simple_unaccent",
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
    dependencies = [("search", "0002_sqlite_fts")]

    operations = [migrations.RunPython(forward, backward, elidable=False)]
