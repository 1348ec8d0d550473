"""The home page, one per locale: the way in to every borough."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel

from boroughs.models import BoroughIndexPage, BoroughPage
from cms.core.fields import StreamField
from cms.core.models import BasePage
from cms.core.sections import collect_sections, section_data

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

    def get_admin_display_title(self):
        """Every locale's home page has the same title: the admin shows which language each is,
        e.g. "Engage (العربية)", so the explorer's eleven home pages can be told apart."""
        title = super().get_admin_display_title()
        return f"{title} ({self.locale.get_display_name()})"

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

        def compute():
            """The A to Z of boroughs as plain data, cached under the content version."""
            boroughs = list(self.get_boroughs())
            letters: dict[str, list] = {}
            for borough in boroughs:
                letters.setdefault(borough.title[0].upper(), []).append(
                    {
                        "title": borough.title,
                        "url": borough.get_url(request),
                        "bcu": borough.bcu.name if borough.bcu else "",
                    }
                )
            return {"letters": sorted(letters.items()), "count": len(boroughs)}

        host = f"{request.scheme}://{request.get_host()}"
        boroughs = section_data(self, request, "boroughs-a-z", compute, vary=[host])
        context["borough_letters"] = boroughs["letters"]
        context["borough_count"] = boroughs["count"]
        context["sections"] = collect_sections("engage_home_sections", self, request)
        return context
