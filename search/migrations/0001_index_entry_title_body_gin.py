"""A GIN index on the expression every full-text search filters on, `title || body`.

Wagtail's PostgreSQL search (modelsearch) filters index entries with
`(title || body) @@ tsquery`, but ships GIN indexes on `title` and `body` separately, which that
expression cannot use: every search read every index entry. With this index a search reads only
the entries that match. PostgreSQL only; nothing on SQLite (its FTS5 table has its own index).
"""

from django.db import migrations

INDEX = "sitesearch_indexentry_title_body_gin"


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailsearch_indexentry USING gin ((title || body))")


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("wagtailsearch", "0010_add_text_fields")]

    operations = [migrations.RunPython(create, drop, elidable=False)]
