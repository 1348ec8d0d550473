"""The shared taxonomy: the 13 MPS anti-social behaviour categories, crime types and advice topics.

Advice pages, local priorities, meeting concerns and concern submissions all tag these, so the
data joins up across the site. All three are translatable snippets with revisions.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import RevisionMixin, TranslatableMixin
from wagtail.search import index


class CrimeType(TranslatableMixin, RevisionMixin, index.Indexed, models.Model):
    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100)
    description = models.TextField(_("description"), blank=True)
    sort_order = models.PositiveSmallIntegerField(_("sort order"), default=0)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description"), FieldPanel("sort_order")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("crime type")
        verbose_name_plural = _("crime types")
        ordering = ["sort_order", "name"]
        constraints = [models.UniqueConstraint(fields=["slug", "locale"], name="unique_crime_type_slug_per_locale")]

    def __str__(self):
        return self.name


class AsbCategory(TranslatableMixin, RevisionMixin, index.Indexed, models.Model):
    """One of the Metropolitan Police Service's 13 anti-social behaviour headings."""

    class Qualifier(models.TextChoices):
        PERSONAL = "personal", _("Personal")
        NUISANCE = "nuisance", _("Nuisance")
        ENVIRONMENTAL = "environmental", _("Environmental")

    class WhoDeals(models.TextChoices):
        POLICE = "police", _("The police")
        COUNCIL = "council", _("Your local council")
        BOTH = "both", _("The police and your local council")
        OTHER = "other", _("Another organisation")

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100, help_text=_("Used in the category's web address."))
    qualifier = models.CharField(_("qualifier"), max_length=20, choices=Qualifier.choices)
    description = models.TextField(_("what it is"))
    examples = models.TextField(_("examples"), blank=True, help_text=_("One example per line."))
    who_deals = models.CharField(_("who deals with it"), max_length=20, choices=WhoDeals.choices)
    other_body_name = models.CharField(_("other organisation"), max_length=150, blank=True)
    other_body_url = models.URLField(_("other organisation's website"), blank=True)
    how_to_report = models.TextField(_("how to report it"))
    when_urgent = models.TextField(_("when it is urgent"))
    sort_order = models.PositiveSmallIntegerField(_("sort order"), default=0)

    panels = [
        MultiFieldPanel(
            [FieldPanel("name"), FieldPanel("slug"), FieldPanel("qualifier"), FieldPanel("sort_order")],
            heading=_("Category"),
        ),
        FieldPanel("description"),
        FieldPanel("examples"),
        MultiFieldPanel(
            [FieldPanel("who_deals"), FieldPanel("other_body_name"), FieldPanel("other_body_url")],
            heading=_("Who deals with it"),
        ),
        FieldPanel("how_to_report"),
        FieldPanel("when_urgent"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("description"),
        index.SearchField("examples"),
        index.AutocompleteField("name"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("ASB category")
        verbose_name_plural = _("ASB categories")
        ordering = ["sort_order", "name"]
        constraints = [models.UniqueConstraint(fields=["slug", "locale"], name="unique_asb_slug_per_locale")]

    def __str__(self):
        return self.name

    def example_list(self) -> list[str]:
        return [line.strip() for line in self.examples.splitlines() if line.strip()]

    @property
    def anchor(self) -> str:
        """Stable fragment identifier on the ASB page."""
        return f"asb-{self.slug}"


class AdviceTopic(TranslatableMixin, RevisionMixin, index.Indexed, models.Model):
    """What the advice index groups pages by ("Burglary", "Fraud and scams"…).

    A snippet rather than a page: a topic has no content of its own beyond a summary, editors
    pick it from a list, and advice addresses (/advice/<slug>/) stay stable when an editor
    moves a page to another topic."""

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=100, help_text=_("Used as the topic's anchor on the advice index."))
    summary = models.TextField(_("summary"), blank=True, help_text=_("One or two sentences shown under the topic."))
    sort_order = models.PositiveSmallIntegerField(_("sort order"), default=0)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("summary"), FieldPanel("sort_order")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("advice topic")
        verbose_name_plural = _("advice topics")
        ordering = ["sort_order", "name"]
        constraints = [models.UniqueConstraint(fields=["slug", "locale"], name="unique_advice_topic_slug_per_locale")]

    def __str__(self):
        return self.name

    @property
    def anchor(self) -> str:
        return f"topic-{self.slug}"
