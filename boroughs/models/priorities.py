"""Local priorities and "You said, we did": what residents asked for and what the police did.

A priority is a page (under its borough's "You said, we did" page) on purpose: the borough's
editors get it through page permissions, changes go through moderation, and every change is
kept in the revision history. Resolved priorities stay published, so the record stays readable.
"""

from datetime import date

from django import forms
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.db.models import Case, Count, F, Max, Prefetch, Value, When, Window
from django.db.models.functions import Coalesce, RowNumber
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.models import Orderable, Page
from wagtail.search import index

from cms.core.models import BasePage

from ..priority_listing import priority_listing
from .places import BoroughPage
from .wards import WardPage


class PriorityStatus(models.TextChoices):
    OPEN = "open", _("Open")
    IN_PROGRESS = "in_progress", _("In progress")
    RESOLVED = "resolved", _("Resolved")


CURRENT_STATUSES = (PriorityStatus.OPEN, PriorityStatus.IN_PROGRESS)


class PrioritySource(models.TextChoices):
    PRIORITY_SURVEY = "priority_survey", _("Priority survey")
    PUBLIC_MEETING = "public_meeting", _("Public meeting")
    WARD_PANEL = "ward_panel", _("Ward panel")


def priorities_with_trail(queryset):
    """Priorities with everything their trail shows, in a constant number of queries
    (one for the pages, one each for actions, ASB categories and crime types), ordered by their
    most recent action (or the date they were set, before any action), newest first."""
    return (
        queryset.live()
        .public()
        .select_related("ward")
        .prefetch_related(
            Prefetch("actions", queryset=PriorityAction.objects.order_by("date", "sort_order")),
            "asb_categories",
            "crime_types",
        )
        .annotate(last_activity=Coalesce(Max("actions__date"), "date_set"))
        .order_by("-last_activity", "-date_set", "title")
    )


def split_current_and_resolved(priorities) -> tuple[list, list]:
    current = [p for p in priorities if p.status in CURRENT_STATUSES]
    resolved = [p for p in priorities if p.status == PriorityStatus.RESOLVED]
    return current, resolved


PRIORITIES_PER_PAGE = 20


