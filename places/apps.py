from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PlacesConfig(AppConfig):
    """Postcodes: the ONS Postcode Directory (ONSPD) and "which borough and ward am I in?".

    It stands beside the domains rather than inside `boroughs` because it holds national open
    data with its own life cycle (a quarterly import of a few hundred thousand rows), not
    editorial content; it imports `boroughs` to find the pages a postcode leads to, and no
    domain app imports it. Borough and ward pages carry only their GSS codes, the join key."""

    name = "places"
    verbose_name = _("Postcodes")
    default_auto_field = "django.db.models.BigAutoField"
