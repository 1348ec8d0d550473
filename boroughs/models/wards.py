"""Neighbourhood teams: ward pages with their Dedicated Ward Officers, and borough-level teams.

A ward is a page under its borough so that the borough's editors (page permissions) look after
it. Team members are orderables edited inline, on the ward page for a ward team and on the
borough page for the borough's own neighbourhood team; both share `TeamMemberBase`.
"""

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Prefetch
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.images import get_image_model
from wagtail.models import Orderable
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from cms.core.models import BasePage, ReviewDateMixin
from cms.core.sections import collect_sections

# The one rendition a team member's photo is shown at (see components/team_member.html).
PHOTO_RENDITION = "fill-160x160"


class Rank(models.TextChoices):
    INSPECTOR = "inspector", _("Inspector")
    SERGEANT = "sergeant", _("Sergeant")
    PC = "pc", _("PC")
    PCSO = "pcso", _("PCSO")


RANK_IN_FULL = {
    Rank.INSPECTOR: _("Inspector"),
    Rank.SERGEANT: _("Sergeant"),
    Rank.PC: _("Police Constable"),
    Rank.PCSO: _("Police Community Support Officer"),
}


class TeamMemberBase(Orderable):
    """One officer in a neighbourhood team: rank, name, role and an optional photo."""

    rank = models.CharField(_("rank"), max_length=20, choices=Rank.choices)
    name = models.CharField(_("name"), max_length=120)
    role = models.CharField(
        _("role"), max_length=200, help_text=_("What they do for residents, e.g. “Dedicated Ward Officer”.")
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    photo_alt_text = models.CharField(
        _("photo description"),
        max_length=200,
        blank=True,
        help_text=_("Required with a photo: describe it for people who cannot see it, e.g. “PC Lee in uniform”."),
    )

    panels = [
        FieldRowPanel([FieldPanel("rank"), FieldPanel("name")]),
        FieldPanel("role"),
        FieldRowPanel([FieldPanel("image"), FieldPanel("photo_alt_text")]),
    ]

    class Meta(Orderable.Meta):
        abstract = True

    def __str__(self):
        return f"{self.get_rank_display()} {self.name}"

    def clean(self):
        super().clean()
        if self.image_id and not (self.photo_alt_text or "").strip():
            raise ValidationError({"photo_alt_text": _("Describe the photo for people who cannot see it.")})

    @property
    def rank_in_full(self) -> str:
        return str(RANK_IN_FULL.get(self.rank, self.get_rank_display()))

    @property
    def rank_is_abbreviated(self) -> bool:
        return self.rank in (Rank.PC, Rank.PCSO)

    def as_card(self) -> dict:
        """The member as plain (cacheable) data for components/team_member.html."""
        photo = None
        if self.image_id and self.image is not None:
            rendition = self.image.get_rendition(PHOTO_RENDITION)
            photo = {"url": rendition.url, "width": rendition.width, "height": rendition.height}
        return {
            "name": self.name,
            "role": self.role,
            "rank": str(self.get_rank_display()),
            "rank_in_full": self.rank_in_full,
            "rank_is_abbreviated": self.rank_is_abbreviated,
            "photo": photo,
            "photo_alt_text": self.photo_alt_text,
        }


def team_queryset(manager):
    """A team in order, photos and their one rendition prefetched: constant queries for any size."""
    renditions = get_image_model().get_rendition_model().objects.filter(filter_spec=PHOTO_RENDITION)
    return manager.select_related("image").prefetch_related(Prefetch("image__renditions", queryset=renditions))


class WardPage(ReviewDateMixin, BasePage):
    """A ward and its Dedicated Ward Officers: who they are, how to reach them, where to meet them."""

    introduction = models.TextField(_("introduction"), help_text=_("A few sentences about the ward."))
    contact_email = models.EmailField(_("team email"), blank=True)
    contact_phone = models.CharField(_("team phone"), max_length=30, blank=True)
    surgeries = models.TextField(
        _("surgeries"),
        blank=True,
        help_text=_("Where and when residents can meet the team. One surgery per line."),
    )
    gss_code = models.CharField(
        _("GSS code"),
        max_length=9,
        blank=True,
        db_index=True,
        validators=[
            RegexValidator(r"^E05\d{6}$", _("A ward's GSS code is “E05” and six digits, for example “E05009367”."))
        ],
        help_text=_("The ONS code of the electoral ward, for example “E05009367”. Postcode search uses it."),
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("introduction"),
        FieldPanel("gss_code"),
        MultiFieldPanel(
            [FieldPanel("contact_email"), FieldPanel("contact_phone"), FieldPanel("surgeries")],
            heading=_("Contacting the team"),
        ),
        InlinePanel("team_members", heading=_("Dedicated Ward Officers"), label=_("Team member")),
        *ReviewDateMixin.review_panels,
    ]
    # The code names the same place in every language: copied to translations, never translated.
    override_translatable_fields = [SynchronizedField("gss_code")]
    search_fields = [*BasePage.search_fields, index.SearchField("introduction")]
    api_fields = [
        *BasePage.api_fields,
        APIField("introduction"),
        APIField("gss_code"),
        APIField("contact_email"),
        APIField("contact_phone"),
    ]
    parent_page_types = ["boroughs.BoroughPage"]
    subpage_types: list[str] = []
    # The sections other apps add (engage_ward_sections hooks, cms/core/sections.py), in order.
    section_order = ("priorities",)

    class Meta:
        verbose_name = _("ward page")

    @cached_property
    def team(self) -> list[dict]:
        """The team in order, as cards (two queries whatever its size: members, photo renditions)."""
        return [member.as_card() for member in team_queryset(self.team_members.all())]

    def surgery_lines(self) -> list[str]:
        return [line.strip() for line in self.surgeries.splitlines() if line.strip()]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sections"] = collect_sections("engage_ward_sections", self, request)
        return context


class TeamMember(TeamMemberBase):
    """A Dedicated Ward Officer on a ward page."""

    page = ParentalKey(WardPage, on_delete=models.CASCADE, related_name="team_members")

    class Meta(TeamMemberBase.Meta):
        verbose_name = _("ward team member")
        verbose_name_plural = _("ward team members")


class BoroughTeamMember(TeamMemberBase):
    """A member of the borough's own neighbourhood team (inspector, sergeants), on the borough page."""

    page = ParentalKey("boroughs.BoroughPage", on_delete=models.CASCADE, related_name="team_members")

    class Meta(TeamMemberBase.Meta):
        verbose_name = _("borough team member")
        verbose_name_plural = _("borough team members")
