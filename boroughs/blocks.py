"""Blocks for borough pages: what a borough team needs to say, and nothing riskier.

Text, headings, images, calls to action, sourced statistics and warnings. No video (the
borough page is a hub, not an article) and no raw HTML."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from cms.core.blocks import (
    AccessibleImageBlock,
    CallToActionBlock,
    DetailsBlock,
    HeadingBlock,
    SafeRichTextBlock,
    StatisticBlock,
    StatisticsBlock,
    WarningCalloutBlock,
)


class BoroughStatisticBlock(StatisticBlock):
    """A sourced figure that may link to the borough it is about. Here rather than in the core
    block, which knows no domain; pages above the boroughs (home, strategy) use it too."""

    borough = blocks.PageChooserBlock(
        required=False, page_type="boroughs.BoroughPage", help_text=_("Link the figure to a borough page.")
    )


class BoroughStatisticsBlock(StatisticsBlock):
    statistics = blocks.ListBlock(BoroughStatisticBlock(), min_num=1)


class BoroughStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    text = SafeRichTextBlock()
    image = AccessibleImageBlock()
    call_to_action = CallToActionBlock()
    statistics = BoroughStatisticsBlock()
    warning = WarningCalloutBlock()
    details = DetailsBlock()


class UpdateStreamBlock(blocks.StreamBlock):
    """An update to residents reads like a letter with figures: text, headings, sourced statistics,
    an image and a call to action, plus expandable details for the small print. No warnings (an
    update is news, not advice) and no video or raw HTML."""

    heading = HeadingBlock()
    text = SafeRichTextBlock()
    statistics = BoroughStatisticsBlock()
    image = AccessibleImageBlock()
    call_to_action = CallToActionBlock()
    details = DetailsBlock()
