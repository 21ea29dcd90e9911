"""PostgreSQL: the `quartiers_french` text search configuration (French stemmer, unaccent).

The search backend uses it on PostgreSQL (portal/settings/base.py). Creating the unaccent
extension needs a superuser, or PostgreSQL 13+ with a trusted extension; on other
databases this migration does nothing.
"""

from django.db import migrations

CREATE = """
CREATE EXTENSION IF NOT EXISTS unaccent;
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'quartiers_french') THEN
        CREATE TEXT SEARCH CONFIGURATION quartiers_french (COPY = pg_catalog.french);
        ALTER TEXT SEARCH CONFIGURATION quartiers_french
            ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;
    END IF;
END
$$;
"""
DROP = "DROP TEXT SEARCH CONFIGURATION IF EXISTS quartiers_french;"


def create_configuration(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE)


def drop_configuration(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP)


class Migration(migrations.Migration):
    dependencies = [("core", "0005_search_synonym")]

    operations = [migrations.RunPython(create_configuration, drop_configuration)]
