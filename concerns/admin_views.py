"""Staff views: a form's concerns (Wagtail's submissions list, with filters, status and a safe
export), one concern with its notes and status, and the priority survey results."""

from collections import OrderedDict
from zoneinfo import ZoneInfo

import django_filters
from django import forms
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Prefetch, Subquery
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language_info, gettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from django_filters import DateFromToRangeFilter
from wagtail.admin import messages
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.contrib.forms.views import SubmissionsListView
from wagtail.models import Locale, Page

from advice.models import AsbCategory, CrimeType
from boroughs.models import WardPage
from cms.core.invisible import reveal

from . import aggregates, choices
from .models import ConcernNote, ConcernSubmission, Status, SurveyPage
from .permissions import can_handle, submissions_for_user, surveys_for_user

# A spreadsheet reads a cell starting with one of these as a formula (CSV/formula injection).
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
# Exported times are London times: the handlers' own clock, whatever the server's.
EXPORT_TIME_ZONE = ZoneInfo("Europe/London")


def spreadsheet_safe(value):
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value


EXPORT_EXTRA = ("handler", "notes")
EXPORT_HEADINGS = {"language": _("Language"), "handler": _("Handler"), "notes": _("Notes")}
EXPORT_TIME_FORMAT = "%Y-%m-%d %H:%M"


def export_time(value) -> str:
    """A stored (UTC) time as London local time, e.g. "2026-10-23 11:21" (sorts as text too)."""
    if value is None:
        return ""
    return timezone.localtime(value, EXPORT_TIME_ZONE).strftime(EXPORT_TIME_FORMAT)


def language_label(code: str) -> str:
    """ "Polish (pl)" in the reader's language; the bare code if Django does not know it."""
    if not code:
        return ""
    try:
        info = get_language_info(code)
    except KeyError:
        return code
    return f"{gettext(info['name'])} ({code})"


def display_name(user) -> str:
    return user.get_full_name() or user.get_username()


def note_line(note) -> str:
    """One note on one line: when, who, any status change, the text."""
    parts = [export_time(note.created_at)]
    if note.author_id:
        parts.append(display_name(note.author))
    line = " ".join(parts)
    if note.new_status:
        change = gettext("status changed from %(old)s to %(new)s") % {
            "old": note.get_old_status_display(),
            "new": note.get_new_status_display(),
        }
        line = f"{line}: {change}"
    if note.text:
        line = f"{line}: {' '.join(note.text.split())}"
    return line


class ConcernFilterSet(WagtailFilterSet):
    date = DateFromToRangeFilter(label=_("Received"), field_name="submit_time", widget=DateRangePickerWidget)
    status = django_filters.ChoiceFilter(label=_("Status"), choices=Status.choices)
    ward = django_filters.ChoiceFilter(label=_("Ward"), method="filter_ward")
    category = django_filters.ChoiceFilter(label=_("Category"), method="filter_category")
    spam = django_filters.ChoiceFilter(
        label=_("Spam"),
        choices=[("spam", _("Only spam")), ("all", _("Spam and not spam"))],
        empty_label=_("Not spam"),
        method="filter_spam",
    )

    class Meta:
        model = ConcernSubmission
        fields = []

    def __init__(self, *args, form_page=None, **kwargs):
        super().__init__(*args, **kwargs)
        if form_page is not None:
            borough_path = form_page.path[: -form_page.steplen]
            wards = choices.wards(borough_path, form_page.depth - 1)
            self.filters["ward"].extra["choices"] = [
                *((str(pk), title) for pk, title in wards),
                (choices.WHOLE_BOROUGH, _("Not sure / whole borough")),
            ]
            self.filters["category"].extra["choices"] = [
                (value, label)
                for group in choices.category_choices(self._handler_locale_id(form_page), blank=None, other=True)
                for value, label in (group[1] if isinstance(group[1], list) else [group])
            ]

    # Ward and category filters match by translation key: a concern sent in Polish or Arabic (or
    # stored before keys were language-independent) is found under the English ward or category.

    @staticmethod
    def _handler_locale_id(form_page):
        """Categories named in the handler's language (the admin's), whichever form they opened."""
        try:
            return Locale.get_active().pk
        except Locale.DoesNotExist:
            return form_page.locale_id

    def filter_ward(self, queryset, name, value):
        if value == choices.WHOLE_BOROUGH:
            return queryset.filter(ward__isnull=True)
        if not value.isdigit():
            return queryset
        key = WardPage.objects.filter(pk=value).values("translation_key")[:1]
        return queryset.filter(ward__translation_key=Subquery(key))

    def filter_category(self, queryset, name, value):
        kind, pk = choices.split_category(value)
        if kind == "asb":
            key = AsbCategory.objects.filter(pk=pk).values("translation_key")[:1]
            return queryset.filter(asb_category__translation_key=Subquery(key))
        if kind == "crime":
            key = CrimeType.objects.filter(pk=pk).values("translation_key")[:1]
            return queryset.filter(crime_type__translation_key=Subquery(key))
        return queryset.filter(asb_category__isnull=True, crime_type__isnull=True)

    def filter_spam(self, queryset, name, value):
        if value == "spam":
            return queryset.filter(is_spam=True)
        return queryset  # "all"; without a value the view leaves spam out (get_base_queryset)


