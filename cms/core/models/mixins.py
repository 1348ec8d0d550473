"""Small, single-purpose page mixins. `BasePage` composes them; pages may add more."""

import datetime

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel


class ListingFieldsMixin(models.Model):
    """What a page shows when it is listed elsewhere: a summary line and an optional image."""

    listing_summary = models.CharField(
        _("listing summary"),
        max_length=255,
        blank=True,
        help_text=_("One or two plain sentences shown when this page is listed. Keep it under 30 words."),
    )
    listing_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("listing image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown beside the summary in listings and when the page is shared."),
    )

    listing_panels = [
        MultiFieldPanel([FieldPanel("listing_summary"), FieldPanel("listing_image")], heading=_("Listing")),
    ]

    class Meta:
        abstract = True

    def get_summary(self) -> str:
        """The best short description we have: listing summary, then search description."""
        return self.listing_summary or getattr(self, "search_description", "") or ""


class SocialFieldsMixin(models.Model):
    """Open Graph overrides for when a page is shared on social media or in a messaging app."""

    social_title = models.CharField(
        _("social title"), max_length=255, blank=True, help_text=_("Defaults to the page title.")
    )
    social_text = models.CharField(
        _("social text"), max_length=255, blank=True, help_text=_("Defaults to the listing summary.")
    )

    social_panels = [
        MultiFieldPanel([FieldPanel("social_title"), FieldPanel("social_text")], heading=_("Social sharing")),
    ]

    class Meta:
        abstract = True


# Content whose review date is this close (or past) is "due": reported to its editors.
REVIEW_WARNING_DAYS = 30
# A new page's review date, unless the editor chooses another: a year from today.
DEFAULT_REVIEW_DAYS = 365


def default_review_date():
    return timezone.localdate() + datetime.timedelta(days=DEFAULT_REVIEW_DAYS)


class ReviewDateMixin(models.Model):
    """A "review by" date for content that goes stale (advice, strategies, contacts, ward teams).

    Pages past the date, or within REVIEW_WARNING_DAYS of it, are "due": listed on their
    borough editors' dashboard, e-mailed weekly (`send_review_reminders`) and flagged in the
    admin's listings through the admin display title. Nothing here knows any domain app: every
    concrete model using the mixin is found with `review_models()`."""

    review_date = models.DateField(
        _("review by"),
        default=default_review_date,
        help_text=_(
            "When this page must be checked again. Pages due within 30 days appear on the editors' "
            "dashboard and in the weekly reminder e-mail."
        ),
    )

    review_panels = [FieldPanel("review_date")]

    class Meta:
        abstract = True

    @property
    def is_review_overdue(self) -> bool:
        return bool(self.review_date) and self.review_date < timezone.localdate()

    @property
    def is_due_for_review(self) -> bool:
        cutoff = timezone.localdate() + datetime.timedelta(days=REVIEW_WARNING_DAYS)
        return bool(self.review_date) and self.review_date <= cutoff

    def get_admin_display_title(self):
        title = super().get_admin_display_title()
        if "review_date" in self.get_deferred_fields():
            return title  # a listing that deferred the field: no extra query per row
        if self.is_review_overdue:
            # The admin's listings (explorer, search, reports, choosers) all show this title.
            return _("%(title)s (review overdue)") % {"title": title}
        return title


def review_models() -> list[type]:
    """Every concrete page model with a review date."""
    from django.apps import apps

    return [m for m in apps.get_models() if issubclass(m, ReviewDateMixin) and not m._meta.abstract]
