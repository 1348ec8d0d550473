"""Role dashboards: each staff role's admin home opens on its own day's work.

- A borough editor sees, per borough they edit: drafts, pages awaiting approval, review dates
  due, recent publications, translation coverage and buttons to add an update, a priority or
  a meeting; and "N pages in <borough>" instead of the site-wide page count.
- An approver (a member of a group assigned to an active approval task) sees the review queue,
  oldest first, with each page's borough, language and age.
- A concern handler sees, per borough they handle, new, open and overdue concerns, the oldest
  open ones first, and a one-click CSV export.

Each panel is shown only to the role that may see it, and reads only that role's boroughs. The
queries are bounded: a fixed number per panel, whatever the size of the tree or the queue.
"""

import datetime
from dataclasses import dataclass
from functools import reduce
from operator import or_

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, Q
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.site_summary import SummaryItem
from wagtail.admin.ui.components import Component
from wagtail.models import GroupApprovalTask, Locale, Page, TaskState, WorkflowState

from boroughs.models import BoroughPage, PriorityIndexPage, PriorityPage, UpdateIndexPage, UpdatePage
from cms.core.models import REVIEW_WARNING_DAYS, review_models
from concerns.models import ConcernSubmission, Status
from concerns.permissions import concern_forms_for_user
from meetings.models import MeetingIndexPage, MeetingPage

from .models import BoroughGroup

LIST_LIMIT = 8


def concern_overdue_days() -> int:
    """An open concern older than this many days is overdue (settings.ENGAGE_CONCERN_OVERDUE_DAYS)."""
    return int(getattr(settings, "ENGAGE_CONCERN_OVERDUE_DAYS", 5))


def boroughs_for(user, role: str) -> list[BoroughPage]:
    """The (default-locale) boroughs this user acts for in `role`, A to Z (one query)."""
    if not user.is_active or not user.is_authenticated:
        return []
    links = BoroughGroup.objects.filter(group__user=user, role=role).values("borough_id")
    return list(BoroughPage.objects.filter(pk__in=links).order_by("title"))


def subtree_q(paths) -> Q:
    """Pages at or below any of these tree paths."""
    return reduce(or_, (Q(path__startswith=path) for path in paths), Q(pk__in=[]))


def translation_paths(borough: BoroughPage) -> list[str]:
    """Tree paths of every locale's version of a borough (one query)."""
    return list(BoroughPage.objects.filter(translation_key=borough.translation_key).values_list("path", flat=True))


def translations_report_url() -> str:
    """The fullest translation report there is: the site's coverage report if installed, else
    wagtail-localize's translations report."""
    for name in ("translation_coverage_report", "wagtail_localize:translations_report"):
        try:
            return reverse(name)
        except NoReverseMatch:
            continue
    return ""


def due_for_review(paths, today=None, exclude_paths=()) -> list[dict]:
    """Pages below `paths` whose review date is past or within REVIEW_WARNING_DAYS, one row per
    translation group (the source-locale page when there is one), oldest date first. One query
    per page type with a review date. Pages below `exclude_paths` are left out."""
    today = today or timezone.localdate()
    cutoff = today + datetime.timedelta(days=REVIEW_WARNING_DAYS)
    default_locale_id = Locale.get_default().pk
    groups: dict = {}
    for model in review_models():
        queryset = model.objects.filter(subtree_q(paths), review_date__lte=cutoff, alias_of__isnull=True)
        if exclude_paths:
            queryset = queryset.exclude(subtree_q(exclude_paths))
        rows = queryset.values(
            "pk", "title", "draft_title", "review_date", "translation_key", "locale_id", "locale__language_code"
        ).order_by("review_date", "pk")
        for row in rows:
            group = groups.setdefault(row["translation_key"], {"rows": [], "model": model})
            group["rows"].append(row)
    result = []
    for group in groups.values():
        rows = group["rows"]
        main = next((r for r in rows if r["locale_id"] == default_locale_id), rows[0])
        result.append(
            {
                "pk": main["pk"],
                "title": main["draft_title"] or main["title"],
                "review_date": main["review_date"],
                "overdue": main["review_date"] < today,
                "type": group["model"]._meta.verbose_name,
                "languages": sorted({r["locale__language_code"] for r in rows}),
            }
        )
    result.sort(key=lambda item: (item["review_date"], item["title"]))
    return result


@dataclass
class QuickAdd:
    label: str
    url: str


