"""Calendar files and feeds, outside the language prefix so their addresses never change:
/calendars/<borough-slug>.ics, /calendars/all.ics and /calendars/meetings/<page id>.ics.
See calendars.py."""

from django.urls import path

from .calendars import all_boroughs_feed, borough_feed, meeting_calendar

app_name = "meetings"

urlpatterns = [
    # "all" first: no borough is called "all", and this keeps it that way.
    path("calendars/all.ics", all_boroughs_feed, name="calendar_all"),
    path("calendars/<slug:slug>.ics", borough_feed, name="calendar_borough"),
    path("calendars/meetings/<int:page_id>.ics", meeting_calendar, name="calendar_meeting"),
]
