"""Who may see which submissions: ONE place for every concerns view.

Every check goes through Wagtail's `get_forms_for_user`, which runs the
`filter_form_submissions_for_user` hooks: the governance app's hook narrows it to the borough's
concern handlers and superusers (editing a form page grants no access to its submissions). A user
sees a form's submissions across all translations of that form.
"""

from wagtail.contrib.forms.utils import get_forms_for_user

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
    """Survey pages whose results this user may see: the same rule as for concerns."""
    return get_forms_for_user(user).type(SurveyPage).specific()


def survey_responses_for_user(user, survey_page):
    if not surveys_for_user(user).filter(pk=survey_page.pk).exists():
        return SurveyResponse.objects.none()
    return SurveyResponse.objects.filter(form_translation_key=survey_page.translation_key)
