"""Basic Command Units, the "Your area" index and borough pages."""

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.api import APIField
from wagtail.models import Orderable, RevisionMixin, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from cms.core.baseurl import absolute_url
from cms.core.cache import cached
from cms.core.fields import StreamField
from cms.core.models import BasePage, ReviewDateMixin
from cms.core.sections import collect_sections, section_data

from ..blocks import BoroughStreamBlock


class Bcu(TranslatableMixin, RevisionMixin, models.Model):
    """A Basic Command Unit: the Met's grouping of two to four boroughs under one commander.
    Which borough belongs to which BCU is data editors can change, not code."""

    code = models.CharField(_("code"), max_length=4, help_text=_("Short code, for example “CE”."))
    name = models.CharField(_("name"), max_length=100)
    description = models.TextField(_("description"), blank=True)

    panels = [FieldPanel("code"), FieldPanel("name"), FieldPanel("description")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("Basic Command Unit")
        verbose_name_plural = _("Basic Command Units")
        ordering = ["name"]
        constraints = [models.UniqueConstraint(fields=["code", "locale"], name="unique_bcu_code_per_locale")]

    def __str__(self):
        return self.name


class BoroughIndexPage(BasePage):
    """ "Your area": every borough, grouped by BCU."""

    introduction = models.TextField(_("introduction"), blank=True)

    content_panels = [*BasePage.content_panels, FieldPanel("introduction")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["boroughs.BoroughPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("borough index page")

    def get_boroughs(self):
        return (
            BoroughPage.objects.child_of(self)
            .live()
            .public()
            .select_related("bcu")
            .only("id", "title", "url_path", "path", "depth", "locale_id", "listing_summary", "bcu__name", "bcu__code")
            .order_by("title")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        groups: dict[str, list] = {}
        for borough in self.get_boroughs():
            groups.setdefault(borough.bcu.name, []).append(borough)
        context["bcu_groups"] = sorted(groups.items())
        return context


class BoroughPage(ReviewDateMixin, BasePage):
    """A London borough: its BCU, how to reach its police, and what its teams want to say."""

    bcu = models.ForeignKey(
        Bcu, verbose_name=_("Basic Command Unit"), on_delete=models.PROTECT, related_name="boroughs"
    )
    code = models.CharField(
        _("reference code"),
        max_length=3,
        help_text=_("Three capital letters used in concern reference numbers, for example “HAC”."),
    )
    introduction = models.TextField(_("introduction"))
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    email = models.EmailField(_("email"), blank=True)
    gss_code = models.CharField(
        _("GSS code"),
        max_length=9,
        blank=True,
        db_index=True,
        validators=[
            RegexValidator(r"^E09\d{6}$", _("A borough's GSS code is “E09” and six digits, for example “E09000012”."))
        ],
        help_text=_(
            "The ONS code of the local authority, for example “E09000012” for Hackney. Postcode search uses it."
        ),
    )
    body = StreamField(BoroughStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("introduction"),
        MultiFieldPanel(
            [FieldPanel("bcu"), FieldPanel("code"), FieldPanel("gss_code"), FieldPanel("phone"), FieldPanel("email")],
            heading=_("Borough details"),
        ),
        InlinePanel("team_members", heading=_("Borough neighbourhood team"), label=_("Team member")),
        InlinePanel("front_counters", heading=_("Front counters"), label=_("Front counter")),
        InlinePanel("featured_advice", heading=_("Featured advice"), label=_("Advice page"), max_num=6),
        FieldPanel("body"),
        *ReviewDateMixin.review_panels,
    ]
    # The code names the same place in every language: copied to translations, never translated.
    override_translatable_fields = [SynchronizedField("gss_code")]
    search_fields = [*BasePage.search_fields, index.SearchField("introduction")]
    api_fields = [
        *BasePage.api_fields,
        APIField("code"),
        APIField("gss_code"),
        APIField("introduction"),
        APIField("phone"),
        APIField("email"),
        APIField("body"),
    ]
    parent_page_types = ["boroughs.BoroughIndexPage"]
    subpage_types = [
        "boroughs.WardPage",
        "boroughs.PriorityIndexPage",
        "boroughs.UpdateIndexPage",
        "meetings.MeetingIndexPage",
        "concerns.ConcernFormPage",
        "concerns.SurveyPage",
    ]
    # The sections other apps add (engage_borough_sections hooks, cms/core/sections.py), in order.
    section_order = ("team", "priorities", "meetings", "updates", "advice", "concerns")

    class Meta:
        verbose_name = _("borough page")

    def clean(self):
        super().clean()
        self.code = (self.code or "").upper()
        if len(self.code) != 3 or not self.code.isalpha():
            raise ValidationError({"code": _("Use exactly three letters, for example “HAC”.")})
        clash = BoroughPage.objects.filter(code=self.code, locale_id=self.locale_id).exclude(pk=self.pk)
        if self.locale_id and clash.exists():
            raise ValidationError({"code": _("Another borough already uses this code.")})

    @cached_property
    def command_unit(self) -> Bcu:
        """The borough's BCU, from the content cache (BCUs change rarely)."""
        return cached(f"bcu:{self.bcu_id}", lambda: Bcu.objects.get(pk=self.bcu_id))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Plain data under the content version (one query less a request); a preview reads the
        # counters it holds in memory, unsaved changes included.
        context["front_counters"] = section_data(
            self,
            request,
            "front-counters",
            lambda: [
                {"name": c.name, "address_lines": c.address_lines(), "opening_hours_lines": c.opening_hours_lines()}
                for c in self.front_counters.all()
            ],
        )
        context["sections"] = collect_sections("engage_borough_sections", self, request)
        return context


def borough_of(page) -> dict | None:
    """The borough a page belongs to, as plain data: title, slug and addresses (cached)."""

    def compute():
        borough = BoroughPage.objects.ancestor_of(page).only("id", "title", "slug", "url_path", "path", "depth").first()
        if borough is None:
            return None
        return {"title": borough.title, "slug": borough.slug, "url": borough.url, "full_url": absolute_url(borough.url)}

    return cached(f"borough-of:{page.pk}", compute)


class FrontCounter(Orderable):
    """A police station front counter residents can visit."""

    page = ParentalKey(BoroughPage, on_delete=models.CASCADE, related_name="front_counters")
    name = models.CharField(_("name"), max_length=150)
    address = models.TextField(_("address"))
    opening_hours = models.TextField(_("opening hours"), help_text=_("One line per day or period."))

    panels = [FieldPanel("name"), FieldPanel("address"), FieldPanel("opening_hours")]

    def address_lines(self):
        return [line for line in self.address.splitlines() if line.strip()]

    def opening_hours_lines(self):
        return [line for line in self.opening_hours.splitlines() if line.strip()]


class FeaturedAdvice(Orderable):
    """Advice the borough team puts first on its page."""

    borough = ParentalKey(BoroughPage, on_delete=models.CASCADE, related_name="featured_advice")
    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("advice page"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [PageChooserPanel("page", "advice.AdvicePage")]
