"""What a published page is about (kind, borough, ward, topics) and who should hear of it.

Topic keys: "news", "priorities", "meetings", "advice", plus "asb:<translation_key>" and
"crime:<translation_key>" for the 13 ASB categories and the crime types. Areas are borough and
ward translation keys, so a subscriber chooses a place once and it matches in every locale.

Matching rule (one query, indexed):
- status confirmed; topics intersect the page's topics;
- a borough page's content: an area on that borough as a whole, or on the page's ward (a page
  for the whole borough reaches every ward subscriber in it);
- advice (force-wide): every area.
"""

from dataclasses import dataclass, field

from django.db.models import Exists, OuterRef, Q
from wagtail.models import Page

from advice.models import AdvicePage, AsbCategory, CrimeType
from boroughs.models import BoroughPage, PriorityPage, UpdatePage, WardPage
from meetings.models import MeetingPage

from .models import Alert, Frequency, Subscriber, SubscriberArea, SubscriberTopic

GENERAL_TOPICS = (Alert.Kind.NEWS, Alert.Kind.PRIORITY, Alert.Kind.MEETING, Alert.Kind.ADVICE)
ALERT_PAGE_TYPES = (UpdatePage, PriorityPage, MeetingPage, AdvicePage)


@dataclass
class Target:
    kind: str
    borough: BoroughPage | None = None
    ward_key: object = None
    topics: list[str] = field(default_factory=list)
    summary: str = ""


def tag_keys(asb_categories, crime_types) -> list[str]:
    return [f"asb:{c.translation_key}" for c in asb_categories] + [f"crime:{c.translation_key}" for c in crime_types]


def borough_of(page: Page) -> BoroughPage | None:
    return BoroughPage.objects.ancestor_of(page).first()


def target_for(page) -> Target | None:
    """The alert target of a specific page, or None when this kind of page alerts nobody."""
    if isinstance(page, UpdatePage):
        target = Target(Alert.Kind.NEWS, borough_of(page), summary=page.get_summary())
    elif isinstance(page, PriorityPage):
        target = Target(Alert.Kind.PRIORITY, borough_of(page), summary=page.outcome or page.summary)
        if page.ward_id:
            target.ward_key = WardPage.objects.filter(pk=page.ward_id).values_list("translation_key", flat=True).first()
        target.topics = tag_keys(page.asb_categories.all(), page.crime_types.all())
    elif isinstance(page, MeetingPage):
        summary = page.writeup_summary or page.cancellation_reason or page.introduction
        target = Target(Alert.Kind.MEETING, borough_of(page), summary=summary)
    elif isinstance(page, AdvicePage):
        target = Target(Alert.Kind.ADVICE, None, summary=page.get_summary())
        target.topics = tag_keys(page.asb_categories.all(), page.crime_types.all())
    else:
        return None
    target.topics = [target.kind, *target.topics]
    if target.kind != Alert.Kind.ADVICE and target.borough is None:
        return None  # a borough page type outside any borough: nobody to tell
    return target


def subscribers_for(borough_key, ward_key, topics, *, frequency: str | None = Frequency.IMMEDIATE):
    """Confirmed subscribers matching an area and topics (a lazy queryset, never a list)."""
    queryset = Subscriber.objects.filter(status=Subscriber.Status.CONFIRMED)
    if frequency:
        queryset = queryset.filter(frequency=frequency)
    if topics:
        queryset = queryset.filter(
            Exists(SubscriberTopic.objects.filter(subscriber=OuterRef("pk"), key__in=list(topics)))
        )
    if borough_key is not None:
        areas = SubscriberArea.objects.filter(subscriber=OuterRef("pk"), borough_key=borough_key)
        if ward_key is not None:
            areas = areas.filter(Q(ward_key__isnull=True) | Q(ward_key=ward_key))
        queryset = queryset.filter(Exists(areas))
    return queryset


def subscribers_for_alert(alert: Alert, *, frequency: str | None = Frequency.IMMEDIATE):
    topics = alert.topic_keys if alert.kind != Alert.Kind.MESSAGE else []
    return subscribers_for(alert.borough_key, alert.ward_key, topics, frequency=frequency)


def count_for_page(page) -> int:
    target = target_for(page.specific)
    if target is None:
        return 0
    borough_key = target.borough.translation_key if target.borough else None
    return subscribers_for(borough_key, target.ward_key, target.topics, frequency=None).count()


def topic_choices(locale) -> list[tuple[str, list[tuple[str, str]]]]:
    """Grouped (key, label) choices for the sign-up form, names in the reader's locale when
    translated (falling back to the default locale's)."""
    general = [(str(kind.value), str(kind.label)) for kind in GENERAL_TOPICS]

    def names(model):
        rows = {}
        items = model.objects.filter(locale__language_code__in={locale.language_code, "en"}).select_related("locale")
        for item in items.order_by("sort_order", "name"):
            if item.locale.language_code == locale.language_code or item.translation_key not in rows:
                rows[item.translation_key] = item.name
        return rows

    asb = [(f"asb:{key}", name) for key, name in names(AsbCategory).items()]
    crime = [(f"crime:{key}", name) for key, name in names(CrimeType).items()]
    return [("general", general), ("asb", asb), ("crime", crime)]


def valid_topic_keys() -> set[str]:
    keys = {str(kind.value) for kind in GENERAL_TOPICS}
    keys |= {f"asb:{k}" for k in AsbCategory.objects.values_list("translation_key", flat=True)}
    keys |= {f"crime:{k}" for k in CrimeType.objects.values_list("translation_key", flat=True)}
    return keys


_KINDS = {
    UpdatePage: Alert.Kind.NEWS,
    PriorityPage: Alert.Kind.PRIORITY,
    MeetingPage: Alert.Kind.MEETING,
    AdvicePage: Alert.Kind.ADVICE,
}


def count_for_new(page_class, parent) -> int:
    """Subscribers a new page of this type under `parent` would reach before it is tagged."""
    kind = next((kind for cls, kind in _KINDS.items() if page_class and issubclass(page_class, cls)), None)
    if kind is None or parent is None:
        return 0
    if kind == Alert.Kind.ADVICE:
        return subscribers_for(None, None, [kind], frequency=None).count()
    borough = BoroughPage.objects.ancestor_of(parent, inclusive=True).first()
    if borough is None:
        return 0
    return subscribers_for(borough.translation_key, None, [kind], frequency=None).count()
