from django.apps import AppConfig


class StrategyConfig(AppConfig):
    """Force-wide strategy documents. Stands apart from boroughs: they belong to the whole force
    and only link to borough pages, through the borough statistic block (`boroughs.blocks`), its
    one import of another app."""

    name = "strategy"
    verbose_name = "Strategy"
