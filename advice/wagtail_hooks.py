from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import AsbCategory, CrimeType


class AsbCategoryViewSet(SnippetViewSet):
    model = AsbCategory
    icon = "warning"
    menu_label = _("ASB categories")
    list_display = ["name", "qualifier", "who_deals"]
    list_filter = ["qualifier", "who_deals", "locale"]
    search_fields = ["name"]


class CrimeTypeViewSet(SnippetViewSet):
    model = CrimeType
    icon = "tag"
    menu_label = _("Crime types")
    list_display = ["name", "slug"]
    list_filter = ["locale"]


class TaxonomyViewSetGroup(SnippetViewSetGroup):
    items = (AsbCategoryViewSet, CrimeTypeViewSet)
    menu_icon = "tag"
    menu_label = _("Taxonomy")
    menu_name = "taxonomy"


register_snippet(TaxonomyViewSetGroup)
