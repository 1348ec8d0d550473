"""Admin views: the "Advice due for review" report and its dashboard reminder."""

import datetime

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component
from wagtail.admin.views.reports import PageReportView
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy

from cms.core.translations import first_of_each_translation, with_languages

from .models import REVIEW_WARNING_DAYS, advice_due_for_review


def due_advice_for_user(user, *, each_translation=False):
    """Advice due for review (past or within 30 days) that `user` may edit: one page per
    translation group unless `each_translation`."""
    editable = PagePermissionPolicy().instances_user_has_any_permission_for(user, ["change", "publish"])
    due = advice_due_for_review().filter(pk__in=editable.values("pk"))
    return due if each_translation else first_of_each_translation(due)


class AdviceReviewReportView(PageReportView):
    page_title = _("Advice due for review")
    header_icon = "date"
    results_template_name = "advice/admin/review_report_results.html"
    index_url_name = "advice_review_report"
    index_results_url_name = "advice_review_report_results"
    any_permission_required = ["add", "change", "publish"]
    model = Page
    list_export = ["title", "engage_languages", "review_date", "status_string", "latest_revision_created_at"]
    export_headings = {
        "engage_languages": _("Languages"),
        "review_date": _("Review by"),
        "status_string": _("Status"),
        "latest_revision_created_at": _("Updated"),
    }

    def get_filename(self):
        return f"advice-due-for-review-{timezone.localdate():%Y-%m-%d}"

    def get_queryset(self):
        self.queryset = due_advice_for_user(self.request.user).select_related("locale")
        return super().get_queryset()

    def decorate_paginated_queryset(self, object_list):
        today = timezone.localdate()
        object_list = with_languages(object_list, among=due_advice_for_user(self.request.user, each_translation=True))
        for page in object_list:
            page.review_overdue = page.review_date < today
        return object_list

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["warning_days"] = REVIEW_WARNING_DAYS
        return context


class AdviceReviewPanel(Component):
    """Dashboard reminder: how much advice is due for review, with a link to the report."""

    name = "advice_review"
    template_name = "advice/admin/review_panel.html"
    order = 150

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context):
        today = timezone.localdate()
        due = due_advice_for_user(self.user)
        overdue_count = due.filter(review_date__lt=today).count()
        return {
            "due_count": due.count(),
            "overdue_count": overdue_count,
            "warning_days": REVIEW_WARNING_DAYS,
            "cutoff": today + datetime.timedelta(days=REVIEW_WARNING_DAYS),
            "report_url": reverse("advice_review_report"),
        }
