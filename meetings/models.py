"""A borough's meetings: the index (upcoming first, then past) and the meeting page, which
carries the write-up once the meeting has taken place."""

import re

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.api import APIField
from wagtail.models import Orderable
from wagtail.search import index

from boroughs.models import borough_of
from cms.core.baseurl import absolute_url
from cms.core.models import BasePage

from .forms import MeetingPageForm
from .when import in_london, plain_range

PAST_PER_PAGE = 10
UK_POSTCODE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$", re.IGNORECASE)


class MeetingIndexPage(BasePage):
    """A borough's meetings: upcoming ones first (soonest first), then past ones, newest first."""

    introduction = models.TextField(_("introduction"), blank=True)

    content_panels = [*BasePage.content_panels, FieldPanel("introduction")]
    parent_page_types = ["boroughs.BoroughPage"]
    subpage_types = ["meetings.MeetingPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("meeting index page")

    def get_meetings(self):
        return MeetingPage.objects.child_of(self).live().public().defer_streamfields()

    @cached_property
    def borough(self) -> dict | None:
        return borough_of(self)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        now = timezone.now()
        context["upcoming"] = [
            dict(m.as_list_item(), when=m.when) for m in self.get_meetings().filter(end__gte=now).order_by("start")
        ]
        paginator = Paginator(self.get_meetings().filter(end__lt=now).order_by("-start"), PAST_PER_PAGE)
        try:
            past = paginator.page(request.GET.get("page", 1))
        except (EmptyPage, PageNotAnInteger):
            past = paginator.page(1)
        context["past"] = past
        context["past_items"] = [dict(m.as_list_item(), when=m.when) for m in past.object_list]
        context["borough"] = self.borough
        return context


class MeetingPage(BasePage):
    """One meeting between a neighbourhood team and residents, and once it has taken place,
    what was raised, what the police said and what they agreed to do."""

    class Format(models.TextChoices):
        PUBLIC_MEETING = "public_meeting", _("Public meeting")
        WARD_PANEL = "ward_panel", _("Ward panel")
        STREET_BRIEFING = "street_briefing", _("Street briefing")
        ONLINE = "online", _("Online meeting")

    class Status(models.TextChoices):
        SCHEDULED = "scheduled", _("Scheduled")
        CANCELLED = "cancelled", _("Cancelled")
        TOOK_PLACE = "took_place", _("Took place")

    is_article = True

    introduction = models.TextField(_("what the meeting is about"))
    start = models.DateTimeField(_("starts"), help_text=_("London time."))
    end = models.DateTimeField(_("ends"), help_text=_("London time."))
    meeting_format = models.CharField(_("format"), max_length=20, choices=Format.choices, default=Format.PUBLIC_MEETING)
    online_url = models.URLField(_("link to join"), blank=True, help_text=_("Required for an online meeting."))
    venue_name = models.CharField(_("venue"), max_length=150, blank=True)
    venue_address = models.TextField(_("address"), blank=True, help_text=_("One line per address line."))
    access_information = models.TextField(
        _("access information"),
        blank=True,
        help_text=_("Step-free access, hearing loops, toilets, parking, the nearest station and bus routes."),
    )
    registration_details = models.TextField(
        _("how to register"), blank=True, help_text=_("Leave empty if residents can simply come along.")
    )
    registration_url = models.URLField(_("registration link"), blank=True)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.SCHEDULED)
    cancellation_reason = models.TextField(_("why it was cancelled"), blank=True)
    writeup_summary = models.TextField(_("summary"), blank=True, help_text=_("What happened, in a few sentences."))
    attendance = models.PositiveIntegerField(_("people attending"), null=True, blank=True)
    attendance_note = models.CharField(
        _("attendance note"), max_length=150, blank=True, help_text=_("For example “Full to capacity”.")
    )

    base_form_class = MeetingPageForm
    content_panels = [
        *BasePage.content_panels,
        FieldPanel("introduction"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("start"), FieldPanel("end")]), FieldPanel("meeting_format")],
            heading=_("When and what kind of meeting"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("venue_name"),
                FieldPanel("venue_address"),
                FieldPanel("access_information"),
                FieldPanel("online_url"),
            ],
            heading=_("Where"),
        ),
        InlinePanel("hosts", heading=_("Hosts"), label=_("Host"), min_num=1),
        MultiFieldPanel([FieldPanel("registration_details"), FieldPanel("registration_url")], heading=_("Register")),
        MultiFieldPanel([FieldPanel("status"), FieldPanel("cancellation_reason")], heading=_("Status")),
        MultiFieldPanel(
            [FieldPanel("writeup_summary"), FieldRowPanel([FieldPanel("attendance"), FieldPanel("attendance_note")])],
            heading=_("Write-up (after the meeting)"),
        ),
        InlinePanel("concerns", heading=_("Concerns raised, most raised first"), label=_("Concern")),
        InlinePanel("questions", heading=_("Questions and answers"), label=_("Question")),
        InlinePanel("actions", heading=_("Actions agreed"), label=_("Action")),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("introduction"),
        index.SearchField("writeup_summary"),
        index.FilterField("start"),
    ]
    api_fields = [
        *BasePage.api_fields,
        APIField("introduction"),
        APIField("start"),
        APIField("end"),
        APIField("meeting_format"),
        APIField("status"),
        APIField("cancellation_reason"),
        APIField("venue_name"),
        APIField("venue_address"),
        APIField("online_url"),
        APIField("writeup_summary"),
        APIField("attendance"),
    ]
    parent_page_types = ["meetings.MeetingIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("meeting page")

    # Validation -----------------------------------------------------------------------------

    WRITEUP_FIELDS = ("writeup_summary", "attendance", "attendance_note")

    def has_writeup_fields(self) -> bool:
        return any(getattr(self, name) not in (None, "") for name in self.WRITEUP_FIELDS)

    def clean(self):
        super().clean()
        if self.alias_of_id:
            return  # an alias carries its original's content, validated when the original was saved
        errors: dict[str, ValidationError] = {}
        now = timezone.now()
        if self.start and self.end and self.end <= self.start:
            errors["end"] = ValidationError(_("The meeting must end after it starts."))
        if self.status == self.Status.CANCELLED and not (self.cancellation_reason or "").strip():
            errors["cancellation_reason"] = ValidationError(
                _("Say why the meeting was cancelled: residents who planned to come need to know.")
            )
        if self.meeting_format == self.Format.ONLINE:
            if not self.online_url:
                errors["online_url"] = ValidationError(_("An online meeting needs a link to join."))
        else:
            if not (self.venue_name or "").strip():
                errors["venue_name"] = ValidationError(_("Say where the meeting is, or make it an online meeting."))
            if not (self.venue_address or "").strip():
                errors["venue_address"] = ValidationError(_("Give the venue's address."))
        in_future = bool(self.start) and self.start > now
        if in_future and self.status == self.Status.TOOK_PLACE:
            errors["status"] = ValidationError(_("This meeting starts in the future, so it cannot have taken place."))
        for name in self.WRITEUP_FIELDS:
            if getattr(self, name) in (None, ""):
                continue
            if in_future:
                errors[name] = ValidationError(
                    _("This meeting has not taken place yet: add the write-up after the meeting.")
                )
            elif self.status != self.Status.TOOK_PLACE and "status" not in errors:
                errors["status"] = ValidationError(_("Mark the meeting as “Took place” to publish its write-up."))
        if errors:
            raise ValidationError(errors)

    # Presentation ---------------------------------------------------------------------------

    @property
    def when(self) -> str:
        return plain_range(self.start, self.end)

    @property
    def is_upcoming(self) -> bool:
        return self.end >= timezone.now()

    @property
    def is_cancelled(self) -> bool:
        return self.status == self.Status.CANCELLED

    @property
    def is_online(self) -> bool:
        return self.meeting_format == self.Format.ONLINE

    @property
    def took_place(self) -> bool:
        return self.status == self.Status.TOOK_PLACE

    def address_lines(self) -> list[str]:
        return [line.strip() for line in self.venue_address.splitlines() if line.strip()]

    def access_lines(self) -> list[str]:
        return [line.strip() for line in self.access_information.splitlines() if line.strip()]

    @cached_property
    def borough(self) -> dict | None:
        return borough_of(self)

    @cached_property
    def host_list(self):
        return list(self.hosts.all())

    @cached_property
    def concern_list(self):
        return list(self.concerns.all().prefetch_related("asb_categories", "crime_types"))

    @cached_property
    def question_list(self):
        return list(self.questions.all())

    @cached_property
    def action_list(self):
        return list(self.actions.all().select_related("priority"))

    @property
    def calendar_url(self) -> str:
        """This meeting as an .ics file (a page URL cannot end in ".ics": Wagtail's page paths
        allow only letters, digits, hyphens and underscores)."""
        return reverse("meetings:calendar_meeting", kwargs={"page_id": self.pk})

    def as_list_item(self, borough_title: str = "") -> dict:
        """What a list of meetings shows: plain data, so it can be cached (`when` is added at render)."""
        return {
            "title": self.title,
            "url": self.url,
            "start": self.start,
            "end": self.end,
            "format": self.get_meeting_format_display(),
            "place": "" if self.is_online else self.venue_name,
            "online": self.is_online,
            "cancelled": self.is_cancelled,
            "borough": borough_title,
            "alias": bool(self.alias_of_id),
        }

    def location_text(self) -> str:
        if self.is_online:
            return self.online_url
        return ", ".join([self.venue_name, *self.address_lines()])

    def structured_data(self) -> dict:
        """schema.org Event, for search engines and calendar assistants (serialised as JSON-LD)."""
        statuses = {
            self.Status.SCHEDULED: "https://schema.org/EventScheduled",
            self.Status.TOOK_PLACE: "https://schema.org/EventScheduled",
            self.Status.CANCELLED: "https://schema.org/EventCancelled",
        }
        if self.is_online:
            location = {"@type": "VirtualLocation", "url": self.online_url}
            mode = "https://schema.org/OnlineEventAttendanceMode"
        else:
            lines = self.address_lines()
            address = {"@type": "PostalAddress", "addressLocality": "London", "addressCountry": "GB"}
            if lines and UK_POSTCODE.match(lines[-1]):
                address["postalCode"] = lines.pop()
            address["streetAddress"] = ", ".join(line for line in lines if line.lower() != "london")
            location = {"@type": "Place", "name": self.venue_name, "address": address}
            mode = "https://schema.org/OfflineEventAttendanceMode"
        borough = self.borough
        organizer = {"@type": "Organization", "name": settings.ENGAGE_FORCE_NAME}
        if borough is not None:
            organizer = {
                "@type": "Organization",
                "name": _("%(borough)s neighbourhood policing team") % {"borough": borough["title"]},
                "url": borough["full_url"],
                "parentOrganization": {"@type": "Organization", "name": settings.ENGAGE_FORCE_NAME},
            }
        data = {
            "@context": "https://schema.org",
            "@type": "Event",
            "name": self.title,
            "description": self.introduction,
            "startDate": in_london(self.start).isoformat(),
            "endDate": in_london(self.end).isoformat(),
            "eventStatus": statuses[self.status],
            "eventAttendanceMode": mode,
            "location": location,
            "organizer": organizer,
            "isAccessibleForFree": True,
            "url": absolute_url(self.url),
        }
        return data


class MeetingHost(Orderable):
    page = ParentalKey(MeetingPage, on_delete=models.CASCADE, related_name="hosts")
    name = models.CharField(_("name"), max_length=150)
    role = models.CharField(_("role"), max_length=150, blank=True, help_text=_("For example “Ward sergeant”."))

    panels = [FieldPanel("name"), FieldPanel("role")]

    def __str__(self):
        return f"{self.name}, {self.role}" if self.role else self.name


class MeetingConcern(Orderable, ClusterableModel):
    """A concern residents raised. Order is rank: the most raised first."""

    page = ParentalKey(MeetingPage, on_delete=models.CASCADE, related_name="concerns")
    text = models.CharField(_("concern"), max_length=255)
    response = models.TextField(_("how the police responded"), blank=True)
    asb_categories = ParentalManyToManyField(
        "advice.AsbCategory", verbose_name=_("ASB categories"), blank=True, related_name="meeting_concerns"
    )
    crime_types = ParentalManyToManyField(
        "advice.CrimeType", verbose_name=_("crime types"), blank=True, related_name="meeting_concerns"
    )

    panels = [
        FieldPanel("text"),
        FieldPanel("response"),
        FieldPanel("asb_categories", widget=forms.CheckboxSelectMultiple),
        FieldPanel("crime_types", widget=forms.CheckboxSelectMultiple),
    ]

    def __str__(self):
        return self.text

    def tags(self) -> list:
        return [*self.asb_categories.all(), *self.crime_types.all()]


class MeetingQuestion(Orderable):
    page = ParentalKey(MeetingPage, on_delete=models.CASCADE, related_name="questions")
    question = models.TextField(_("question"))
    answer = models.TextField(_("answer"), blank=True)

    panels = [FieldPanel("question"), FieldPanel("answer")]

    def __str__(self):
        return self.question


class MeetingAction(Orderable):
    """Something the police agreed to do, linked to the local priority it created or updated."""

    page = ParentalKey(MeetingPage, on_delete=models.CASCADE, related_name="actions")
    text = models.TextField(_("action"))
    priority = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("local priority"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="meeting_actions",
        help_text=_("The local priority this action created or updated."),
    )

    panels = [FieldPanel("text"), PageChooserPanel("priority", "boroughs.PriorityPage")]

    def __str__(self):
        return self.text
