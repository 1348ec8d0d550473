"""Demo content: a concern form and a priority survey under every borough, a few fictional
concerns for Hackney, and enough survey answers for Hackney that "You told us" shows counts of
five or more (published). Idempotent: what exists is left alone.

Every person here is fictional; every address is @example.org."""

from datetime import timedelta

from django.utils import timezone

from advice.models import AsbCategory, CrimeType
from boroughs.models import BoroughIndexPage, BoroughPage, WardPage
from cms.core.demo import DemoLog, child_page

from .models import ConcernFormPage, ConcernNote, ConcernSubmission, Status, SurveyPage, SurveyResponse, make_reference

FORM_INTRO = (
    "Tell your neighbourhood team about something that worries you where you live or work: "
    "anti-social behaviour, a crime problem that keeps happening, or anything else. "
    "It takes about five minutes."
)
SURVEY_INTRO = (
    "Which problems should your neighbourhood team tackle first? Choose up to three. "
    "Teams use the answers, with what people say at ward meetings, to set their priorities."
)

DEMO_CONCERNS = [
    {
        "asb": "vehicle-nuisance-or-inappropriate-use",
        "description": "Motorbikes race along the path by the canal most evenings, often without lights.",
        "location": "Canal towpath near the lock",
        "when": "Most evenings after 9pm",
        "name": "Alex Demo",
        "email": "alex.demo@example.org",
        "status": Status.ACKNOWLEDGED,
        "days": 12,
    },
    {
        "asb": "littering-or-drugs-paraphernalia",
        "description": "Needles and small bags left in the stairwell of our block every weekend.",
        "location": "Stairwell B, a housing estate",
        "when": "Weekends",
        "name": "",
        "email": "",
        "status": Status.PASSED_TO_WARD,
        "days": 9,
    },
    {
        "crime": "phone-snatching",
        "description": "Two phone snatches from people walking out of the station this month, by riders on e-bikes.",
        "location": "Outside the overground station",
        "when": "Late afternoon",
        "name": "Sam Example",
        "email": "sam.example@example.org",
        "status": Status.NEW,
        "days": 3,
    },
    {
        "asb": "noise",
        "description": "Loud music from a car parked outside the shops until 2am.",
        "location": "High street, by the shops",
        "when": "Friday and Saturday nights",
        "name": "",
        "email": "",
        "status": Status.CLOSED,
        "days": 40,
    },
    {
        "other": True,
        "description": "A street light has been out for weeks and the alley feels unsafe.",
        "location": "The alley behind the library",
        "when": "After dark",
        "name": "Jo Sample",
        "email": "jo.sample@example.org",
        "status": Status.NEW,
        "days": 1,
    },
]

# (slugs chosen, how many residents) for Hackney's survey: the first four clear the public minimum.
DEMO_SURVEY = [
    (["vehicle-nuisance-or-inappropriate-use", "phone-snatching", "drugs"], 9),
    (["phone-snatching", "rowdy-or-inconsiderate-behaviour"], 6),
    (["drugs", "littering-or-drugs-paraphernalia", "noise"], 5),
    (["burglary"], 2),
    (["fireworks"], 1),
]


def load_concern_pages(home, log: DemoLog) -> None:
    index = BoroughIndexPage.objects.child_of(home).first()
    if index is None:
        return
    forms = surveys = 0
    boroughs = list(BoroughPage.objects.child_of(index).order_by("title"))
    for borough in boroughs:
        _page, created = child_page(
            borough,
            ConcernFormPage,
            "tell-us",
            title="Tell us what worries you",
            introduction=FORM_INTRO,
            listing_summary="Tell your neighbourhood team about a problem in your area.",
        )
        forms += created
        _page, created = child_page(
            borough,
            SurveyPage,
            "priority-survey",
            title="Priority survey",
            introduction=SURVEY_INTRO,
            publish_results=borough.code == "HAC",
            results_introduction=(
                "This is what residents chose most often. The team reviews its priorities every quarter with these results."
            ),
            listing_summary="Choose what your neighbourhood team should tackle first.",
        )
        surveys += created
    log.step("Concern forms", forms, len(boroughs))
    log.step("Priority surveys", surveys, len(boroughs))
    hackney = next((b for b in boroughs if b.code == "HAC"), None)
    if hackney is not None:
        _load_hackney(hackney, log)


def _taxonomy(locale):
    asb = {c.slug: c for c in AsbCategory.objects.filter(locale=locale)}
    crime = {c.slug: c for c in CrimeType.objects.filter(locale=locale)}
    return asb, crime


def _load_hackney(hackney: BoroughPage, log: DemoLog) -> None:
    form = ConcernFormPage.objects.child_of(hackney).first()
    survey = SurveyPage.objects.child_of(hackney).first()
    asb, crime = _taxonomy(hackney.locale)
    wards = list(WardPage.objects.child_of(hackney).order_by("title"))
    now = timezone.now()
    created = 0
    for i, data in enumerate(DEMO_CONCERNS):
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
                text="Demo note: shared with the ward team at the weekly briefing.",
                old_status=Status.NEW,
                new_status=data["status"],
            )
        created += 1
    log.step("Hackney demo concerns", created, len(DEMO_CONCERNS))

    created = total = 0
    for group, (slugs, people) in enumerate(DEMO_SURVEY):
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
