"""Blocks for the home page: short text, calls to action and sourced statistics only.
The home page gathers from the domains; long-form content belongs on their pages."""

from wagtail import blocks

from cms.core.blocks import CallToActionBlock, HeadingBlock, SafeRichTextBlock, StatisticsBlock


class HomeStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    text = SafeRichTextBlock()
    call_to_action = CallToActionBlock()
    statistics = StatisticsBlock()
