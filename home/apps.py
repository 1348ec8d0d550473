from django.apps import AppConfig


class HomeConfig(AppConfig):
    """The home page: gathers from the domain apps; no domain app imports it."""

    name = "home"
    verbose_name = "Home"
