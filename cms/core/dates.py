"""Dates as each language writes them, by the Unicode CLDR rules (Babel): "2 December 2026",
"2 grudnia 2026" (Polish genitive month), "2026年12月2日", "2 ديسمبر 2026".

Django's `date` filter only swaps month names into an English pattern ("2 Grudzień 2026"); CLDR
knows each language's order, grammatical case and separators. Always in the active language (the
reader's, whichever language the page's content is in)."""

import datetime

from babel.dates import format_date
from django.conf import settings
from django.utils.translation import get_language, to_locale

# Site language → CLDR locale where they differ: London English is British.
CLDR_LOCALES = {"en": "en_GB"}


def cldr_locale(language: str | None = None) -> str:
    language = (language or get_language() or settings.LANGUAGE_CODE).lower()
    return CLDR_LOCALES.get(language) or to_locale(language)


def long_date(value, language: str | None = None) -> str:
    """The date in full ("2 December 2026") in the active language; '' for no date."""
    if not value:
        return ""
    if isinstance(value, datetime.datetime):
        value = value.date() if value.tzinfo is None else value.astimezone(datetime.UTC).date()
    return format_date(value, format="long", locale=cldr_locale(language))
