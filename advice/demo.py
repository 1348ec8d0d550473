"""Demo content for the shared taxonomy: crime types and the 13 ASB categories."""

from wagtail.models import Locale

from cms.core.demo import DemoLog

from . import demo_content
from .models import AsbCategory, CrimeType


def load_taxonomy(locale: Locale, log: DemoLog) -> None:
    created = 0
    for order, data in enumerate(demo_content.CRIME_TYPES):
        _, was_created = CrimeType.objects.get_or_create(
            slug=data["slug"],
            locale=locale,
            defaults={"name": data["name"], "description": data["description"], "sort_order": order},
        )
        created += was_created
    log.step("Crime types", created, len(demo_content.CRIME_TYPES))
    created = 0
    for order, data in enumerate(demo_content.ASB_CATEGORIES):
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
    log.step("ASB categories", created, len(demo_content.ASB_CATEGORIES))
