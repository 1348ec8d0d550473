from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import sections
from .models import Bcu
from .models.priorities import attach_current_priorities, category_priorities_page


class BcuViewSet(SnippetViewSet):
    model = Bcu
    icon = "group"
    menu_label = _("Command units")
    list_display = ["name", "code"]
    list_filter = ["locale"]
    add_to_admin_menu = True
    menu_order = 300


register_snippet(BcuViewSet)


# What the boroughs app shows on borough and ward pages (see cms/core/sections.py).
hooks.register("engage_borough_sections", sections.borough_team)
hooks.register("engage_borough_sections", sections.borough_priorities)
hooks.register("engage_borough_sections", sections.borough_updates)
hooks.register("engage_borough_sections", sections.advice_for_borough)
hooks.register("engage_ward_sections", sections.ward_priorities)

# The ASB page (advice) lists each category's current local priorities: boroughs attaches them,
# so advice, which sits below boroughs, never imports it.
hooks.register("engage_asb_categories", attach_current_priorities)
hooks.register("engage_asb_category_priorities", category_priorities_page)
