"""What this app adds to a borough page: a way to tell the police what worries you, the priority
survey, and — when an editor publishes it — "You told us".

Survey responses are not content: they do not bump the content version (this app is not in
ENGAGE_CONTENT_APPS), so the section's data is cached with a short timeout as well
(SECTION_TIMEOUT), through the one section helper, `cms.core.sections.section_data`.
"""

from cms.core.sections import Section, section_data

from . import aggregates
from .models import ConcernFormPage, SurveyPage

SECTION_TIMEOUT = 10 * 60


def borough_section_data(page, request) -> dict | None:
    form = ConcernFormPage.objects.child_of(page).live().public().first()
    survey = SurveyPage.objects.child_of(page).live().public().first()
    if form is None and survey is None:
        return None
    data = {
        "borough": page.title,
        "form_url": form.get_url(request) if form else "",
        "form_title": form.title if form else "",
        "survey_url": survey.get_url(request) if survey else "",
        "survey_title": survey.title if survey else "",
        "you_told_us": None,
    }
    if survey is not None and survey.publish_results:
        published = aggregates.public_counts(survey)
        if published["rows"]:
            data["you_told_us"] = {**published, "introduction": survey.results_introduction}
    return data


def borough_section(page, request) -> Section | None:
    data = section_data(page, request, "concerns", lambda: borough_section_data(page, request), timeout=SECTION_TIMEOUT)
    if not data:
        return None
    return Section("concerns", "components/concerns_borough_section.html", data)
