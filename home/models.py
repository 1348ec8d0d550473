"""The home page, one per locale: the way in to every borough."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel

from boroughs.models import BoroughIndexPage, BoroughPage
from cms.core.fields import StreamField
from cms.core.models import BasePage
from cms.core.sections import collect_sections

from .blocks import HomeStreamBlock


class HomePage(BasePage):
    hero_heading = models.CharField(_("heading"), max_length=120)
    hero_text = models.TextField(_("introduction"))
    body = StreamField(HomeStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel([FieldPanel("hero_heading"), FieldPanel("hero_text")], heading=_("Welcome")),
        FieldPanel("body"),
    ]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "boroughs.BoroughIndexPage",
        "advice.AdviceIndexPage",
        "advice.AsbPage",
        "strategy.StrategyIndexPage",
    ]
    # The sections other apps add (engage_home_sections hooks, cms/core/sections.py), in order.
    section_order = ("meetings",)

    class Meta:
        verbose_name = _("home page")

    @classmethod
    def can_create_at(cls, parent):
        # One home page per locale: editors never add a second one; wagtail-localize creates
        # each locale's home page as a translation of this one.
        return super().can_create_at(parent) and not cls.objects.exists()

    def get_borough_index(self):
        return BoroughIndexPage.objects.child_of(self).live().first()

    def get_boroughs(self):
        """Every live borough in this locale, A to Z, with its BCU (one query)."""
        return (
            BoroughPage.objects.live()
            .public()
            .filter(locale_id=self.locale_id)
            .select_related("bcu")
            .only("id", "title", "url_path", "path", "depth", "locale_id", "bcu__name")
            .order_by("title")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        boroughs = list(self.get_boroughs())
        letters: dict[str, list] = {}
        for borough in boroughs:
            letters.setdefault(borough.title[0].upper(), []).append(borough)
        context["borough_letters"] = sorted(letters.items())
        context["borough_count"] = len(boroughs)
        context["sections"] = collect_sections("engage_home_sections", self, request)
        return context
