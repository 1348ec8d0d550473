"""Admin views: the "Personal data access" report (superusers only) and the forms index as a
concern handler sees it."""

import datetime

import django_filters
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.utils.functional import classproperty
from django.utils.translation import gettext_lazy as _
from wagtail.admin.auth import permission_denied
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, UserColumn
from wagtail.admin.views.reports import ReportView
from wagtail.contrib.forms.views import FormPagesListView
from wagtail.models import PageLogEntry

from cms.core.translations import first_of_each_translation, with_languages

from . import audit
from .access import form_pages_for_user


class PersonalDataAccessFilterSet(WagtailFilterSet):
    action = django_filters.ChoiceFilter(
        label=_("Action"),
        choices=[
            (audit.VIEW, _("View personal data")),
            (audit.EXPORT, _("Export submissions")),
            (audit.DELETE, _("Delete submissions")),
        ],
        empty_label=_("Any"),
    )
    timestamp = django_filters.DateFromToRangeFilter(label=_("Date"), widget=DateRangePickerWidget)
    user = django_filters.ModelChoiceFilter(
        label=_("User"),
        empty_label=_("Anyone"),
        queryset=lambda request: (
            get_user_model()
            .objects.filter(pk__in=PageLogEntry.objects.filter(action__in=audit.ACTIONS).values("user_id"))
            .order_by(get_user_model().USERNAME_FIELD)
        ),
    )

    class Meta:
        model = PageLogEntry
        fields = ["action", "user", "timestamp"]


class MessageColumn(Column):
    def get_value(self, instance):
        return instance.message


class PersonalDataAccessReportView(ReportView):
    """Every view, export and deletion of residents' submissions: who, what, when."""

    page_title = _("Personal data access")
    header_icon = "view"
    index_url_name = "governance:personal_data_access"
    index_results_url_name = "governance:personal_data_access_results"
    filterset_class = PersonalDataAccessFilterSet
    columns = [
        DateColumn("timestamp", label=_("When")),
        UserColumn("user", label=_("Who"), accessor="user"),
        Column("label", label=_("Form page")),
        MessageColumn("message", label=_("What")),
    ]
    list_export = ["timestamp", "user_display_name", "action", "label", "message"]
    export_headings = {
        "timestamp": _("When"),
        "user_display_name": _("Who"),
        "action": _("Action"),
        "label": _("Form page"),
        "message": _("What"),
    }

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_superuser:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_filename(self):
        return f"personal-data-access-{datetime.date.today():%Y-%m-%d}"

    def get_queryset(self):
        return (
            PageLogEntry.objects.filter(action__in=audit.ACTIONS).select_related("user").order_by("-timestamp", "-pk")
        )


class HandlerFormPagesListView(FormPagesListView):
    """Wagtail's forms index, open to anyone with at least one form whose submissions they may
    see — concern handlers have no page permissions, which Wagtail's own index requires.

    One row per form, not per translation: a form's translations share one list of submissions,
    so the index shows the source page (the first created) with its languages listed."""

    any_permission_required = None

    @classproperty
    def columns(self):
        columns = list(FormPagesListView.columns)
        columns.insert(2, Column("languages", label=_("Languages"), accessor="engage_languages"))
        return columns

    def dispatch(self, request, *args, **kwargs):
        if not form_pages_for_user(request.user).exists():
            return permission_denied(request)  # as Wagtail's admin refuses: a message and the dashboard
        return super().dispatch(request, *args, **kwargs)

    def get_base_queryset(self):
        queryset = super().get_base_queryset()
        return first_of_each_translation(queryset)

    def paginate_queryset(self, queryset, page_size):
        paginator, page, object_list, is_paginated = super().paginate_queryset(queryset, page_size)
        return paginator, page, with_languages(object_list), is_paginated
