"""Wagtail's database search backend, adapted to each database.

PostgreSQL (production): each page is indexed, and each query stemmed, in its language's own
text-search configuration where PostgreSQL has one (search/pg_languages.py).

SQLite (the first-run database): its full-text index does not stem words, so "e-scooter" would not
find "e-scooters"; every query term here matches as a prefix.

(Each vendor's backend module can only be imported on that database, hence the imports inside
the functions.)
"""

from functools import cache

from django.db import connection
from modelsearch.backends.database import SearchBackend as DatabaseSearchBackend


@cache
def _prefix_sqlite_backend_class():
    from modelsearch.backends.database.sqlite.query import Lexeme, SearchQueryExpression
    from modelsearch.backends.database.sqlite.sqlite import SQLiteSearchBackend, SQLiteSearchQueryCompiler
    from modelsearch.query import PlainText

    class PrefixSQLiteSearchQueryCompiler(SQLiteSearchQueryCompiler):
        def build_search_query_content(self, query, config=None):
            if not isinstance(query, PlainText):
                return super().build_search_query_content(query, config=config)
            terms = query.query_string.split()
            if not terms:
                return None
            lexemes = Lexeme(terms[0], prefix=True)
            for term in terms[1:]:
                lexeme = Lexeme(term, prefix=True)
                lexemes = lexemes & lexeme if query.operator.upper() == "AND" else lexemes | lexeme
            return SearchQueryExpression(lexemes, config=config)

    class PrefixSQLiteSearchBackend(SQLiteSearchBackend):
        query_compiler_class = PrefixSQLiteSearchQueryCompiler

    return SQLiteSearchBackend, PrefixSQLiteSearchBackend


# The name Wagtail looks up in a backend module.
def SearchBackend(params):
    if connection.vendor == "postgresql":
        from .pg_languages import LanguageSearchBackend

        return LanguageSearchBackend(params)
    backend = DatabaseSearchBackend(params)
    if connection.vendor == "sqlite":
        plain, prefix = _prefix_sqlite_backend_class()
        if type(backend) is plain:
            return prefix(params)
    return backend
