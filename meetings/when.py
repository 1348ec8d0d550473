"""Meeting times in plain words, always in London time: "Tuesday 9 December 2025, 6:30pm to 8:30pm".

GOV.UK style: no leading zero, "am"/"pm" without full stops, "7pm" rather than "7:00pm",
"midday" and "midnight" rather than "12pm" and "12am"."""

from datetime import datetime
from zoneinfo import ZoneInfo

from django.utils import dateformat
from django.utils.translation import gettext as _

LONDON = ZoneInfo("Europe/London")


def in_london(value: datetime) -> datetime:
    return value.astimezone(LONDON)


def plain_time(value: datetime) -> str:
    value = in_london(value)
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
    return dateformat.format(in_london(value), "l j F Y")


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
