from django.apps import AppConfig


class AdviceConfig(AppConfig):
    """Crime-prevention advice and the shared taxonomy (ASB categories, crime types).

    The taxonomy sits below the places: `boroughs` may import it, this app never imports
    `boroughs` (a category finds its tagged priorities through reverse relations)."""

    name = "advice"
    verbose_name = "Advice and ASB"
