from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import AdviceTopic, AsbCategory, CrimeType
from .views import AdviceReviewPanel, AdviceReviewReportView


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


class AdviceTopicViewSet(SnippetViewSet):
    model = AdviceTopic
    icon = "folder-open-inverse"
    menu_label = _("Advice topics")
    list_display = ["name", "slug", "sort_order"]
    list_filter = ["locale"]


class TaxonomyViewSetGroup(SnippetViewSetGroup):
    items = (AsbCategoryViewSet, CrimeTypeViewSet, AdviceTopicViewSet)
    menu_icon = "tag"
    menu_label = _("Taxonomy")
    menu_name = "taxonomy"


register_snippet(TaxonomyViewSetGroup)


@hooks.register("register_admin_urls")
def register_advice_review_report_urls():
    return [
        path("reports/advice-review/", AdviceReviewReportView.as_view(), name="advice_review_report"),
        path(
            "reports/advice-review/results/",
            AdviceReviewReportView.as_view(results_only=True),
            name="advice_review_report_results",
        ),
    ]


class AdviceReviewMenuItem(MenuItem):
    def is_shown(self, request):
        return PagePermissionPolicy().user_has_any_permission(
            request.user, AdviceReviewReportView.any_permission_required
        )


@hooks.register("register_reports_menu_item")
def register_advice_review_menu_item():
    return AdviceReviewMenuItem(
        _("Advice due for review"), reverse("advice_review_report"), name="advice-review", icon_name="date", order=750
    )


@hooks.register("construct_homepage_panels")
def add_advice_review_panel(request, panels):
    panels.append(AdviceReviewPanel(request.user))
