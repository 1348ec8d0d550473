"""Demo content (demo/data/concerns.json): a concern form and a priority survey under every
borough, a few fictional concerns for Hackney, and enough survey answers for Hackney that "You told
us" shows counts of five or more (published). Idempotent: what exists is left alone.

Every person here is fictional; every address is @example.org."""

from datetime import timedelta

from django.utils import timezone

from advice.models import AsbCategory, CrimeType
from boroughs.models import BoroughIndexPage, BoroughPage, WardPage
from concerns.models import (
    ConcernFormPage,
    ConcernNote,
    ConcernSubmission,
    Status,
    SurveyPage,
    SurveyResponse,
    make_reference,
)

from .base import DemoLog, child_page
from .base import data as demo_data


def load_concern_pages(home, log: DemoLog) -> None:
    index = BoroughIndexPage.objects.child_of(home).first()
    if index is None:
        return
    content = demo_data("concerns")
    form_fields, survey_fields = dict(content["form"]), dict(content["survey"])
    form_slug, survey_slug = form_fields.pop("slug"), survey_fields.pop("slug")
    published_for = survey_fields.pop("publish_results_for")
    forms = surveys = 0
    boroughs = list(BoroughPage.objects.child_of(index).order_by("title"))
    for borough in boroughs:
        _page, created = child_page(borough, ConcernFormPage, form_slug, **form_fields)
        forms += created
        _page, created = child_page(
            borough, SurveyPage, survey_slug, publish_results=borough.code in published_for, **survey_fields
        )
        surveys += created
    log.step("Concern forms", forms, len(boroughs))
    log.step("Priority surveys", surveys, len(boroughs))
    hackney = next((b for b in boroughs if b.code == "HAC"), None)
    if hackney is not None:
        _load_hackney(hackney, content, log)


def _taxonomy(locale):
    asb = {c.slug: c for c in AsbCategory.objects.filter(locale=locale)}
    crime = {c.slug: c for c in CrimeType.objects.filter(locale=locale)}
    return asb, crime


def _load_hackney(hackney: BoroughPage, content: dict, log: DemoLog) -> None:
    form = ConcernFormPage.objects.child_of(hackney).first()
    survey = SurveyPage.objects.child_of(hackney).first()
    asb, crime = _taxonomy(hackney.locale)
    wards = list(WardPage.objects.child_of(hackney).order_by("title"))
    now = timezone.now()
    created = 0
    for i, data in enumerate(content["hackney_concerns"]):
        token = f"demo-hackney-{i}"
        if ConcernSubmission.objects.filter(token=token).exists():
            continue
        submission = ConcernSubmission.objects.create(
            page=form,
            form_translation_key=form.translation_key,
            borough=hackney,
            ward=wards[i % len(wards)] if wards and i % 3 != 2 else None,
            asb_category=asb.get(data.get("asb", "")),
            crime_type=crime.get(data.get("crime", "")),
            description=data["description"],
            location=data["location"],
            happens_when=data["when"],
            name=data["name"],
            email=data["email"],
            consent=bool(data["email"]),
            language="en",
            status=data["status"],
            token=token,
            form_data={},
        )
        when = now - timedelta(days=data["days"])
        reference = make_reference(hackney.code, when, submission.pk)
        ConcernSubmission.objects.filter(pk=submission.pk).update(submit_time=when, reference=reference)
        if data["status"] != Status.NEW:
            ConcernNote.objects.create(
                submission=submission,
                text=content["hackney_note"],
                old_status=Status.NEW,
                new_status=data["status"],
            )
        created += 1
    log.step("Hackney demo concerns", created, len(content["hackney_concerns"]))

    created = total = 0
    for group, answer in enumerate(content["hackney_survey"]):
        slugs, people = answer["choices"], answer["people"]
        for person in range(people):
            total += 1
            token = f"demo-hackney-survey-{group}-{person}"
            if SurveyResponse.objects.filter(token=token).exists():
                continue
            response = SurveyResponse.objects.create(
                page=survey,
                form_translation_key=survey.translation_key,
                borough=hackney,
                ward=wards[person % len(wards)] if wards else None,
                token=token,
            )
            response.asb_categories.add(*[asb[s] for s in slugs if s in asb])
            response.crime_types.add(*[crime[s] for s in slugs if s in crime])
            created += 1
    log.step("Hackney survey responses", created, total)
