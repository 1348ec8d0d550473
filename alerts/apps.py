from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AlertsConfig(AppConfig):
    """Engage alerts: residents subscribe to their areas and topics and are e-mailed when a page
    they care about is published.

    It stands apart from the domains because it holds residents' personal data (addresses,
    consent, deliveries, ratings) with its own retention rules, and because it reacts to every
    domain (updates, priorities, meetings, advice): it imports them, they never import it.
    """

    name = "alerts"
    verbose_name = _("Alerts")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import signals  # noqa: F401  (connects page_published)
