"""Blocks for borough pages: what a borough team needs to say, and nothing riskier.

Text, headings, images, calls to action, sourced statistics and warnings. No video (the
borough page is a hub, not an article) and no raw HTML."""

from wagtail import blocks

from cms.core.blocks import (
    AccessibleImageBlock,
    CallToActionBlock,
    DetailsBlock,
    HeadingBlock,
    SafeRichTextBlock,
    StatisticsBlock,
    WarningCalloutBlock,
)


class BoroughStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    text = SafeRichTextBlock()
    image = AccessibleImageBlock()
    call_to_action = CallToActionBlock()
    statistics = StatisticsBlock()
    warning = WarningCalloutBlock()
    details = DetailsBlock()
