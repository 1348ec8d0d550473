"""The editors' report: answers per page and per borough, the monthly trend, the comments, and a
CSV export of the same selection. Each user sees only what feedback/permissions.py allows."""

import csv
import datetime
import uuid
from collections import defaultdict
from functools import reduce
from operator import or_

from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.db.models.functions import TruncMonth
from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Locale, Page

from boroughs.models import BoroughPage
from concerns.admin_views import spreadsheet_safe

from .models import PageFeedback
from .permissions import can_see_report, visible_pages

TREND_MONTHS = 6
COMMENTS_SHOWN = 50


class FeedbackReportView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "feedback/admin/report.html"
    page_title = _("Page feedback")
    header_icon = "help"

    def dispatch(self, request, *args, **kwargs):
        if not can_see_report(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    # --- the selection ---------------------------------------------------------------------

    def boroughs(self):
        """The boroughs this user may see, in the default language (one per borough)."""
        visible = visible_pages(self.request.user)
        default = Locale.get_default()
        keys = BoroughPage.objects.filter(pk__in=visible.values("pk")).values("translation_key")
        return list(BoroughPage.objects.filter(translation_key__in=keys, locale=default).order_by("title"))

    def selection(self):
        answers = PageFeedback.objects.filter(page__in=visible_pages(self.request.user).values("pk"))
        slug = self.request.GET.get("borough", "")
        self.borough = next((b for b in self.boroughs() if b.slug == slug), None)
        if self.borough is not None:
            paths = BoroughPage.objects.filter(translation_key=self.borough.translation_key).values_list(
                "path", flat=True
            )
            answers = answers.filter(reduce(or_, (Q(page__path__startswith=p) for p in paths)))
        key = self.request.GET.get("page", "")
        self.page_key = None
        if key:
            try:
                self.page_key = str(uuid.UUID(key))
            except ValueError:
                return answers.none()
            answers = answers.filter(translation_key=self.page_key)
        return answers

    # --- the report ------------------------------------------------------------------------

    def get(self, request, *args, **kwargs):
        if request.GET.get("format") == "csv":
            return self.export(self.selection())
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        answers = self.selection()
        boroughs = self.boroughs()
        per_page = list(
            answers.values("translation_key")
            .annotate(
                yes=Count("pk", filter=Q(useful=True)),
                no=Count("pk", filter=Q(useful=False)),
                comments=Count("pk", filter=~Q(comment="")),
            )
            .order_by("-no", "-yes")
        )
        titles = self._titles([row["translation_key"] for row in per_page])
        borough_of = self._borough_of(titles, boroughs)
        by_borough = defaultdict(lambda: {"yes": 0, "no": 0, "comments": 0})
        for row in per_page:
            page = titles.get(row["translation_key"])
            row["page"] = page
            row["borough"] = borough_of.get(row["translation_key"])
            row["share"] = round(100 * row["yes"] / (row["yes"] + row["no"])) if row["yes"] + row["no"] else 0
            totals = by_borough[row["borough"].title if row["borough"] else _("Whole site")]
            for field in ("yes", "no", "comments"):
                totals[field] += row[field]
        since = (timezone.localdate().replace(day=1) - datetime.timedelta(days=31 * (TREND_MONTHS - 1))).replace(day=1)
        trend = (
            answers.filter(created_on__gte=since)
            .annotate(month=TruncMonth("created_on"))
            .values("month")
            .annotate(yes=Count("pk", filter=Q(useful=True)), no=Count("pk", filter=Q(useful=False)))
            .order_by("month")
        )
        comments = list(answers.exclude(comment="").select_related("page")[:COMMENTS_SHOWN])
        context.update(
            {
                "per_page": per_page,
                "per_borough": sorted((str(name), totals) for name, totals in by_borough.items()),
                "trend": list(trend),
                "comments": comments,
                "boroughs": boroughs,
                "selected_borough": self.borough,
                "selected_page": titles.get(self.page_key) if self.page_key else None,
                "page_key": self.page_key,
                "total": sum(r["yes"] + r["no"] for r in per_page),
            }
        )
        return context

    def _titles(self, keys) -> dict:
        """One page per translation_key, the default language's where there is one."""
        default = Locale.get_default().pk
        found = {}
        for page in Page.objects.filter(translation_key__in=keys).order_by("pk"):
            if page.translation_key not in found or page.locale_id == default:
                found[page.translation_key] = page
        return found

    def _borough_of(self, pages: dict, boroughs) -> dict:
        paths = {}
        for borough in BoroughPage.objects.filter(translation_key__in=[b.translation_key for b in boroughs]):
            english = next(b for b in boroughs if b.translation_key == borough.translation_key)
            paths[borough.path] = english
        result = {}
        for key, page in pages.items():
            for path, borough in paths.items():
                if page.path.startswith(path):
                    result[key] = borough
                    break
        return result

    def export(self, answers):
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="page-feedback.csv"'
        writer = csv.writer(response)
        writer.writerow(["date", "page", "url", "language", "useful", "comment"])
        for answer in answers.select_related("page").order_by("-created_on", "-pk").iterator():
            writer.writerow(
                [
                    answer.created_on.isoformat(),
                    spreadsheet_safe(answer.page.title),
                    answer.page.url_path,
                    answer.language,
                    "yes" if answer.useful else "no",
                    spreadsheet_safe(answer.comment),
                ]
            )
        return response
