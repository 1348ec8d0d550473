"""The advice index, advice pages and the anti-social behaviour page."""

import datetime
from typing import ClassVar

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count, F, Prefetch
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.search import index

from cms.core.cache import cached
from cms.core.fields import StreamField
from cms.core.models import REVIEW_WARNING_DAYS, BasePage, ReviewDateMixin
from cms.core.paging import page_of, requested_page
from cms.core.sections import section_data

from ..blocks import AdviceStreamBlock
from .taxonomy import AdviceTopic, AsbCategory, CrimeType

# Fields a listing of advice needs (keeps StreamField bodies out of listing queries).
LISTING_FIELDS = (
    "id",
    "title",
    "slug",
    "url_path",
    "path",
    "depth",
    "locale_id",
    "alias_of",
    "summary",
    "listing_summary",
)


def advice_due_for_review(today: datetime.date | None = None):
    """Advice past its review date or within REVIEW_WARNING_DAYS of it, oldest first."""
    today = today or timezone.localdate()
    return AdvicePage.objects.filter(review_date__lte=today + datetime.timedelta(days=REVIEW_WARNING_DAYS)).order_by(
        "review_date", "title"
    )


def asb_page_url(locale_id: int) -> str:
    """The URL of the ASB page in a locale ('' if none is live), from the content cache."""

    def compute():
        page = AsbPage.objects.live().public().filter(locale_id=locale_id).first()
        return page.url if page else ""

    return cached(f"asb-page-url:{locale_id}", compute)


QUALIFIER_DESCRIPTIONS = {
    AsbCategory.Qualifier.PERSONAL: _(
        "Behaviour aimed at a particular person or group, rather than the community at large."
    ),
    AsbCategory.Qualifier.NUISANCE: _("Behaviour that causes trouble, annoyance or suffering to a local community."),
    AsbCategory.Qualifier.ENVIRONMENTAL: _(
        "Behaviour that affects the wider surroundings: streets, parks, public spaces and buildings."
    ),
}


# Advice a page of the advice index shows: the index stays bounded however much advice there is.
ADVICE_PER_PAGE = 24


