from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Bcu


class BcuViewSet(SnippetViewSet):
    model = Bcu
    icon = "group"
    menu_label = _("Command units")
    list_display = ["name", "code"]
    list_filter = ["locale"]
    add_to_admin_menu = True
    menu_order = 300


register_snippet(BcuViewSet)
