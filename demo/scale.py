"""The scale data set for benchmarks (`manage.py make_scale_data`): the demo, then about 30,000 pages.

On top of the demo (`load_demo`, run first), every one of the 32 boroughs gets all its wards (about
20, each with its team), four years of local priorities with their actions and outcomes, past
meetings with write-ups, questions and actions, and news updates; the advice index gets more
advice pages. Every new English page gets an alias in each of the other 10 locales, as the demo's
locale synchronisation gives every demo page (demo/i18n_sync.py).

The pages are written in bulk (demo/bulk_pages.py), without signals; search and reference indexes
are rebuilt once at the end, and the content version is bumped so every page cache sees the change.
Deterministic (a seeded generator per borough) and idempotent: a page whose slug is already taken
under its parent is left alone, so a second run creates nothing.
"""

import random
import time
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from datetime import time as clock

from django.conf import settings
from django.db import connection, transaction
from wagtail.models import Locale, Page, ReferenceIndex
from wagtail.search.backends import get_search_backends

from advice.models import AdviceIndexPage, AdvicePage, AdviceTopic, AsbCategory, CrimeType
from boroughs.models import (
    BoroughIndexPage,
    BoroughPage,
    PriorityAction,
    PriorityIndexPage,
    PriorityPage,
    PriorityStatus,
    TeamMember,
    UpdateIndexPage,
    UpdatePage,
    WardPage,
)
from cms.core.cache import bump_content_version
from meetings.models import MeetingAction, MeetingHost, MeetingIndexPage, MeetingPage, MeetingQuestion
from meetings.when import LONDON

from .base import DemoLog
from .base import data as demo_data
from .bulk_pages import BulkPages, Planned

# Per borough at --scale 1 (advice: for the whole site). With the demo's own pages and the aliases
# in 10 other locales this makes about 30,000 pages.
SIZES = {"wards": 20, "priorities": 24, "meetings": 20, "updates": 10, "advice": 60}

_WORDS = demo_data("scale")
PLACES, PREFIXES = _WORDS["places"], _WORDS["prefixes"]
FIRST, LAST = _WORDS["first"], _WORDS["last"]
PROBLEMS, ACTIONS, QUESTIONS = _WORDS["problems"], _WORDS["actions"], _WORDS["questions"]


@dataclass
class Taxonomy:
    asb: dict[str, AsbCategory]
    crime: dict[str, CrimeType]
    topics: list[AdviceTopic]


def size(name: str, scale: float) -> int:
    """How many of `name` to make at this scale: never fewer than one."""
    return max(1, round(SIZES[name] * scale))


def _place(rng: random.Random) -> str:
    return f"{rng.choice(PREFIXES)} {rng.choice(PLACES)}"


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def _slug(text: str) -> str:
    from django.utils.text import slugify

    return slugify(text)[:200]


def plan_wards(bulk: BulkPages, borough: BoroughPage, count: int, rng: random.Random) -> list[WardPage]:
    wards, names = [], sorted({f"{p} {q}" for p in PREFIXES for q in PLACES})
    rng.shuffle(names)
    for number, name in enumerate(names[:count], start=1):
        page = WardPage(
            title=name,
            slug=_slug(name),
            introduction=f"{name} is a ward of {borough.title}: homes, shops and a busy high street.",
            listing_summary=f"The ward team for {name}.",
            contact_email=f"{_slug(name)}.{borough.slug}.snt@example.org",
            contact_phone=f"020 7946 {number % 1000:04d}",
            surgeries=f"{name} library, first Saturday of the month, 11am to 12 noon",
        )
        team = [
            TeamMember(rank=rank, name=_person(rng), role=role, sort_order=i)
            for i, (rank, role) in enumerate(
                [("sergeant", f"Leads the {name} ward team"), ("pc", "Dedicated Ward Officer"), ("pcso", "PCSO")]
            )
        ]
        if bulk.add(borough, page, children={"team_members": team}):
            wards.append(page)
    return wards