class AdviceIndexPage(BasePage):
    """ "Advice": every advice page, grouped by topic, a page at a time."""

    introduction = models.TextField(_("introduction"), blank=True)

    content_panels: ClassVar[list] = [*BasePage.content_panels, FieldPanel("introduction")]
    parent_page_types: ClassVar[list[str]] = ["home.HomePage"]
    subpage_types: ClassVar[list[str]] = ["advice.AdvicePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("advice index page")

    def get_advice(self):
        """Live advice in topic order (advice without a topic last, on every database), then title."""
        return (
            AdvicePage.objects.child_of(self)
            .live()
            .public()
            .select_related("topic")
            .only(*LISTING_FIELDS, "topic__id", "topic__name", "topic__slug", "topic__summary", "topic__sort_order")
            .order_by(F("topic__sort_order").asc(nulls_last=True), F("topic__name").asc(nulls_last=True), "title", "pk")
        )

    def get_topic_counts(self) -> list[dict]:
        """[{anchor, name, count}] for every topic with live advice, in the listing's order (one query)."""
        rows = (
            self.get_advice()
            .order_by()
            .values("topic_id", "topic__slug", "topic__name", "topic__sort_order")
            .annotate(count=Count("pk"))
        )
        rows = sorted(rows, key=lambda r: (r["topic_id"] is None, r["topic__sort_order"] or 0, r["topic__name"] or ""))
        return [
            {
                "anchor": f"topic-{row['topic__slug']}" if row["topic_id"] else "topic-other",
                "name": row["topic__name"] or "",
                "count": row["count"],
            }
            for row in rows
        ]

    def get_listing(self, number: int = 1) -> dict:
        """Page `number` of the advice, grouped by topic, as plain data for the content cache:
        {count, number, topics: [{anchor, name, page, last}], groups: [{anchor, name, summary, advice}]}.
        Every topic in the contents links to its section on this page, or to the page where its
        advice starts (`page`; `last` is the page where it ends). Three queries
        (topic counts, view restrictions, one page of advice) however much advice there is."""
        topics, start = [], 0
        for topic in self.get_topic_counts():
            first, last = start // ADVICE_PER_PAGE + 1, (start + topic["count"] - 1) // ADVICE_PER_PAGE + 1
            topics.append({"anchor": topic["anchor"], "name": topic["name"], "page": first, "last": last})
            start += topic["count"]
        page = page_of(start, ADVICE_PER_PAGE, number)
        offset = (page.number - 1) * ADVICE_PER_PAGE
        groups: dict[int | None, dict] = {}
        for advice in self.get_advice()[offset : offset + ADVICE_PER_PAGE]:
            topic = advice.topic
            group = groups.setdefault(
                advice.topic_id,
                {
                    "anchor": topic.anchor if topic else "topic-other",
                    "name": topic.name if topic else "",
                    "summary": topic.summary if topic else "",
                    "advice": [],
                },
            )
            group["advice"].append(
                {
                    "title": advice.title,
                    "url": advice.url,
                    "summary": advice.get_summary(),
                    "alias": bool(advice.alias_of_id),
                }
            )
        return {"count": start, "number": page.number, "topics": topics, "groups": list(groups.values())}

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        number = requested_page(request)
        listing = section_data(self, request, "advice-index", lambda: self.get_listing(number), vary=[number])
        context["topic_groups"] = listing["groups"]
        context["topics"] = listing["topics"]
        context["page_obj"] = page_of(listing["count"], ADVICE_PER_PAGE, listing["number"])
        context["asb_page_url"] = asb_page_url(self.locale_id)
        return context


class AdvicePage(ReviewDateMixin, BasePage):
    """One piece of crime-prevention advice, tagged with the shared taxonomy."""

    api_fields = [
        *BasePage.api_fields,
        APIField("summary"),
        APIField("body"),
        APIField("review_date"),
        APIField("topic"),
    ]
    is_article = True

    summary = models.TextField(
        _("summary"), help_text=_("What this advice helps with, in one or two plain sentences. Shown under the title.")
    )
    topic = models.ForeignKey(
        AdviceTopic,
        verbose_name=_("topic"),
        null=True,
        blank=False,
        on_delete=models.SET_NULL,
        related_name="advice_pages",
        help_text=_("The advice index groups pages by topic."),
    )
    body = StreamField(AdviceStreamBlock(), verbose_name=_("body"))
    asb_categories = ParentalManyToManyField(
        AsbCategory, related_name="advice_pages", blank=True, verbose_name=_("anti-social behaviour categories")
    )
    crime_types = ParentalManyToManyField(
        CrimeType, related_name="advice_pages", blank=True, verbose_name=_("crime types")
    )
    review_date = models.DateField(
        _("review by"),
        help_text=_(
            "When this advice must be checked again. Advice due within 30 days is listed in the "
            "“Advice due for review” report."
        ),
    )

    content_panels: ClassVar[list] = [
        *BasePage.content_panels,
        FieldPanel("summary"),
        FieldPanel("topic"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("asb_categories", widget=forms.CheckboxSelectMultiple),
                FieldPanel("crime_types", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("What this advice is about"),
            help_text=_(
                "Tagged advice appears on the anti-social behaviour page and on boroughs with matching priorities."
            ),
        ),
        FieldPanel("review_date"),
    ]
    search_fields: ClassVar[list] = [*BasePage.search_fields, index.SearchField("summary"), index.SearchField("body")]
    parent_page_types: ClassVar[list[str]] = ["advice.AdviceIndexPage"]
    subpage_types: ClassVar[list[str]] = []

    class Meta:
        verbose_name = _("advice page")

    def clean(self):
        super().clean()
        # Only new advice must start with a future date: existing pages whose date has passed
        # must stay editable, or nobody could fix the advice the report flags.
        if self._state.adding and not self.alias_of_id and self.review_date and self.review_date < timezone.localdate():
            raise ValidationError(
                {"review_date": _("New advice needs a review date that has not passed yet. Choose a future date.")}
            )

    def get_summary(self) -> str:
        return self.listing_summary or self.summary

    def get_related_advice(self, limit: int = 4):
        """Other live advice on the same topic."""
        if not self.topic_id:
            return AdvicePage.objects.none()
        return (
            AdvicePage.objects.live()
            .public()
            .filter(topic_id=self.topic_id, locale_id=self.locale_id)
            .exclude(pk=self.pk)
            .only(*LISTING_FIELDS)
            .order_by("title")[:limit]
        )

    def get_tags(self) -> dict:
        """Topic, tags and related advice as plain data, for the content cache."""
        return {
            "topic_name": self.topic.name if self.topic_id else "",
            "asb_categories": [{"name": c.name, "anchor": c.anchor} for c in self.asb_categories.all()],
            "crime_types": [c.name for c in self.crime_types.all()],
            "related_advice": [{"title": p.title, "url": p.url} for p in self.get_related_advice()],
        }

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(section_data(self, request, "advice-tags", self.get_tags))
        context["asb_page_url"] = asb_page_url(self.locale_id)
        return context


class AsbPage(BasePage):
    """ "Anti-social behaviour": the 13 categories, grouped by qualifier, each with a stable anchor."""

    introduction = models.TextField(_("introduction"), blank=True)

    content_panels: ClassVar[list] = [*BasePage.content_panels, FieldPanel("introduction")]
    parent_page_types: ClassVar[list[str]] = ["home.HomePage"]
    subpage_types: ClassVar[list[str]] = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("anti-social behaviour page")

    def get_categories(self) -> list[AsbCategory]:
        """The locale's categories with their live advice (one query for the categories, two for
        the advice: `.public()` reads view restrictions first), then whatever the apps above this
        one attach through the `engage_asb_categories` hook: `fn(categories, locale_id)` may set
        `current_priorities` on each category, a bounded list of {title, url, borough, status},
        and `current_priority_count`, how many there are in all (the boroughs app does, in a
        constant number of queries)."""
        advice = AdvicePage.objects.live().public().filter(locale_id=self.locale_id).only(*LISTING_FIELDS)
        categories = list(
            AsbCategory.objects.filter(locale_id=self.locale_id).prefetch_related(
                Prefetch("advice_pages", queryset=advice.order_by("title"), to_attr="live_advice")
            )
        )
        for attach in hooks.get_hooks("engage_asb_categories"):
            attach(categories, self.locale_id)
        return categories

    def get_groups(self) -> list[dict]:
        """Plain data for the content cache, in the order Personal, Nuisance, Environmental:
        [{qualifier, label, description, categories: [{name, anchor, description, examples,
        who_deals, other_body_name, other_body_url, how_to_report, when_urgent,
        advice: [{title, url}], priorities: [{title, url, borough, status}]}]}]."""
        categories = [
            {
                "qualifier": c.qualifier,
                "name": c.name,
                "anchor": c.anchor,
                "description": c.description,
                "examples": c.example_list(),
                "who_deals": str(c.get_who_deals_display()),
                "other_body_name": c.other_body_name,
                "other_body_url": c.other_body_url,
                "how_to_report": c.how_to_report,
                "when_urgent": c.when_urgent,
                "advice": [{"title": p.title, "url": p.url} for p in c.live_advice],
                "slug": c.slug,
                "priorities": getattr(c, "current_priorities", []),
                "priority_count": getattr(c, "current_priority_count", 0),
            }
            for c in self.get_categories()
        ]
        return [
            {
                "qualifier": value,
                "label": str(label),
                "description": str(QUALIFIER_DESCRIPTIONS[value]),
                "categories": [c for c in categories if c["qualifier"] == value],
            }
            for value, label in AsbCategory.Qualifier.choices
        ]

    def get_category_priorities(self, category_slug: str, number: int) -> dict | None:
        """Page `number` of one category's current priorities, from the apps above this one
        (`engage_asb_category_priorities` hook: `fn(category, locale_id, number)` returns
        {count, number, per_page, priorities}); None if no app lists priorities."""
        category = AsbCategory.objects.filter(locale_id=self.locale_id, slug=category_slug).first()
        for fn in hooks.get_hooks("engage_asb_category_priorities"):
            if category is not None:
                return fn(category, self.locale_id, number)
        return None

    def get_context(self, request, *args, **kwargs):
        """Each category lists its first few current priorities; `?priorities=<category slug>`
        lists all of that category's, a page at a time (`&page=N`)."""
        context = super().get_context(request, *args, **kwargs)
        groups = section_data(self, request, "asb-groups", self.get_groups)
        slug = request.GET.get("priorities", "")
        known = {c["slug"] for group in groups for c in group["categories"]}
        if slug in known:  # only real categories: nothing else reaches the cache
            number = requested_page(request)
            listing = section_data(
                self, request, "asb-priorities", lambda: self.get_category_priorities(slug, number), vary=[slug, number]
            )
            if listing:
                groups = [
                    {
                        **group,
                        "categories": [
                            {**c, "priorities": listing["priorities"], "expanded": True} if c["slug"] == slug else c
                            for c in group["categories"]
                        ],
                    }
                    for group in groups
                ]
                context["page_obj"] = page_of(listing["count"], listing["per_page"], listing["number"])
                context["expanded_slug"] = slug
        context["groups"] = groups
        context["happening_now"] = {"heading": _("If it's happening now")}
        return context
