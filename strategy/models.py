"""The strategy index and strategy pages."""

from django.db import models
from django.template.defaultfilters import filesizeformat
from django.utils.functional import cached_property
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.models import Orderable
from wagtail.search import index

from cms.core.fields import StreamField
from cms.core.models import BasePage, ReviewDateMixin

from .blocks import HighlightsStreamBlock, StrategyStreamBlock

# What a resident sees instead of a file extension (the allowed ones: WAGTAILDOCS_EXTENSIONS).
FILE_TYPES = {
    "pdf": _("PDF"),
    "docx": _("Word document"),
    "odt": _("OpenDocument text"),
    "rtf": _("Rich text document"),
    "txt": _("Plain text"),
    "csv": _("CSV spreadsheet"),
    "xlsx": _("Excel spreadsheet"),
    "pptx": _("PowerPoint presentation"),
}


class StrategyIndexPage(BasePage):
    """Every strategy document, newest first."""

    introduction = models.TextField(_("introduction"), blank=True)

    content_panels = [*BasePage.content_panels, FieldPanel("introduction")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["strategy.StrategyPage"]
    max_count_per_parent = 1
    show_in_menus_default = True

    class Meta:
        verbose_name = _("strategy index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["strategies"] = (
            StrategyPage.objects.child_of(self)
            .live()
            .public()
            .defer_streamfields()
            .order_by("-publication_date", "title")
        )
        return context


class StrategyPage(ReviewDateMixin, BasePage):
    class Status(models.TextChoices):
        CONSULTATION = "consultation", _("Open for consultation")
        DRAFT = "draft", _("Draft")
        ADOPTED = "adopted", _("Adopted")
        SUPERSEDED = "superseded", _("Superseded")

    is_article = True

    summary = models.TextField(_("summary"), help_text=_("What the strategy sets out to do, in plain words."))
    publication_date = models.DateField(_("publication date"))
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.DRAFT)
    sections = StreamField(StrategyStreamBlock(), blank=True, verbose_name=_("sections"))
    highlights = StreamField(
        HighlightsStreamBlock(),
        blank=True,
        verbose_name=_("borough highlights"),
        help_text=_("Figures from boroughs; link each to its borough page."),
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel([FieldPanel("publication_date"), FieldPanel("status")], heading=_("Status")),
        FieldPanel("sections"),
        InlinePanel("commitments", heading=_("Commitments"), label=_("Commitment")),
        InlinePanel("documents", heading=_("Documents to download"), label=_("Document")),
        FieldPanel("highlights"),
        *ReviewDateMixin.review_panels,
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("summary"), index.SearchField("sections")]
    api_fields = [
        *BasePage.api_fields,
        APIField("summary"),
        APIField("publication_date"),
        APIField("status"),
        APIField("sections"),
        APIField("commitments"),
    ]
    parent_page_types = ["strategy.StrategyIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("strategy page")

    @cached_property
    def section_list(self) -> list[dict]:
        """Sections with unique anchors, for the table of contents and the headings' ids."""
        seen: set[str] = set()
        sections = []
        for number, block in enumerate(self.sections, start=1):
            heading = block.value["heading"]
            anchor = slugify(heading, allow_unicode=True) or f"section-{number}"
            if anchor in seen:
                anchor = f"{anchor}-{number}"
            seen.add(anchor)
            sections.append({"anchor": anchor, "heading": heading, "content": block.value["content"]})
        return sections

    @cached_property
    def commitment_list(self):
        return list(self.commitments.all())

    @cached_property
    def document_list(self):
        return list(self.documents.all().select_related("document"))


class StrategyCommitment(Orderable):
    page = ParentalKey(StrategyPage, on_delete=models.CASCADE, related_name="commitments")
    title = models.CharField(_("commitment"), max_length=200)
    description = models.TextField(_("what it means"), blank=True)

    api_fields = [APIField("title"), APIField("description")]
    panels = [FieldPanel("title"), FieldPanel("description")]

    def __str__(self):
        return self.title


class StrategyDocument(Orderable):
    page = ParentalKey(StrategyPage, on_delete=models.CASCADE, related_name="documents")
    document = models.ForeignKey(
        "wagtaildocs.Document", verbose_name=_("document"), on_delete=models.CASCADE, related_name="+"
    )
    title = models.CharField(
        _("link text"), max_length=200, blank=True, help_text=_("Defaults to the document's title.")
    )

    panels = [FieldPanel("document"), FieldPanel("title")]

    def __str__(self):
        return self.link_text

    @property
    def link_text(self) -> str:
        return self.title or self.document.title

    def type_label(self) -> str:
        extension = self.document.file_extension.lower()
        return str(FILE_TYPES.get(extension, extension.upper()))

    def description(self) -> str:
        """Type and size in plain words, for example "PDF, 1.2 MB"."""
        size = self.document.file_size
        return f"{self.type_label()}, {filesizeformat(size)}" if size else self.type_label()