class EditorPanel(Component):
    """One borough's work for its editors."""

    template_name = "governance/dashboard/editor_panel.html"
    order = 90

    def __init__(self, user, borough: BoroughPage):
        self.user = user
        self.borough = borough
        self.name = f"borough_editor_{borough.pk}"

    def get_context_data(self, parent_context):
        paths = translation_paths(self.borough)
        pages = Page.objects.filter(subtree_q(paths))
        awaiting = pages.filter(_workflow_states__status=WorkflowState.STATUS_IN_PROGRESS).distinct()
        drafts = pages.filter(has_unpublished_changes=True).exclude(pk__in=awaiting.values("pk"))
        recent = pages.filter(live=True, alias_of__isnull=True, last_published_at__isnull=False).order_by(
            "-last_published_at"
        )
        due = due_for_review(paths)
        return {
            "borough": self.borough,
            "panel_id": f"borough-{self.borough.slug}",
            "drafts_count": drafts.count(),
            "drafts": list(drafts.select_related("locale").order_by("-latest_revision_created_at")[:LIST_LIMIT]),
            "awaiting_count": awaiting.count(),
            "awaiting": list(awaiting.select_related("locale").order_by("-latest_revision_created_at")[:LIST_LIMIT]),
            "due_count": len(due),
            "overdue_count": sum(1 for item in due if item["overdue"]),
            "due": due[:LIST_LIMIT],
            "warning_days": REVIEW_WARNING_DAYS,
            "recent": self.recent(recent),
            "coverage": self.coverage(pages),
            "translations_url": translations_report_url(),
            "quick_add": self.quick_add(),
            "explore_url": reverse("wagtailadmin_explore", args=[self.borough.pk]),
        }

    def recent(self, published, limit=5) -> list:
        """The latest publications, one row per page across its translations (the source-locale
        page's title when it is among them, and the languages listed)."""
        default_locale_id = Locale.get_default().pk
        groups: dict = {}
        for page in published.select_related("locale")[: limit * 12]:
            if page.translation_key in groups or len(groups) < limit:
                groups.setdefault(page.translation_key, []).append(page)
        rows = []
        for pages in groups.values():
            row = next((p for p in pages if p.locale_id == default_locale_id), pages[0])
            row.engage_languages = [p.locale.get_display_name() for p in pages]
            rows.append(row)
        return rows

    def coverage(self, pages) -> list[dict]:
        """Per locale: pages with their own (translated) content, against the source's total.
        Alias pages (the English original shown in another locale) do not count as translated."""
        default = Locale.get_default()
        counts = {
            row["locale_id"]: row
            for row in pages.order_by()
            .values("locale_id")
            .annotate(total=Count("id"), translated=Count("id", filter=Q(alias_of__isnull=True)))
        }
        source_total = counts.get(default.pk, {}).get("total", 0)
        rows = []
        for locale in Locale.objects.exclude(pk=default.pk).order_by("language_code"):
            translated = counts.get(locale.pk, {}).get("translated", 0)
            rows.append(
                {
                    "locale": locale,
                    "translated": translated,
                    "total": source_total,
                    "complete": source_total and translated >= source_total,
                }
            )
        return rows

    def quick_add(self) -> list[QuickAdd]:
        """Add an update, a priority or a meeting directly under this borough (one query)."""
        wanted = {
            UpdateIndexPage: (UpdatePage, _("Add an update")),
            PriorityIndexPage: (PriorityPage, _("Add a priority")),
            MeetingIndexPage: (MeetingPage, _("Add a meeting")),
        }
        types = ContentType.objects.get_for_models(*wanted)
        by_type = {ct.pk: model for model, ct in types.items()}
        parents = self.borough.get_children().filter(content_type__in=types.values()).order_by("path")
        buttons = []
        seen = set()
        for parent in parents:
            index_model = by_type[parent.content_type_id]
            if index_model in seen:
                continue
            seen.add(index_model)
            page_model, label = wanted[index_model]
            if not parent.permissions_for_user(self.user).can_add_subpage():
                continue
            url = reverse(
                "wagtailadmin_pages:add", args=[page_model._meta.app_label, page_model._meta.model_name, parent.pk]
            )
            buttons.append(QuickAdd(label, url))
        order = [label for _, label in wanted.values()]
        return sorted(buttons, key=lambda b: order.index(b.label))


def is_approver(user) -> bool:
    if not user.is_active or not user.is_authenticated:
        return False
    return user.is_superuser or GroupApprovalTask.objects.filter(active=True, groups__user=user).exists()


