"""Meeting times in plain words, always in London time: "Tuesday 9 December 2025, 6:30pm to 8:30pm".

GOV.UK style: no leading zero, "am"/"pm" without full stops, "7pm" rather than "7:00pm",
"midday" and "midnight" rather than "12pm" and "12am"."""

from datetime import datetime
from zoneinfo import ZoneInfo

from django.utils import dateformat
from django.utils.translation import get_language
from django.utils.translation import gettext as _

LONDON = ZoneInfo("Europe/London")

# Full dates as each language writes them (Django date format characters; "E" is Polish's
# genitive month name). Every language but English uses the 24-hour clock.
DATE_FORMATS = {
    "en": "l j F Y",
    "pl": "l, j E Y",
    "ro": "l, j F Y",
    "pt": r"l, j \d\e F \d\e Y",
    "es": r"l, j \d\e F \d\e Y",
    "tr": "j F Y l",
    "so": "l, j F Y",
    "bn": "l, j F Y",
    "ur": "l، j F Y",
    "ar": "l، j F Y",
    "zh-hans": "Y年n月j日 l",
}

LOWER_CASE_NAMES = {"pl", "pt", "es", "ro"}


def _language() -> str:
    return (get_language() or "en").lower()


def in_london(value: datetime) -> datetime:
    return value.astimezone(LONDON)


def plain_time(value: datetime) -> str:
    value = in_london(value)
    if _language() != "en":
        return dateformat.format(value, "H:i")
    if value.hour == 12 and value.minute == 0:
        return _("midday")
    if value.hour == 0 and value.minute == 0:
        return _("midnight")
    hour = value.hour % 12 or 12
    minutes = f":{value.minute:02d}" if value.minute else ""
    suffix = _("am") if value.hour < 12 else _("pm")
    return f"{hour}{minutes}{suffix}"


def plain_date(value: datetime) -> str:
    """ "Tuesday 9 December 2025", with day and month names in the active language."""
    language = _language()
    text = dateformat.format(in_london(value), DATE_FORMATS.get(language, DATE_FORMATS["en"]))
    # These languages write day and month names in lower case; Django's names are capitalised.
    return text.lower() if language in LOWER_CASE_NAMES else text


def plain_range(start: datetime, end: datetime) -> str:
    if in_london(start).date() == in_london(end).date():
        return _("%(date)s, %(start)s to %(end)s") % {
            "date": plain_date(start),
            "start": plain_time(start),
            "end": plain_time(end),
        }
    return _("%(start_date)s, %(start)s to %(end_date)s, %(end)s") % {
        "start_date": plain_date(start),
        "start": plain_time(start),
        "end_date": plain_date(end),
        "end": plain_time(end),
    }
