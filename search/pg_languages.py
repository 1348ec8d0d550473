"""PostgreSQL full text in each page's own language (the search backend on PostgreSQL).

Wagtail's database backend (modelsearch) builds every tsvector and tsquery with one text-search
configuration (`SEARCH_CONFIG`, else the server's default). Here:

- Indexing: a page's title and body are turned into lexemes with the configuration of the page's
  language where PostgreSQL has one (`spanish`, `portuguese`, `romanian`, `turkish`, `arabic`,
  `english`…, checked against the server's `pg_ts_config`), else `simple` (no stemming: Polish,
  Bengali, Somali, Chinese and Urdu on a stock server). Objects without a locale (images,
  documents) keep the backend's configuration.
- Querying: the text is stemmed with the configuration of the reader's language (the active
  language), of the site's source language (English, the fallback shown to every reader) and
  `simple`; a page matches when it holds every term under one of them. So "robos" finds a Spanish
  page that says "robo", and "scooters" still finds an English page that says "scooter".

The index stores lexemes only, so pages indexed in different configurations share one table and
its GIN index. After changing a page's configuration (a new server with more configurations),
`manage.py update_index` re-indexes every page.
"""

import copy
from collections import defaultdict
from functools import cache

from django.conf import settings
from django.db import connection
from django.utils import translation
from django.utils.translation import get_language_info
from modelsearch.backends.database.postgres.postgres import (
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)

SIMPLE = "simple"


@cache
def server_configs() -> frozenset[str]:
    """The text-search configurations this PostgreSQL server has (read once per process)."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT cfgname FROM pg_ts_config")
        return frozenset(row[0] for row in cursor.fetchall())


def config_for_language(language_code: str | None) -> str:
    """The server's configuration named after the language ("es" → "spanish"), else "simple"."""
    if not language_code:
        return SIMPLE
    try:
        name = get_language_info(language_code)["name"].lower()
    except KeyError:
        return SIMPLE
    return name if name in server_configs() else SIMPLE


@cache
def _locale_languages() -> dict[int, str]:
    from wagtail.models import Locale

    return dict(Locale.objects.values_list("pk", "language_code"))


def config_for_object(obj, default: str | None) -> str | None:
    locale_id = getattr(obj, "locale_id", None)
    if locale_id is None:
        return default
    language = _locale_languages().get(locale_id)
    if language is None:  # a locale created since the map was read
        _locale_languages.cache_clear()
        language = _locale_languages().get(locale_id)
    return config_for_language(language)


def query_configs() -> list[str]:
    """Reader's language, source language, then simple; each once."""
    configs = [config_for_language(translation.get_language()), config_for_language(settings.LANGUAGE_CODE), SIMPLE]
    return list(dict.fromkeys(configs))


class LanguageIndex(PostgresIndex):
    def add_items(self, model, objs):
        groups = defaultdict(list)
        for obj in objs:
            groups[config_for_object(obj, self.backend.config)].append(obj)
        for config, group in groups.items():
            # modelsearch's indexer reads `backend.config`: index each group with a copy that has its own.
            index = copy.copy(self)
            index.backend = copy.copy(self.backend)
            index.backend.config = config
            PostgresIndex.add_items(index, model, group)


class LanguageQueryCompiler(PostgresSearchQueryCompiler):
    def build_tsquery(self, query, config=None):
        combined = None
        for name in query_configs():
            tsquery = self.build_tsquery_content(query, config=name)
            if tsquery is None:
                return None
            combined = tsquery if combined is None else combined | tsquery
        return combined


class LanguageSearchBackend(PostgresSearchBackend):
    index_class = LanguageIndex
    query_compiler_class = LanguageQueryCompiler
