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


class UpdateStreamBlock(blocks.StreamBlock):
    """An update to residents reads like a letter with figures: text, headings, sourced statistics,
    an image and a call to action, plus expandable details for the small print. No warnings (an
    update is news, not advice) and no video or raw HTML."""

    heading = HeadingBlock()
    text = SafeRichTextBlock()
    statistics = StatisticsBlock()
    image = AccessibleImageBlock()
    call_to_action = CallToActionBlock()
    details = DetailsBlock()