def plan_priorities(bulk, index, borough, wards, tax: Taxonomy, count, rng) -> list[PriorityPage]:
    today, pages = date.today(), []
    for number in range(count):
        place = _place(rng)
        title_pattern, asb_slugs, crime_slugs = PROBLEMS[number % len(PROBLEMS)]
        title = title_pattern.format(place=place)
        set_on = today - timedelta(days=(count - number) * 1460 // count)
        closed = set_on < today - timedelta(days=365)
        summary = f"Residents of {borough.title} asked us to deal with {title[0].lower()}{title[1:]}."
        page = PriorityPage(
            title=title,
            slug=f"{_slug(title)}-{number + 1}",
            summary=summary,
            listing_summary=summary,
            date_set=set_on,
            source=rng.choice(["priority_survey", "public_meeting", "ward_panel"]),
            ward=rng.choice(wards) if wards else None,
            status=PriorityStatus.RESOLVED if closed else rng.choice([PriorityStatus.OPEN, PriorityStatus.IN_PROGRESS]),
            outcome=f"Reports about {place} fell by {rng.randint(20, 60)} % within a year." if closed else "",
        )
        actions = [
            PriorityAction(
                date=set_on + timedelta(days=30 * (i + 1)),
                text=rng.choice(ACTIONS).format(place=place, n=rng.randint(4, 30)),
                sort_order=i,
            )
            for i in range(rng.randint(2, 4))
        ]
        m2m = {
            "asb_categories": [tax.asb[s] for s in asb_slugs if s in tax.asb],
            "crime_types": [tax.crime[s] for s in crime_slugs if s in tax.crime],
        }
        if bulk.add(index, page, children={"actions": actions}, m2m=m2m):
            pages.append(page)
    return pages


def plan_meetings(bulk, index, borough, priorities, count, rng) -> None:
    today = date.today()
    for number in range(count):
        day = today - timedelta(days=(count - number) * 1460 // count + 7)
        place = _place(rng)
        start = datetime.combine(day, clock(18, 30), tzinfo=LONDON)
        page = MeetingPage(
            title=f"{place} ward panel",
            slug=f"{_slug(place)}-ward-panel-{number + 1}",
            introduction=f"The {place} ward panel: residents and the {borough.title} ward team set local priorities.",
            listing_summary=f"Ward panel in {borough.title}.",
            start=start,
            end=start + timedelta(hours=2),
            meeting_format="public_meeting",
            venue_name=f"{place} community centre",
            venue_address=f"{rng.randint(1, 200)} {place}\nLondon",
            status=MeetingPage.Status.TOOK_PLACE,
            writeup_summary=f"About {rng.randint(15, 80)} residents came. Most spoke about {place}.",
        )
        children = {
            "hosts": [MeetingHost(name=_person(rng), role="Ward sergeant", sort_order=0)],
            "questions": [
                MeetingQuestion(question=q.format(place=place), answer=a, sort_order=i)
                for i, (q, a) in enumerate(rng.sample(QUESTIONS, 2))
            ],
            "actions": [
                MeetingAction(text=f"Follow up on {place}.", priority=rng.choice(priorities) if priorities else None)
            ],
        }
        bulk.add(index, page, children=children)


def plan_updates(bulk, index, borough, count, rng) -> None:
    today = date.today()
    for number in range(count):
        day = today - timedelta(days=(count - number) * 1460 // count)
        place = _place(rng)
        title = f"{borough.title} update: {place}, {day:%B %Y}"
        body = [
            {"type": "text", "value": f"<p>An update for residents of {borough.title} on {place}.</p>"},
            {"type": "heading", "value": {"text": "What we are doing", "level": "h2"}},
            {"type": "text", "value": f"<p>{rng.choice(ACTIONS).format(place=place, n=rng.randint(4, 30))}</p>"},
        ]
        summary = f"What the {borough.title} teams did about {place} in {day:%B %Y}."
        page = UpdatePage(
            title=title,
            slug=f"{_slug(place)}-update-{number + 1}",
            date=day,
            summary=summary,
            listing_summary=summary,
            body=body,
        )
        bulk.add(index, page)


def plan_advice(bulk, index, tax: Taxonomy, count, rng) -> None:
    sources = list(AdvicePage.objects.child_of(index).filter(alias_of__isnull=True).order_by("path")[:20])
    for number in range(count):
        if not sources:
            return
        source = sources[number % len(sources)]
        area = rng.choice(PREFIXES)
        title = f"{source.title} ({area} London)"
        page = AdvicePage(
            title=title,
            slug=_slug(title),
            summary=source.summary,
            listing_summary=source.listing_summary,
            topic_id=source.topic_id,
            body=source.body,
            review_date=date.today() + timedelta(days=30 + number * 5),
        )
        m2m = {"asb_categories": list(source.asb_categories.all()), "crime_types": list(source.crime_types.all())}
        bulk.add(index, page, m2m=m2m)


def _child(parent: Page, model, slug: str):
    return model.objects.child_of(parent).filter(slug=slug).first()


def plan_english(home: Page, scale: float, log: DemoLog) -> BulkPages:
    bulk = BulkPages()
    english = home.locale
    tax = Taxonomy(
        {c.slug: c for c in AsbCategory.objects.filter(locale=english)},
        {c.slug: c for c in CrimeType.objects.filter(locale=english)},
        list(AdviceTopic.objects.filter(locale=english)),
    )
    your_area = BoroughIndexPage.objects.child_of(home).get(slug="your-area")
    for borough in BoroughPage.objects.child_of(your_area).order_by("path"):

        def rng(kind: str, borough=borough) -> random.Random:
            # One generator per borough and kind: what one kind plans never shifts another's names.
            return random.Random(f"engage-scale-{borough.slug}-{kind}")  # noqa: S311 (benchmark data, no secret)

        existing_wards = list(WardPage.objects.child_of(borough))
        missing = max(0, size("wards", scale) - len(existing_wards))
        wards = existing_wards + plan_wards(bulk, borough, missing, rng("wards"))
        you_said = _child(borough, PriorityIndexPage, "you-said-we-did")
        priorities = []
        if you_said is not None:
            priorities = plan_priorities(
                bulk, you_said, borough, wards, tax, size("priorities", scale), rng("priorities")
            )
        meetings = _child(borough, MeetingIndexPage, "meetings")
        if meetings is not None:
            plan_meetings(bulk, meetings, borough, priorities, size("meetings", scale), rng("meetings"))
        news = _child(borough, UpdateIndexPage, "news-and-updates")
        if news is not None:
            plan_updates(bulk, news, borough, size("updates", scale), rng("updates"))
    advice = _child(home, AdviceIndexPage, "advice")
    if advice is not None:
        plan_advice(bulk, advice, tax, size("advice", scale), random.Random("engage-scale-advice"))  # noqa: S311
    return bulk


def reindex(pages: list[Planned], log: DemoLog) -> None:
    """Index the new pages for search (one bulk call per page type and batch) and record their
    references (what the reference index would have recorded on save)."""
    by_model: dict[type, list[int]] = {}
    for item in pages:
        by_model.setdefault(type(item.page), []).append(item.page.pk)
    backends = list(get_search_backends())
    for model, ids in by_model.items():
        for start in range(0, len(ids), 500):
            objs = list(model.get_indexed_objects().filter(pk__in=ids[start : start + 500]))
            for backend in backends:
                backend.add_bulk(model, objs)
    log.write(f"  Search index: {len(pages):,} pages added")
    for model, ids in by_model.items():
        for start in range(0, len(ids), 500):
            for obj in model.objects.filter(pk__in=ids[start : start + 500]):
                ReferenceIndex.create_or_update_for_object(obj)
    log.write(f"  Reference index: {len(pages):,} pages recorded")


def build_scale(home: Page, scale: float, log: DemoLog) -> Counter:
    """Add the scale content under the demo at `home` (the English home page); return the number of
    pages created per type and locale."""
    started = time.monotonic()
    others = list(Locale.objects.exclude(language_code=settings.LANGUAGE_CODE).values_list("pk", flat=True))
    with transaction.atomic():
        bulk = plan_english(home, scale, log)
        log.write(f"  Planned {len(bulk.planned):,} English pages ({time.monotonic() - started:.1f} s)")
        english = bulk.flush(log.write)
        aliases = bulk.plan_aliases(english, others)
        log.write(f"  Planned {aliases:,} aliases in {len(others)} locales ({time.monotonic() - started:.1f} s)")
        translated = bulk.flush(log.write)
        created = english + translated
        log.write(f"  Wrote {len(created):,} pages ({time.monotonic() - started:.1f} s)")
        reindex(created, log)
        transaction.on_commit(bump_content_version)
    if connection.vendor == "postgresql":
        # Statistics for the planner now, not when autovacuum gets round to it: a bulk-loaded
        # database (and a `createdb -T` copy of it) has none, and searches plan badly without.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
        log.write("  PostgreSQL statistics: ANALYZE done")
    log.created += len(created)
    return Counter((type(item.page).__name__, item.page.locale_id) for item in created)
