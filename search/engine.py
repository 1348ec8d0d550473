"""Searching live public pages in the reader's language, with English where there is no translation.

One query to the search index gives at most MAX_HITS matching pages (reader's locale and English);
translations of the same page are folded into one hit (by `translation_key`), shown in the reader's
language where a live translation exists. Filters (borough, type) and their counts are worked out on
that list, so a count always equals what the filter then shows.
"""

import html
import re
import unicodedata
from dataclasses import dataclass, field
from typing import NamedTuple

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from cms.core.models.queryset import private_paths
from places.lookup import locale_codes, memoised

MAX_QUERY = 200
MAX_HITS = 1000
PER_PAGE = 10
SNIPPET = 220


class Row(NamedTuple):
    """What a hit needs before it is shown (folding, type, borough), read as plain values: up to
    MAX_HITS of them per search, so no model instances. The ten shown are fetched in full by the view."""

    id: int
    path: str
    translation_key: object
    locale_id: int
    content_type_id: int
    alias_of_id: int | None

    @property
    def pk(self) -> int:
        return self.id


class Borough(NamedTuple):
    slug: str
    title: str


# Filter key → (label, page models). Order is the order shown.
TYPES = {
    "advice": (_("Advice"), ["advice.AdvicePage", "advice.AdviceIndexPage"]),
    "priorities": (_("Local priorities"), ["boroughs.PriorityPage"]),
    "meetings": (_("Meetings"), ["meetings.MeetingPage"]),
    "updates": (_("Updates"), ["boroughs.UpdatePage"]),
    "strategy": (_("Strategy"), ["strategy.StrategyPage", "strategy.StrategyIndexPage"]),
    "asb": (_("Anti-social behaviour"), ["advice.AsbPage"]),
}


def clean_query(text: str) -> str:
    """NFKC, no control characters (NUL…), single spaces, at most MAX_QUERY characters."""
    text = unicodedata.normalize("NFKC", (text or "")[: MAX_QUERY * 4])
    text = "".join(ch if ch.isprintable() else " " for ch in text)
    return " ".join(text.split())[:MAX_QUERY].strip()


def _type_by_content_type() -> dict[int, str]:
    mapping = {}
    for key, (_label, models) in TYPES.items():
        for label in models:
            app_label, model = label.lower().split(".")
            try:
                mapping[ContentType.objects.get_by_natural_key(app_label, model).pk] = key  # cached by Django
            except ContentType.DoesNotExist:
                continue
    return mapping


@dataclass
class Hit:
    page: Page | Row  # the page to link to (reader's language where translated)
    in_fallback: bool  # content shown in English to a reader of another language
    type_key: str | None = None
    borough: Borough | None = None
    snippet: str = ""


@dataclass
class Outcome:
    query: str
    hits: list = field(default_factory=list)
    promoted: list = field(default_factory=list)
    type_counts: list = field(default_factory=list)
    borough_counts: list = field(default_factory=list)
    total: int = 0


def search(text: str, language: str, borough: str = "", type_key: str = "") -> Outcome:
    query = clean_query(text)
    outcome = Outcome(query=query)
    if not query:
        return outcome
    locales = {code: pk for pk, code in locale_codes().items() if code in (language, settings.LANGUAGE_CODE)}
    reader_locale = locales.get(language)
    # Filters on the pages themselves, not `id IN (pages allowed)`: PostgreSQL then knows how few
    # pages qualify and joins them to the index entries found through the GIN index (an id list
    # made it read every page, or test every entry of every page in the locale, for common words).
    allowed = public(Page.objects.live()).filter(locale_id__in=locales.values()).exclude(id__in=_expired_ids())
    try:
        found = _rows(allowed.search(query, operator="and")[:MAX_HITS])
    except Exception:
        found = []
    hits = _fold(found, reader_locale)
    promoted = _promoted(query, reader_locale)
    promoted_keys = {h.page.translation_key for h in promoted}
    hits = [h for h in hits if h.page.translation_key not in promoted_keys]
    _classify(hits)
    boroughs = {h.borough.slug: h.borough for h in hits if h.borough is not None}
    by_borough = [h for h in hits if not borough or (h.borough is not None and h.borough.slug == borough)]
    by_type = [h for h in hits if not type_key or h.type_key == type_key]
    outcome.type_counts = [
        {
            "key": key,
            "label": label,
            "count": sum(1 for h in by_borough if h.type_key == key),
            "selected": key == type_key,
        }
        for key, (label, _models) in TYPES.items()
    ]
    outcome.borough_counts = sorted(
        (
            {
                "slug": slug,
                "title": b.title,
                "count": sum(1 for h in by_type if h.borough is not None and h.borough.slug == slug),
                "selected": slug == borough,
            }
            for slug, b in boroughs.items()
        ),
        key=lambda item: item["title"],
    )
    outcome.hits = [h for h in by_borough if not type_key or h.type_key == type_key]
    outcome.promoted = promoted
    outcome.total = len(outcome.hits)
    return outcome


