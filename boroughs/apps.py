from django.apps import AppConfig


class BoroughsConfig(AppConfig):
    """The places: Basic Command Units, boroughs, and what belongs to each borough."""

    name = "boroughs"
    verbose_name = "Boroughs"
