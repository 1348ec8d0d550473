from django.apps import AppConfig


class MeetingsConfig(AppConfig):
    """Meetings and their write-ups, and calendar feeds. Stands apart from boroughs: time-based
    events with their own calendar export surface; imports boroughs and advice, which never import it."""

    name = "meetings"
    verbose_name = "Meetings"