def public(queryset):
    """`queryset.public()` without its query per call: the paths of the sections with a view
    restriction are cached until content changes (cms/core/models/queryset.py), and no condition
    at all when nothing is restricted."""
    paths = private_paths()
    private = Q()
    for path in paths:
        private |= Q(path__startswith=path)
    return queryset.exclude(private) if paths else queryset


def _rows(results) -> list:
    """The ranked hits as `Row`s: the search's own query (its ranking, its order) with only the
    columns a Row holds selected. A backend whose results are not a database query gives pages."""
    get_queryset = getattr(results, "get_queryset", None)
    if get_queryset is None:
        return list(results)
    return [Row(*values) for values in get_queryset().values_list(*Row._fields)]


def _expired_ids():
    """The ids of pages past their expiry time. The search index can filter only on indexed
    fields (`expire_at` is not one), so expired pages are excluded by id."""
    from django.utils import timezone

    return Page.objects.filter(expire_at__lte=timezone.now()).values("id")


def _fold(found: list, reader_locale: int | None) -> list[Hit]:
    """One hit per translation_key, in rank order, linking to the reader's live translation."""
    order: list[str] = []
    best: dict = {}
    for page in found:
        key = page.translation_key
        if key not in best:
            order.append(key)
            best[key] = page
        elif page.locale_id == reader_locale and best[key].locale_id != reader_locale:
            best[key] = page
    missing = [key for key in order if best[key].locale_id != reader_locale]
    if reader_locale is not None and missing:
        translations = public(Page.objects.live()).filter(translation_key__in=missing, locale_id=reader_locale)
        for values in translations.values_list(*Row._fields):
            page = Row(*values)
            best[page.translation_key] = page
    source_locale = next((pk for pk, code in locale_codes().items() if code == settings.LANGUAGE_CODE), None)
    hits = []
    for key in order:
        page = best[key]
        in_fallback = reader_locale != source_locale and (
            page.locale_id != reader_locale or page.alias_of_id is not None
        )
        hits.append(Hit(page=page, in_fallback=in_fallback))
    return hits


def _classify(hits: list[Hit]) -> None:
    types = _type_by_content_type()
    from boroughs.models import BoroughPage

    # Every live borough page in every language, by path: kept in the process while current
    # (places.lookup.memoised), as plain values, not unpickled from the cache on every search.
    boroughs = memoised(
        "find:boroughs-by-path",
        lambda: {
            path: Borough(slug, title)
            for path, slug, title in BoroughPage.objects.live().public().values_list("path", "slug", "title")
        },
    )
    lengths = sorted({len(path) for path in boroughs})
    for hit in hits:
        hit.type_key = types.get(hit.page.content_type_id)
        for length in lengths:
            borough = boroughs.get(hit.page.path[:length])
            if borough is not None:
                hit.borough = borough
                break


def _promoted(query: str, reader_locale: int | None) -> list[Hit]:
    """Editors' promoted results for this query (read only: no query row is created or counted)."""
    from wagtail.contrib.search_promotions.models import Query
    from wagtail.search.utils import normalise_query_string

    record = Query.objects.filter(query_string=normalise_query_string(query)).first()
    if record is None:
        return []
    picks = list(record.editors_picks.select_related("page").order_by("sort_order"))
    pages = [p.page for p in picks if p.page_id and p.page.live and not p.page.get_view_restrictions().exists()]
    hits = _fold(pages, reader_locale)
    descriptions = {p.page.translation_key: p.description for p in picks if p.page_id}
    for hit in hits:
        hit.snippet = html.escape(descriptions.get(hit.page.translation_key, ""))
    return hits


def page_text(page) -> str:
    for attribute in ("search_description", "listing_summary", "summary", "introduction"):
        value = getattr(page, attribute, "")
        if isinstance(value, str) and value.strip():
            return value
    return ""


def highlight(text: str, query: str) -> str:
    """A short, escaped extract of `text` around the first query term, terms in <mark>."""
    terms = sorted({t for t in re.findall(r"\w[\w'-]*", query.casefold()) if len(t) > 1}, key=len, reverse=True)
    folded = text.casefold()
    positions = [folded.find(t) for t in terms if folded.find(t) >= 0]
    start = max(0, min(positions) - SNIPPET // 3) if positions else 0
    extract = text[start : start + SNIPPET]
    prefix = "…" if start > 0 else ""
    suffix = "…" if start + SNIPPET < len(text) else ""
    escaped = html.escape(extract)
    if terms:
        pattern = re.compile("|".join(re.escape(html.escape(t)) for t in terms), re.IGNORECASE)
        escaped = pattern.sub(lambda m: f"<mark>{m.group(0)}</mark>", escaped)
    return mark_safe(prefix + escaped + suffix)  # noqa: S308 - built from escaped text only
