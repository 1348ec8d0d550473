"""Characters that change how text reads without being seen: bidirectional controls (U+202A-202E,
U+2066-2069, U+200E/200F, U+061C), zero-width and invisible characters (U+200B, U+2060-2064,
U+FEFF, U+00AD, U+180E, Hangul fillers) and interlinear annotation marks.

A resident's submission is kept exactly as sent (it is evidence); wherever staff read it (the
admin, CSV/XLSX exports, team e-mails) each such character is shown as a visible marker such as
`[U+202E]`, so a right-to-left override cannot disguise what a submission says. The joiners
U+200C/U+200D are left alone: Urdu, Bengali and emoji need them to render correctly.
"""

import re

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

INVISIBLE = re.compile(
    "[\u00ad\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b\u200e\u200f\u202a-\u202e"
    "\u2060-\u2064\u2066-\u206f\u3164\ufeff\uffa0\ufff9-\ufffb]"
)


def marker(char: str) -> str:
    return f"[U+{ord(char):04X}]"


def has_invisible(text) -> bool:
    return isinstance(text, str) and INVISIBLE.search(text) is not None


def reveal(value):
    """Plain text with each invisible character replaced by its visible marker; other values as they are."""
    if not isinstance(value, str):
        return value
    return INVISIBLE.sub(lambda match: marker(match.group()), value)


def reveal_html(value) -> SafeString:
    """Escaped HTML with each invisible character shown as a highlighted marker."""
    text = escape("" if value is None else value)
    return mark_safe(  # noqa: S308 (escaped above; the markers are ours)
        INVISIBLE.sub(lambda match: f'<mark class="invisible-char">{marker(match.group())}</mark>', text)
    )