class ApproverPanel(Component):
    """The review queue, oldest first, with each page's borough, language and age."""

    name = "review_queue"
    template_name = "governance/dashboard/approver_panel.html"
    order = 80

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context):
        page_type = ContentType.objects.get_for_model(Page)
        states = list(
            TaskState.objects.reviewable_by(self.user)
            .filter(workflow_state__base_content_type=page_type)
            .select_related("workflow_state", "workflow_state__requested_by", "task")
            .order_by("started_at")[:50]
        )
        pages = Page.objects.select_related("locale").in_bulk([int(state.workflow_state.object_id) for state in states])
        steplen = Page.steplen
        borough_depth = 4  # root, home, borough index, borough
        prefixes = {p.path[: borough_depth * steplen] for p in pages.values() if p.depth >= borough_depth}
        boroughs = dict(BoroughPage.objects.filter(path__in=prefixes).values_list("path", "title"))
        now = timezone.now()
        rows = []
        for state in states:
            page = pages.get(int(state.workflow_state.object_id))
            if page is None:
                continue
            rows.append(
                {
                    "page": page,
                    "borough": boroughs.get(page.path[: borough_depth * steplen], ""),
                    "requested_by": state.workflow_state.requested_by,
                    "started_at": state.started_at,
                    "age_days": (now - state.started_at).days,
                    "task": state.task,
                    "edit_url": reverse("wagtailadmin_pages:edit", args=[page.pk]),
                    "preview_url": reverse("wagtailadmin_pages:workflow_preview", args=[page.pk, state.task_id]),
                }
            )
        return {"rows": rows, "count": len(rows)}


class HandlerPanel(Component):
    """New, open and overdue concerns per handled borough, oldest open first, and the export."""

    name = "concern_queue"
    template_name = "governance/dashboard/handler_panel.html"
    order = 85

    def __init__(self, user, boroughs):
        self.user = user
        self.boroughs = boroughs

    def get_context_data(self, parent_context):
        default_locale_id = Locale.get_default().pk
        forms: dict = {}
        for form in concern_forms_for_user(self.user).order_by("path"):
            current = forms.get(form.translation_key)
            if current is None or (form.locale_id == default_locale_id and current.locale_id != default_locale_id):
                forms[form.translation_key] = form
        overdue_before = timezone.now() - datetime.timedelta(days=concern_overdue_days())
        submissions = ConcernSubmission.objects.filter(form_translation_key__in=list(forms), is_spam=False)
        open_q = ~Q(status=Status.CLOSED)
        counts = {
            row["form_translation_key"]: row
            for row in submissions.order_by()
            .values("form_translation_key")
            .annotate(
                new=Count("id", filter=Q(status=Status.NEW)),
                open=Count("id", filter=open_q),
                overdue=Count("id", filter=open_q & Q(submit_time__lt=overdue_before)),
            )
        }
        oldest = list(
            submissions.filter(open_q).select_related("ward", "borough").order_by("submit_time", "pk")[:LIST_LIMIT]
        )
        title_by_path = {b.path: b.title for b in self.boroughs}
        rows = []
        for key, form in forms.items():
            borough_title = title_by_path.get(form.path[: -form.steplen], form.title)
            count = counts.get(key, {})
            list_url = reverse("wagtailforms:list_submissions", args=[form.pk])
            rows.append(
                {
                    "borough": borough_title,
                    "form": form,
                    "new": count.get("new", 0),
                    "open": count.get("open", 0),
                    "overdue": count.get("overdue", 0),
                    "list_url": list_url,
                    "export_url": f"{list_url}?export=csv",
                }
            )
        rows.sort(key=lambda row: row["borough"])
        return {
            "rows": rows,
            "oldest": oldest,
            "overdue_before": overdue_before,
            "overdue_days": concern_overdue_days(),
        }


class BoroughPagesSummaryItem(SummaryItem):
    """Replaces the site-wide "374 Pages" for a borough editor: their borough's own counts."""

    order = 100
    template_name = "governance/dashboard/summary_pages.html"

    def __init__(self, request, borough: BoroughPage):
        super().__init__(request)
        self.borough = borough

    @cached_property
    def _counts(self):
        pages = Page.objects.filter(subtree_q(translation_paths(self.borough)))
        return pages.aggregate(total=Count("id"), source=Count("id", filter=Q(locale_id=self.borough.locale_id)))

    def get_context_data(self, parent_context):
        return {
            "borough": self.borough,
            "total": self._counts["total"],
            "source": self._counts["source"],
            "url": reverse("wagtailadmin_explore", args=[self.borough.pk]),
        }


class NewConcernsSummaryItem(SummaryItem):
    """A handler's count of new concerns, in the summary at the top of the dashboard."""

    order = 110
    template_name = "governance/dashboard/summary_concerns.html"

    def get_context_data(self, parent_context):
        keys = concern_forms_for_user(self.request.user).values("translation_key")
        count = ConcernSubmission.objects.filter(
            form_translation_key__in=keys, is_spam=False, status=Status.NEW
        ).count()
        return {"count": count}
