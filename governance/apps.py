from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GovernanceConfig(AppConfig):
    """Who may do what: roles per borough, the approval workflow, guards on residents'
    submissions and the audit trail (see the package docstring).

    It stands apart because it is about people and permissions, not content, and it reaches
    across the domains it governs: it imports `boroughs` and `concerns`, which never import it.
    Only `demo` (which creates the demo role users) imports it."""

    name = "governance"
    verbose_name = _("Editorial governance")
    default_auto_field = "django.db.models.BigAutoField"