class ConcernSubmissionsListView(SubmissionsListView):
    """Wagtail's submissions list for a concern form: every translation's concerns in one list,
    filters, a link to each concern, and an export that cannot smuggle a formula."""

    filterset_class = ConcernFilterSet
    results_template_name = "concerns/admin/submissions_results.html"
    orderable_fields = ("id", "submit_time", "reference")
    page_title = _("Concerns")

    def get_filterset_kwargs(self):
        kwargs = super().get_filterset_kwargs()
        kwargs["form_page"] = self.form_page
        return kwargs

    def get_base_queryset(self):
        queryset = submissions_for_user(self.request.user, self.form_page).select_related(
            "ward", "asb_category", "crime_type"
        )
        if self.request.GET.get("spam") not in ("spam", "all"):
            queryset = queryset.filter(is_spam=False)
        if self.is_export:
            queryset = queryset.prefetch_related(Prefetch("notes", ConcernNote.objects.select_related("author")))
        return queryset

    def as_spreadsheet(self, queryset, spreadsheet_format):
        """The form's columns plus what a handler needs to work from the file: the resident's
        language after the status, then who handles the concern and its notes."""
        position = self.list_export.index("status") + 1 if "status" in self.list_export else len(self.list_export)
        self.list_export = [*self.list_export[:position], "language", *self.list_export[position:], *EXPORT_EXTRA]
        self.export_headings = {**self.export_headings, **EXPORT_HEADINGS}
        return super().as_spreadsheet(queryset, spreadsheet_format)

    def to_row_dict(self, item):
        data = item.get_data()
        data["submit_time"] = export_time(item.submit_time)
        data["language"] = language_label(item.language)
        notes = list(item.notes.all())
        authors = [note.author for note in notes if note.author_id]
        data["handler"] = display_name(authors[-1]) if authors else ""
        data["notes"] = "\n".join(note_line(note) for note in notes)
        return OrderedDict((field, data.get(field)) for field in self.list_export)

    def preprocess_field_value(self, field, value, export_format):
        # Bidi-control and invisible characters shown as [U+202E] markers (cms/core/invisible.py).
        return spreadsheet_safe(reveal(super().preprocess_field_value(field, value, export_format)))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["concern_rows"] = context["submissions"]
        return context


class StatusNoteForm(forms.Form):
    status = forms.ChoiceField(label=_("Status"), choices=Status.choices)
    text = forms.CharField(
        label=_("Internal note"),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Seen only by staff. Erased with the concern's personal details after the retention period."),
    )

    def __init__(self, *args, current_status: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.current_status = current_status
        self.fields["status"].initial = current_status

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("status") == self.current_status and not cleaned.get("text", "").strip():
            raise forms.ValidationError(_("Change the status or write a note."))
        return cleaned


class ConcernDetailView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "concerns/admin/concern_detail.html"
    page_title = _("Concern")
    header_icon = "form"

    def dispatch(self, request, *args, **kwargs):
        self.submission = get_object_or_404(
            ConcernSubmission.objects.select_related("borough", "ward", "asb_category", "crime_type"), pk=kwargs["pk"]
        )
        if not can_handle(request.user, self.submission):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return self.submission.reference

    def get_breadcrumbs_items(self):
        items = [*self.breadcrumbs_items, {"url": reverse("wagtailforms:index"), "label": _("Forms")}]
        if self.submission.page_id:
            items.append(
                {
                    "url": reverse("wagtailforms:list_submissions", args=[self.submission.page_id]),
                    "label": _("Concerns"),
                }
            )
        items.append({"url": "", "label": self.get_page_title(), "sublabel": self.get_page_subtitle()})
        return items

    def get_form(self):
        data = self.request.POST if self.request.method == "POST" else None
        return StatusNoteForm(data, current_status=self.submission.status)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.setdefault("form", self.get_form())
        page = self.submission.page.specific if self.submission.page_id else None
        labels = dict(page.get_data_fields()) if page is not None else {}
        extra = [(labels.get(key, key), value) for key, value in (self.submission.form_data or {}).items()]
        context.update(
            submission=self.submission,
            notes=self.submission.notes.select_related("author"),
            extra_answers=extra,
        )
        return context

    def post(self, request, *args, **kwargs):
        form = self.get_form()
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        with transaction.atomic():
            old = self.submission.status
            new = form.cleaned_data["status"]
            ConcernNote.objects.create(
                submission=self.submission,
                author=request.user,
                text=form.cleaned_data.get("text", "").strip(),
                old_status=old if old != new else "",
                new_status=new if old != new else "",
            )
            if old != new:
                ConcernSubmission.objects.filter(pk=self.submission.pk).update(status=new)
        messages.success(request, _("Saved."))
        return redirect("concerns_admin:detail", self.submission.pk)


class SurveyIndexView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "concerns/admin/survey_index.html"
    page_title = _("Priority surveys")
    header_icon = "list-ul"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        surveys = surveys_for_user(self.request.user).order_by("path")
        context["surveys"] = [{"page": page, "total": aggregates.responses_for(page).count()} for page in surveys]
        return context


class SurveyResultsView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "concerns/admin/survey_results.html"
    page_title = _("Survey results")
    header_icon = "list-ul"

    def dispatch(self, request, *args, **kwargs):
        page = get_object_or_404(Page, pk=kwargs["page_id"]).specific
        if not isinstance(page, SurveyPage):
            raise Http404
        if not surveys_for_user(request.user).filter(pk=page.pk).exists():
            raise PermissionDenied
        self.survey = page
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return self.survey.get_admin_display_title()

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("concerns_admin:surveys"), "label": _("Priority surveys")},
            {"url": "", "label": self.get_page_title(), "sublabel": self.get_page_subtitle()},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        data = aggregates.counts(self.survey, by_ward=True)
        context.update(
            survey=self.survey,
            total=data["total"],
            borough_rows=aggregates.with_percentages(data["rows"]),
            wards=[
                {"title": title, "total": total, "rows": aggregates.with_percentages(rows)}
                for title, total, rows in data["wards"]
            ],
            minimum=aggregates.conf.survey_public_minimum(),
        )
        return context
