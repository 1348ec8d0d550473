"""Who may see which submissions: ONE place, so per-borough concern handlers can tighten it later.

For now: a user sees the submissions of every form page whose page they may edit (Wagtail's own
rule for form submissions, `get_forms_for_user`), across all translations of that form.
"""

from wagtail.contrib.forms.utils import get_forms_for_user
from wagtail.models import Page

from .models import ConcernFormPage, ConcernSubmission, SurveyPage, SurveyResponse


def concern_forms_for_user(user):
    return get_forms_for_user(user).type(ConcernFormPage)


def submissions_for_user(user, form_page=None):
    """The concern submissions this user may see (of one form and its translations, if given)."""
    keys = concern_forms_for_user(user).values("translation_key")
    queryset = ConcernSubmission.objects.filter(form_translation_key__in=keys)
    if form_page is not None:
        queryset = queryset.filter(form_translation_key=form_page.translation_key)
    return queryset


def can_handle(user, submission) -> bool:
    return submissions_for_user(user).filter(pk=submission.pk).exists()


def surveys_for_user(user):
    """Survey pages whose results this user may see: those they may edit."""
    from wagtail.permission_policies.pages import PagePermissionPolicy

    editable = PagePermissionPolicy().instances_user_has_permission_for(user, "change")
    return Page.objects.filter(pk__in=editable.values("pk")).type(SurveyPage).specific()


def survey_responses_for_user(user, survey_page):
    if not surveys_for_user(user).filter(pk=survey_page.pk).exists():
        return SurveyResponse.objects.none()
    return SurveyResponse.objects.filter(form_translation_key=survey_page.translation_key)
