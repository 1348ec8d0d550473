"""Numbers as each language writes them, by the Unicode CLDR rules (Babel): "1,234" and "42%" in
English, "1 234" (a no-break space) in Polish, "1.234" in Spanish, "%42" in Turkish. Babel's
default for Arabic and Urdu is Latin digits ("1,234", "42%"), as on London's own Arabic pages.
Always in the active language (the reader's)."""

from babel.numbers import format_decimal, format_percent

from .dates import cldr_locale


def number(value, language: str | None = None) -> str:
    """A count in the active language ("1,234"); '' for no value."""
    if value is None or value == "":
        return ""
    return format_decimal(value, locale=cldr_locale(language))


def percent(fraction, language: str | None = None) -> str:
    """A share (0.42) as a whole percentage in the active language ("42%", "%42", "42 %")."""
    return format_percent(fraction, locale=cldr_locale(language))