class PriorityIndexPage(BasePage):
    """ "You said, we did" for one borough: current priorities first, then resolved ones."""

    introduction = models.TextField(_("introduction"), blank=True)

    content_panels = [*BasePage.content_panels, FieldPanel("introduction")]
    parent_page_types = ["boroughs.BoroughPage"]
    subpage_types = ["boroughs.PriorityPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("“You said, we did” page")

    def get_priorities(self):
        return priorities_with_trail(PriorityPage.objects.child_of(self))

    def get_context(self, request, *args, **kwargs):
        """One page of priorities (current ones first), so the page stays bounded over the years;
        its cards are cached as rendered HTML per content version (boroughs/priority_listing.py)."""
        context = super().get_context(request, *args, **kwargs)
        ordered = (
            self.get_priorities()
            .annotate(resolved_last=Case(When(status=PriorityStatus.RESOLVED, then=Value(1)), default=Value(0)))
            .order_by("resolved_last", "-last_activity", "-date_set", "title")
        )
        count = PriorityPage.objects.child_of(self).live().public().count
        context.update(priority_listing(self, request, ordered, count, split_current_and_resolved, PRIORITIES_PER_PAGE))
        return context


class PriorityPageForm(WagtailAdminPageForm):
    """Checks what the model alone cannot see: the inline actions against the priority's date,
    and the ward against the borough the priority belongs to."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "ward" in self.fields:
            borough = self._borough()
            wards = WardPage.objects.child_of(borough) if borough else WardPage.objects.none()
            self.fields["ward"].queryset = wards.order_by("title")
            self.fields["ward"].empty_label = _("The whole borough")

    def _borough(self):
        index_page = self.parent_page or (self.instance.get_parent() if self.instance.path else None)
        return index_page.get_parent() if index_page is not None else None

    def clean(self):
        cleaned_data = super().clean()
        date_set = cleaned_data.get("date_set")
        actions = self.formsets.get("actions")
        if date_set and actions is not None:
            too_early = False
            for form in actions.forms:
                if not form.is_valid() or (actions.can_delete and actions._should_delete_form(form)):
                    continue
                action_date = form.cleaned_data.get("date")
                if action_date and action_date < date_set:
                    form.add_error(
                        "date",
                        _("This action is dated %(action)s, before the priority was set on %(set)s.")
                        % {"action": date_format(action_date, "j F Y"), "set": date_format(date_set, "j F Y")},
                    )
                    too_early = True
            if too_early:
                self.add_error(
                    None, _("An action cannot be dated before the priority was set. Check the dates of the actions.")
                )
        return cleaned_data


class PriorityPage(BasePage):
    """A local priority: the issue, where it came from, its status and a dated trail of actions."""

    is_article = True

    summary = models.TextField(_("the issue"), help_text=_("What residents asked the police to deal with."))
    date_set = models.DateField(_("date set"), default=date.today)
    source = models.CharField(_("where it came from"), max_length=20, choices=PrioritySource.choices)
    ward = models.ForeignKey(
        WardPage,
        verbose_name=_("ward"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="priorities",
        help_text=_("Leave empty for a priority for the whole borough."),
    )
    asb_categories = ParentalManyToManyField(
        "advice.AsbCategory", verbose_name=_("ASB categories"), related_name="priorities", blank=True
    )
    crime_types = ParentalManyToManyField(
        "advice.CrimeType", verbose_name=_("crime types"), related_name="priorities", blank=True
    )
    status = models.CharField(_("status"), max_length=20, choices=PriorityStatus.choices, default=PriorityStatus.OPEN)
    outcome = models.TextField(
        _("outcome"), blank=True, help_text=_("Required when resolved: what changed for residents.")
    )

    base_form_class = PriorityPageForm
    content_panels = [
        *BasePage.content_panels,
        FieldPanel("summary"),
        FieldRowPanel([FieldPanel("date_set"), FieldPanel("source")]),
        FieldPanel("ward", widget=forms.Select),
        MultiFieldPanel(
            [
                FieldPanel("asb_categories", widget=forms.CheckboxSelectMultiple),
                FieldPanel("crime_types", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Tags"),
        ),
        InlinePanel("actions", heading=_("What we did"), label=_("Action")),
        MultiFieldPanel([FieldPanel("status"), FieldPanel("outcome")], heading=_("Status")),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("summary"), index.SearchField("outcome")]
    api_fields = [
        *BasePage.api_fields,
        APIField("summary"),
        APIField("date_set"),
        APIField("source"),
        APIField("status"),
        APIField("outcome"),
        APIField("actions"),
    ]
    parent_page_types = ["boroughs.PriorityIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("local priority")
        verbose_name_plural = _("local priorities")

    def clean(self):
        super().clean()
        errors = {}
        if self.status == PriorityStatus.RESOLVED and not (self.outcome or "").strip():
            errors["outcome"] = _("A resolved priority needs an outcome: say what changed for residents.")
        if self.ward_id and self.path and not self.alias_of_id:
            # (An alias carries its original's ward, checked when the original was saved.)
            # borough > "You said, we did" > this priority: the ward must be a child of the borough.
            borough_path = self.path[: -2 * self.steplen]
            in_borough = WardPage.objects.filter(pk=self.ward_id, path__startswith=borough_path, depth=self.depth - 1)
            if not in_borough.exists():
                errors["ward"] = _("Choose a ward in the same borough as this priority.")
        if errors:
            raise ValidationError(errors)

    @property
    def is_current(self) -> bool:
        return self.status in CURRENT_STATUSES

    @cached_property
    def trail(self) -> list["PriorityAction"]:
        """Actions oldest first (uses the prefetched actions when there are any)."""
        return sorted(self.actions.all(), key=lambda action: (action.date, action.sort_order))

    @property
    def latest_action(self) -> "PriorityAction | None":
        return self.trail[-1] if self.trail else None

    @cached_property
    def tags(self) -> list:
        return [*self.asb_categories.all(), *self.crime_types.all()]

    def get_raised_at(self) -> list[Page]:
        """Meetings where this priority was discussed, when the meetings app records them
        (a foreign key to the page with related_name "meeting_actions"); [] otherwise.

        A meeting and its copies in other languages are one meeting: actions point at the English
        priority (a translation or alias keeps its source's links), so they are gathered for every
        language version of this priority and each meeting is listed once, in this page's language
        where it exists there."""
        manager = getattr(self, "meeting_actions", None)
        if manager is None:
            return []
        model, link = manager.model, manager.field.name
        parent_keys = [f.name for f in model._meta.concrete_fields if isinstance(f, ParentalKey)]
        versions = type(self).objects.filter(translation_key=self.translation_key).values("pk")
        meetings: dict = {}
        for action in model.objects.filter(**{f"{link}__in": versions}).select_related(*parent_keys):
            for name in parent_keys:
                meeting = getattr(action, name)
                if meeting is None or not meeting.live:
                    continue
                chosen = meetings.get(meeting.translation_key)
                if chosen is None or (meeting.locale_id == self.locale_id and chosen.locale_id != self.locale_id):
                    meetings[meeting.translation_key] = meeting
        return list(meetings.values())


class PriorityAction(Orderable):
    """One dated entry in a priority's trail: what was done."""

    page = ParentalKey(PriorityPage, on_delete=models.CASCADE, related_name="actions")
    date = models.DateField(_("date"), default=date.today)
    text = models.TextField(_("what was done"))

    api_fields = [APIField("date"), APIField("text")]
    panels = [FieldPanel("date"), FieldPanel("text")]

    class Meta(Orderable.Meta):
        verbose_name = _("action")
        verbose_name_plural = _("actions")

    def __str__(self):
        return f"{self.date:%Y-%m-%d}: {self.text[:60]}"


def current_priorities(locale_id: int):
    """Live, unresolved priorities in a locale, for listings (no trail, no body)."""
    return (
        PriorityPage.objects.live()
        .public()
        .filter(locale_id=locale_id)
        .exclude(status=PriorityStatus.RESOLVED)
        .only("id", "title", "url_path", "path", "depth", "locale_id", "alias_of", "status")
        .order_by("title")
    )


def attach_borough_titles(pages) -> None:
    """Set `borough_title` on each page: the title of its borough ancestor (one query for all)."""
    steplen = Page.steplen
    prefixes = {page.path[:end] for page in pages for end in range(steplen * 2, len(page.path), steplen)}
    titles = dict(BoroughPage.objects.filter(path__in=prefixes).values_list("path", "title")) if prefixes else {}
    for page in pages:
        page.borough_title = next(
            (
                titles[page.path[:end]]
                for end in range(steplen * 2, len(page.path), steplen)
                if page.path[:end] in titles
            ),
            "",
        )


# Current priorities the ASB page lists under each category; the rest are a page at a time.
PRIORITIES_PER_CATEGORY = 5
CATEGORY_PRIORITIES_PER_PAGE = 20


def _priority_data(pages) -> list[dict]:
    attach_borough_titles(pages)
    return [
        {"title": p.title, "url": p.url, "borough": p.borough_title, "status": str(p.get_status_display())}
        for p in pages
    ]


def attach_current_priorities(categories, locale_id: int) -> None:
    """The `engage_asb_categories` hook (advice.AsbPage): set on each ASB category
    `current_priorities`, its first PRIORITIES_PER_CATEGORY live unresolved priorities in the
    locale (by title, tagged with the category or its translation) as plain data {title, url,
    borough, status}, and `current_priority_count`,
    how many there are. Three queries whatever their number (view restrictions, one windowed query
    for the pages, one for the boroughs), and bounded: never more than 5 per category."""
    if not categories:
        return
    # By translation key: a priority in this locale may be tagged with the English category (an
    # alias of an English priority) or with this locale's translation of it.
    in_category = F("asb_categories__translation_key")
    rows = list(
        current_priorities(locale_id)
        .filter(asb_categories__translation_key__in=[c.translation_key for c in categories])
        .annotate(
            category_key=in_category,
            rank=Window(RowNumber(), partition_by=in_category, order_by=[F("title").asc(), F("pk").asc()]),
            total=Window(Count("pk"), partition_by=in_category),
        )
        .filter(rank__lte=PRIORITIES_PER_CATEGORY)
        .order_by("category_key", "rank")
    )
    data = dict(zip(map(id, rows), _priority_data(rows), strict=True))
    for category in categories:
        mine = [row for row in rows if row.category_key == category.translation_key]
        category.current_priorities = [data[id(row)] for row in mine]
        category.current_priority_count = mine[0].total if mine else 0


def category_priorities_page(category, locale_id: int, number: int) -> dict:
    """The `engage_asb_category_priorities` hook (advice.AsbPage): page `number` of a category's
    current priorities in the locale, {count, number, per_page, priorities: [{title, url, borough,
    status}]}
    (four queries: view restrictions, count, the page, boroughs)."""
    priorities = current_priorities(locale_id).filter(asb_categories__translation_key=category.translation_key)
    paginator = Paginator(priorities, CATEGORY_PRIORITIES_PER_PAGE)
    page = paginator.get_page(number)
    return {
        "count": paginator.count,
        "number": page.number,
        "per_page": CATEGORY_PRIORITIES_PER_PAGE,
        "priorities": _priority_data(list(page.object_list)),
    }
