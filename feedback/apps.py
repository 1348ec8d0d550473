from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FeedbackConfig(AppConfig):
    """ "Was this page useful?": the box under every content page, and the editors' report.

    It stands beside the domains because it attaches to every page type without any of them
    knowing (the box is included from templates/base.html); it reuses the concern form's spam
    defences (concerns.spam) and governance's per-borough roles for who sees which answers."""

    name = "feedback"
    verbose_name = _("Page feedback")
    default_auto_field = "django.db.models.BigAutoField"
