"""Demo content for the advice section: the taxonomy, advice topics, the advice index with every
advice page, the anti-social behaviour page, and featured advice on two boroughs.

Idempotent: it creates what is missing and leaves what exists (and editors' changes) alone."""

import datetime

from django.db import transaction
from django.utils import timezone
from wagtail.models import Page

from advice.blocks import AdviceStreamBlock
from advice.models import AdviceIndexPage, AdvicePage, AdviceTopic, AsbCategory, AsbPage, CrimeType

from .base import DemoLog, child_page
from .base import data as demo_data


def load_taxonomy(home: Page, log: DemoLog) -> None:
    """Crime types, the 13 ASB categories and the advice topics, in the home page's locale."""
    content = demo_data("advice")
    locale = home.locale
    created = 0
    for order, data in enumerate(content["crime_types"]):
        _, was_created = CrimeType.objects.get_or_create(
            slug=data["slug"],
            locale=locale,
            defaults={"name": data["name"], "description": data["description"], "sort_order": order},
        )
        created += was_created
    log.step("Crime types", created, len(content["crime_types"]))
    created = 0
    for order, data in enumerate(content["asb_categories"]):
        _, was_created = AsbCategory.objects.get_or_create(
            slug=data["slug"],
            locale=locale,
            defaults={
                "name": data["name"],
                "qualifier": data["qualifier"],
                "description": data["description"],
                "examples": "\n".join(data["examples"]),
                "who_deals": data["who_deals"],
                "other_body_name": data["other_body_name"],
                "other_body_url": data["other_body_url"],
                "how_to_report": data["how_to_report"],
                "when_urgent": data["when_urgent"],
                "sort_order": order,
            },
        )
        created += was_created
    log.step("ASB categories", created, len(content["asb_categories"]))
    created = 0
    for order, data in enumerate(content["advice_topics"]):
        _, was_created = AdviceTopic.objects.get_or_create(
            slug=data["slug"],
            locale=locale,
            defaults={"name": data["title"], "summary": data["summary"], "sort_order": order},
        )
        created += was_created
    log.step("Advice topics", created, len(content["advice_topics"]))


def advice_body(body: list[list]):
    """Turn demo [block_type, value] pairs into a validated, sanitised stream value: demo
    content goes through the same clean() as an editor's."""
    block = AdviceStreamBlock()
    raw = [{"type": block_type, "value": value} for block_type, value in body]
    return block.clean(block.to_python(raw))


def _review_date(order: int) -> datetime.date:
    # Spread review dates over the coming year; the first two fall due within the month, so
    # the "Advice due for review" report and dashboard panel have something to show.
    days = 14 + order * 7 if order < 2 else 90 + order * 15
    return timezone.localdate() + datetime.timedelta(days=days)


def load_advice(home: Page, log: DemoLog) -> AdviceIndexPage:
    """The advice index, every advice page and the ASB page. Run load_taxonomy first."""
    content = demo_data("advice")
    locale = home.locale
    topics = {t.slug: t for t in AdviceTopic.objects.filter(locale=locale)}
    categories = {c.slug: c for c in AsbCategory.objects.filter(locale=locale)}
    crime_types = {c.slug: c for c in CrimeType.objects.filter(locale=locale)}

    index, created = child_page(
        home,
        AdviceIndexPage,
        "advice",
        title="Advice",
        show_in_menus=True,
        introduction=(
            "Practical ways to protect yourself, your home and your belongings, and what to do if "
            "something happens. Choose a topic."
        ),
        listing_summary="Crime-prevention advice from London's neighbourhood police teams.",
    )
    log.step("Advice index", int(created), 1)

    created = 0
    for order, data in enumerate(content["advice_pages"]):
        _page, was_created = child_page(
            index,
            AdvicePage,
            data["slug"],
            title=data["title"],
            summary=data["summary"],
            listing_summary=data["summary"] if len(data["summary"]) <= 255 else "",
            topic=topics[data["topic"]],
            body=advice_body(data["body"]),
            review_date=_review_date(order),
            asb_categories=[categories[slug] for slug in data["asb_categories"]],
            crime_types=[crime_types[slug] for slug in data["crime_types"]],
        )
        created += was_created
    log.step("Advice pages", created, len(content["advice_pages"]))

    _asb, created = child_page(
        home,
        AsbPage,
        "anti-social-behaviour",
        title="Anti-social behaviour",
        show_in_menus=True,
        introduction=(
            "Anti-social behaviour is behaviour that causes harassment, alarm or distress. The "
            "police group it into 13 types. Find yours to see who deals with it, how to report "
            "it and when to call 999."
        ),
        listing_summary="The 13 types of anti-social behaviour, who deals with each and how to report it.",
    )
    log.step("Anti-social behaviour page", int(created), 1)
    return index


def load_featured_advice(home: Page, log: DemoLog) -> None:
    """Feature advice on Hackney and Lambeth, if their teams have not chosen any yet. Goes
    through the borough page's `featured_advice` relation (demo/data/advice.json: "featured")."""
    featured = demo_data("advice")["featured"]
    advice = {p.slug: p for p in AdvicePage.objects.live().descendant_of(home)}
    created = 0
    for slug, advice_slugs in featured.items():
        borough = Page.objects.descendant_of(home).filter(slug=slug).first()
        borough = borough.specific if borough else None
        if borough is None or not hasattr(borough, "featured_advice") or borough.featured_advice.exists():
            continue
        relation = borough.featured_advice
        with transaction.atomic():
            for order, advice_slug in enumerate(advice_slugs):
                relation.add(relation.model(page=advice[advice_slug], sort_order=order))
            borough.save_revision().publish()
        created += 1
    log.step("Boroughs with featured advice", created, len(featured))
