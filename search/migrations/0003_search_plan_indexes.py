"""Two changes that keep PostgreSQL on the fast plan for a search (PostgreSQL only).

- The GIN index on `title || body` (0001) without its pending list (`fastupdate = off`). With the
  default, new entries wait in an unsorted list that every search reads in full and that the
  planner prices as such: after a bulk load (`make_scale_data`, `update_index`) it chose to read
  every index entry instead (a search for "phone" on the 30,000-page scale set: 46–66 ms of SQL,
  2–8 ms with the list merged). Writing an entry now updates the index at once; the list left by
  earlier writes is merged here.
- A partial index on the pages that have an expiry time (few do): a search excludes the expired
  ones by id (search/engine.py), which read every page without it.
"""

from django.db import migrations

GIN = "sitesearch_indexentry_title_body_gin"
EXPIRY = "sitesearch_page_expire_at"


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f"ALTER INDEX IF EXISTS {GIN} SET (fastupdate = off)")
    schema_editor.execute(f"SELECT gin_clean_pending_list(oid::regclass) FROM pg_class WHERE relname = '{GIN}'")
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {EXPIRY} ON wagtailcore_page (expire_at) WHERE expire_at IS NOT NULL"
    )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f"DROP INDEX IF EXISTS {EXPIRY}")
    schema_editor.execute(f"ALTER INDEX IF EXISTS {GIN} RESET (fastupdate)")


class Migration(migrations.Migration):
    dependencies = [("sitesearch", "0002_page_id_as_text_index")]

    operations = [migrations.RunPython(create, drop, elidable=False)]
