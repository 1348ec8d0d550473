from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SiteSearchConfig(AppConfig):
    """Site search for readers: the header box, the results page, filters and promoted results.

    It stands beside the domains because it reads all of them (every page type, every borough)
    and none of them should know about it; it uses Wagtail's search index and
    `wagtail.contrib.search_promotions` for the results editors promote. It only reads: a search
    request writes no row and logs nothing about the reader."""

    name = "search"
    label = "sitesearch"
    verbose_name = _("Site search")
