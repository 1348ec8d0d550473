from django.apps import AppConfig


class SyndicationConfig(AppConfig):
    """Embed view, oEmbed provider, RSS/Atom feeds and the read-only JSON API (no models)."""

    name = "syndication"
    verbose_name = "Syndication"
