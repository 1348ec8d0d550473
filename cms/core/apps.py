from django.apps import AppConfig


class CoreConfig(AppConfig):
    """The shared core: abstract BasePage, mixins, blocks, site settings and house-rule checks.

    It knows no domain app; every domain app imports from here, never the reverse.
    """

    name = "cms.core"
    label = "core"
    verbose_name = "Core"

    def ready(self):
        from . import checks  # noqa: F401  (registers the system checks)
        from .frontend_cache import connect as connect_purges
        from .signals import connect

        connect()
        connect_purges()
