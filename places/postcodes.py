"""Reading a postcode as a resident types it: any spacing, any case, look-alike characters."""

import re
import unicodedata

# Longer than any postcode with generous spacing: anything beyond is not a postcode.
MAX_INPUT = 16

# Hyphen-minus, hyphen, non-breaking hyphen, figure dash, en and em dash, underscore, full stop.
DASHES = "-\u2010\u2011\u2012\u2013\u2014_."

FULL = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}$")
OUTWARD = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]?$")


def compact(value: str) -> str:
    """Upper case, NFKC (full-width "\\uff25\\uff18" → "E8"), every kind of space and hyphen removed."""
    value = unicodedata.normalize("NFKC", value or "")
    return "".join(ch for ch in value if not (ch.isspace() or ch in DASHES)).upper()


def classify(value: str) -> tuple[str, str]:
    """("full" | "outward" | "malformed", compact form)."""
    if len(value or "") > MAX_INPUT * 4:
        return "malformed", ""
    code = compact(value)
    if len(code) > 7:
        return "malformed", code
    if FULL.match(code):
        return "full", code
    if OUTWARD.match(code):
        return "outward", code
    return "malformed", code


def display(code: str) -> str:
    """ "E84QS" → "E8 4QS"."""
    return f"{code[:-3]} {code[-3:]}" if FULL.match(code) else code
