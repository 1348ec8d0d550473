"""Demo content for the places: the 12 BCUs, the "Your area" index and all 32 boroughs, then each
borough's neighbourhood team, Hackney's and Lambeth's wards, local priorities and updates."""

from datetime import date

from django.utils.text import slugify
from wagtail.models import Locale

from advice.models import AsbCategory, CrimeType
from boroughs.models import (
    Bcu,
    BoroughIndexPage,
    BoroughPage,
    BoroughTeamMember,
    FrontCounter,
    PriorityAction,
    PriorityIndexPage,
    PriorityPage,
    TeamMember,
    UpdateIndexPage,
    UpdatePage,
    WardPage,
)

from .base import DemoLog, child_page
from .base import data as demo_data


def load_bcus(locale: Locale, log: DemoLog) -> dict[str, Bcu]:
    bcus, created = {}, 0
    for data in demo_data("boroughs")["bcus"]:
        bcu, was_created = Bcu.objects.get_or_create(
            code=data["code"], locale=locale, defaults={"name": data["name"], "description": data["description"]}
        )
        bcus[bcu.code] = bcu
        created += was_created
    log.step("Basic Command Units", created, len(bcus))
    return bcus


def load_boroughs(home, log: DemoLog) -> BoroughIndexPage:
    boroughs = demo_data("boroughs")["boroughs"]
    bcus = load_bcus(home.locale, log)
    index, created = child_page(
        home,
        BoroughIndexPage,
        "your-area",
        title="Your area",
        show_in_menus=True,
        introduction="Choose your borough to meet its neighbourhood police teams, see their local priorities and what they have done, and find meetings near you.",
        listing_summary="All 32 London boroughs and the teams that police them.",
    )
    log.step("Borough index", int(created), 1)
    created = 0
    for data in boroughs:
        _page, was_created = child_page(
            index,
            BoroughPage,
            data["slug"],
            title=data["name"],
            bcu=bcus[data["bcu"]],
            code=data["code"],
            introduction=data["introduction"],
            phone=data["phone"],
            email=data["email"],
            listing_summary=data["introduction"].split(". ")[0].rstrip(".") + ".",
            front_counters=[
                FrontCounter(name=c["name"], address=c["address"], opening_hours=c["opening_hours"], sort_order=i)
                for i, c in enumerate(data["front_counters"])
            ],
        )
        created += was_created
        log.write(f"    {data['name']}{' (new)' if was_created else ''}")
    log.step("Boroughs", created, len(boroughs))
    return index


# ---------------------------------------------------------------------------------------------
# Neighbourhood teams, "You said, we did" and borough updates
# ---------------------------------------------------------------------------------------------


def _team(model, members: list[dict]) -> list:
    return [model(rank=m["rank"], name=m["name"], role=m["role"], sort_order=i) for i, m in enumerate(members)]


def load_teams(index: BoroughIndexPage, log: DemoLog) -> None:
    """Every borough's neighbourhood team, and the wards of Hackney and Lambeth with their teams.
    A borough that has a team already (an editor may have changed it) is left alone."""
    content = demo_data("boroughs")
    created = 0
    for borough in BoroughPage.objects.child_of(index).order_by("path"):
        members = content["borough_teams"].get(borough.slug)
        if not members or borough.team_members.exists():
            continue
        borough.team_members = _team(BoroughTeamMember, members)
        borough.save_revision().publish()
        created += 1
    log.step("Borough neighbourhood teams", created, len(content["borough_teams"]))
    created = total = 0
    for borough_slug, wards in content["wards"].items():
        borough = BoroughPage.objects.child_of(index).filter(slug=borough_slug).first()
        if borough is None:
            continue
        for data in wards:
            _page, was_created = child_page(
                borough,
                WardPage,
                data["slug"],
                title=data["name"],
                introduction=data["introduction"],
                listing_summary=data["introduction"].split(". ")[0].rstrip(".") + ".",
                contact_email=data["contact_email"],
                contact_phone=data["contact_phone"],
                surgeries=data["surgeries"],
                team_members=_team(TeamMember, data["team"]),
            )
            created += was_created
            total += 1
    log.step("Wards with Dedicated Ward Officers", created, total)


def _taxonomy(locale) -> tuple[dict, dict]:
    return (
        {c.slug: c for c in AsbCategory.objects.filter(locale=locale)},
        {c.slug: c for c in CrimeType.objects.filter(locale=locale)},
    )


