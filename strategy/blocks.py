"""Blocks for strategy pages.

A strategy is a long document read section by section, so its body is a list of sections, each
with a heading (which becomes an entry in the table of contents and an anchor) and content:
text, sourced statistics, expandable details and calls to action. No images or video (a strategy
is read, printed and quoted) and no raw HTML. Borough highlights are statistic blocks, each of
which may link to a borough page."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from boroughs.blocks import BoroughStatisticBlock, BoroughStatisticsBlock
from cms.core.blocks import CallToActionBlock, DetailsBlock, SafeRichTextBlock


class SectionContentBlock(blocks.StreamBlock):
    text = SafeRichTextBlock(features=["h3", "bold", "italic", "ol", "ul", "link", "document-link"])
    statistics = BoroughStatisticsBlock()
    details = DetailsBlock()
    call_to_action = CallToActionBlock()


class StrategySectionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=120, help_text=_("Listed in the table of contents."))
    content = SectionContentBlock()

    class Meta:
        icon = "doc-full"
        label = _("Section")


class StrategyStreamBlock(blocks.StreamBlock):
    section = StrategySectionBlock()


class HighlightsStreamBlock(blocks.StreamBlock):
    statistic = BoroughStatisticBlock()
