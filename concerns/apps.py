from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ConcernsConfig(AppConfig):
    """Concern submissions and the priority survey (see the package docstring)."""

    name = "concerns"
    verbose_name = _("Concerns and surveys")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import tasks  # noqa: F401  (connects the e-mail queue to `public.concern_stored`)
