"""Guards in front of views this project does not own, and the audit of personal-data access.

Wagtail's form submission views and wagtail-localize's submit/sync views are third-party code. The
`filter_form_submissions_for_user` hook already narrows Wagtail's own checks; this middleware
checks again by URL (a user cannot reach another page's submissions by typing an id), adds the
page-level check wagtail-localize lacks (it only asks for the site-wide permission), and records
who viewed, exported or deleted submissions once the view has succeeded.

Unauthenticated requests pass through untouched: the admin's own login redirect handles them.
"""

from django.core.exceptions import ObjectDoesNotExist
from wagtail.admin.auth import permission_denied
from wagtail.models import Page
from wagtail.snippets.models import get_snippet_models

from . import audit
from .access import can_translate, can_view_submissions, can_view_submissions_with_key
from .views import HandlerFormPagesListView

FORMS_INDEX = {"wagtailforms:index": False, "wagtailforms:index_results": True}
SUBMISSIONS_LIST = {"wagtailforms:list_submissions", "wagtailforms:list_submissions_results"}
SUBMISSIONS_DELETE = "wagtailforms:delete_submissions"
CONCERN_DETAIL = "concerns_admin:detail"
SURVEY_RESULTS = "concerns_admin:survey_results"
TRANSLATE_PAGE = "wagtail_localize:submit_page_translation"
TRANSLATE_SNIPPET = "wagtail_localize:submit_snippet_translation"
SYNC_TRANSLATIONS = "wagtail_localize:update_translations"
EXPORT_FORMATS = {"csv", "xlsx"}


class GovernanceMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        pending = getattr(request, "_engage_audit", None)
        if pending is not None:
            self._record(request, response, *pending)
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if match is None or not request.user.is_authenticated:
            return None
        name = match.view_name
        if name in FORMS_INDEX:
            if request.user.has_perm("wagtailadmin.access_admin"):
                return HandlerFormPagesListView.as_view(results_only=FORMS_INDEX[name])(request)
            return None
        if name in SUBMISSIONS_LIST or name in (SUBMISSIONS_DELETE, SURVEY_RESULTS):
            return self._guard_submissions(request, name, view_kwargs)
        if name == CONCERN_DETAIL:
            return self._guard_concern(request, view_kwargs)
        if name in (TRANSLATE_PAGE, TRANSLATE_SNIPPET, SYNC_TRANSLATIONS):
            return self._guard_translation(request, name, view_kwargs)
        return None

    # Submissions

    def _guard_submissions(self, request, name, kwargs):
        page_id = kwargs.get("page_id")
        if not can_view_submissions(request.user, page_id):
            return permission_denied(request)
        page = Page.objects.get(pk=page_id).specific
        if name == SUBMISSIONS_DELETE:
            if request.method == "POST":
                ids = request.GET.getlist("selected-submissions")
                doomed = page.get_submissions().filter(pk__in=[i for i in ids if i.isdigit()])
                rows = list(doomed.values_list("pk", flat=True))
                references = (
                    list(doomed.values_list("reference", flat=True)) if hasattr(doomed.model, "reference") else []
                )
                request._engage_audit = (
                    audit.DELETE,
                    page,
                    {"count": len(rows), "ids": rows, "references": references},
                )
        elif name in SUBMISSIONS_LIST:
            export = request.GET.get("export")
            if export in EXPORT_FORMATS:
                filters = {key: request.GET.getlist(key) for key in request.GET if key != "export"}
                request._engage_audit = (audit.EXPORT, page, {"format": export, "filters": filters})
            else:
                request._engage_audit = (audit.VIEW, page, {})
        return None

    def _guard_concern(self, request, kwargs):
        from concerns.models import ConcernSubmission

        submission = ConcernSubmission.objects.filter(pk=kwargs.get("pk")).only("pk", "reference", "page_id").first()
        if submission is None:
            return None  # the view answers 404
        key = ConcernSubmission.objects.filter(pk=submission.pk).values_list("form_translation_key", flat=True)[0]
        if not can_view_submissions_with_key(request.user, key):
            return permission_denied(request)
        if request.method == "GET" and submission.page_id:
            page = Page.objects.filter(pk=submission.page_id).first()
            if page is not None:
                request._engage_audit = (
                    audit.VIEW,
                    page,
                    {"count": 1, "ids": [submission.pk], "reference": submission.reference},
                )
        return None

    def _record(self, request, response, action, page, data):
        if action == audit.DELETE and response.status_code != 302:
            return
        if action in (audit.VIEW, audit.EXPORT) and response.status_code != 200:
            return
        if action == audit.VIEW and "count" not in data:
            rows = (getattr(response, "context_data", None) or {}).get("submissions")
            ids = [row.pk for row in rows] if rows is not None else []
            data = {**data, "count": len(ids), "ids": ids}
        if action == audit.DELETE and not data["count"]:
            return
        audit.record(action, page, request.user, **data)

    # Translations (wagtail-localize)

    def _guard_translation(self, request, name, kwargs):
        instance = None
        if name == TRANSLATE_PAGE:
            instance = Page.objects.filter(pk=kwargs.get("page_id")).first()
        elif name == TRANSLATE_SNIPPET:
            model = next(
                (
                    m
                    for m in get_snippet_models()
                    if m._meta.app_label == kwargs.get("app_label") and m._meta.model_name == kwargs.get("model_name")
                ),
                None,
            )
            instance = model.objects.filter(pk=kwargs.get("pk")).first() if model else None
        else:
            from wagtail_localize.models import TranslationSource

            source = TranslationSource.objects.filter(pk=kwargs.get("translation_source_id")).first()
            if source is not None:
                try:
                    instance = source.get_source_instance()
                except ObjectDoesNotExist:  # the source object has been deleted: nothing to translate
                    instance = None
        if instance is None:
            return None  # the view answers 404
        if isinstance(instance, Page):
            instance = instance.specific
        if not can_translate(request.user, instance):
            return permission_denied(request)
        return None