def load_priorities(index: BoroughIndexPage, log: DemoLog) -> None:
    """A "You said, we did" page for every borough, with Hackney's and Lambeth's priorities from
    their 2025 Community Crime-Fighting events and one survey priority for a few others."""
    asb, crime = _taxonomy(index.locale)
    content = demo_data("priorities")
    created_indexes = created = total = 0
    for borough in BoroughPage.objects.child_of(index).order_by("path"):
        you_said, was_created = child_page(
            borough,
            PriorityIndexPage,
            "you-said-we-did",
            title="You said, we did",
            introduction=f"The local priorities residents of {borough.title} have set, through the priority survey, public meetings and ward panels, and every action we have taken on them.",
            listing_summary=f"What residents of {borough.title} asked for, and what the police did.",
        )
        created_indexes += was_created
        items = list(content["priorities"].get(borough.slug, []))
        if borough.slug in content["generic_priorities"]:
            title, crime_slugs, asb_slugs = content["generic_priorities"][borough.slug]
            items.append(
                {
                    "slug": slugify(title),
                    "title": title,
                    "summary": f"In the local priority survey, residents of {borough.title} put this at the top of their list.",
                    "date_set": content["generic_date_set"],
                    "source": "priority_survey",
                    "status": "open",
                    "asb": asb_slugs,
                    "crime": crime_slugs,
                    "actions": [content["generic_action"]],
                }
            )
        for data in items:
            ward = None
            if data.get("ward"):
                ward = WardPage.objects.child_of(borough).filter(slug=data["ward"]).first()
            _page, was_created = child_page(
                you_said,
                PriorityPage,
                data["slug"],
                title=data["title"],
                summary=data["summary"],
                listing_summary=data["summary"],
                date_set=date.fromisoformat(data["date_set"]),
                source=data["source"],
                ward=ward,
                status=data["status"],
                outcome=data.get("outcome", ""),
                asb_categories=[asb[slug] for slug in data["asb"] if slug in asb],
                crime_types=[crime[slug] for slug in data["crime"] if slug in crime],
                actions=[
                    PriorityAction(date=date.fromisoformat(day), text=text, sort_order=i)
                    for i, (day, text) in enumerate(data["actions"])
                ],
            )
            created += was_created
            total += 1
    log.step("“You said, we did” pages", created_indexes, len(demo_data("boroughs")["boroughs"]))
    log.step("Local priorities", created, total)


def _update_body(data: dict, you_said: PriorityIndexPage | None) -> list[dict]:
    body = [
        {"type": "text", "value": data["intro"]},
        {"type": "heading", "value": {"text": "What you told us", "level": "h2"}},
        {"type": "text", "value": data["heard"]},
        {"type": "heading", "value": {"text": "What we are doing", "level": "h2"}},
        {"type": "text", "value": data["doing"]},
    ]
    if data.get("statistics"):
        body.append(
            {
                "type": "statistics",
                "value": {
                    "heading": data["statistics_heading"],
                    "statistics": [
                        {
                            "figure": figure,
                            "measure": measure,
                            "period": data["period"],
                            "comparison": comparison,
                            "source": data["source"],
                            "source_url": "",
                            "borough": None,
                        }
                        for figure, measure, comparison in data["statistics"]
                    ],
                },
            }
        )
    if data.get("closing"):
        body.append({"type": "text", "value": data["closing"]})
    if you_said is not None:
        body.append(
            {
                "type": "call_to_action",
                "value": {"text": "See every priority and what we did", "page": you_said.pk, "external_url": ""},
            }
        )
    return body


def load_updates(index: BoroughIndexPage, log: DemoLog) -> None:
    """A "News and updates" page for every borough; Hackney's and Lambeth's first updates."""
    created_indexes = created = total = 0
    stories = demo_data("priorities")["updates"]
    for borough in BoroughPage.objects.child_of(index).order_by("path"):
        news, was_created = child_page(
            borough,
            UpdateIndexPage,
            "news-and-updates",
            title="News and updates",
            introduction=f"News from the neighbourhood teams in {borough.title}: what you told us, what we are doing, and how it is going.",
            listing_summary=f"News for residents from the police in {borough.title}.",
        )
        created_indexes += was_created
        data = stories.get(borough.slug)
        if data is None:
            continue
        you_said = PriorityIndexPage.objects.child_of(borough).first()
        _page, was_created = child_page(
            news,
            UpdatePage,
            data["slug"],
            title=data["title"],
            date=date.fromisoformat(data["date"]),
            summary=data["summary"],
            listing_summary=data["summary"],
            body=_update_body(data, you_said),
        )
        created += was_created
        total += 1
    log.step("News and updates pages", created_indexes, len(demo_data("boroughs")["boroughs"]))
    log.step("Borough updates", created, total)


def load_neighbourhoods(home, log: DemoLog) -> None:
    """Everything this module adds under the boroughs: teams, wards, priorities and updates."""
    index = BoroughIndexPage.objects.child_of(home).get(slug="your-area")
    load_teams(index, log)
    load_priorities(index, log)
    load_updates(index, log)
