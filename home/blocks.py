"""Blocks for the home page: short text, calls to action and sourced statistics only.
The home page gathers from the domains; long-form content belongs on their pages."""

from wagtail import blocks

from boroughs.blocks import BoroughStatisticsBlock
from cms.core.blocks import CallToActionBlock, HeadingBlock, SafeRichTextBlock


class HomeStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    text = SafeRichTextBlock()
    call_to_action = CallToActionBlock()
    statistics = BoroughStatisticsBlock()
