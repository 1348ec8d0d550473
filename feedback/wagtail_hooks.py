from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .admin_views import FeedbackReportView
from .permissions import can_see_report


@hooks.register("register_admin_urls")
def register_feedback_admin_urls():
    return [path("feedback/", FeedbackReportView.as_view(), name="feedback_report")]


class FeedbackMenuItem(MenuItem):
    def is_shown(self, request):
        return can_see_report(request.user)


@hooks.register("register_reports_menu_item")
def register_feedback_report():
    return FeedbackMenuItem(
        _("Page feedback"), reverse("feedback_report"), name="page-feedback", icon_name="help", order=1200
    )
