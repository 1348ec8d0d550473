"""Small, single-purpose page mixins. `BasePage` composes them; pages may add more."""

from django.db import models
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
