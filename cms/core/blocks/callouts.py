"""Callouts: warnings, "if it's happening now", expandable details, steps and do/don't lists."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from .text import SHORT_RICH_TEXT_FEATURES, SafeRichTextBlock


class WarningCalloutBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=120, default=_("Warning"))
    text = blocks.TextBlock()

    class Meta:
        icon = "warning"
        template = "components/blocks/warning.html"


class HappeningNowBlock(blocks.StructBlock):
    """Emergency and reporting contacts, read from the contact settings at render time so a
    changed number changes everywhere."""

    heading = blocks.CharBlock(max_length=120, default=_("If it's happening now"))

    class Meta:
        icon = "warning"
        template = "components/blocks/happening_now.html"
        label = _("If it's happening now")


class DetailsBlock(blocks.StructBlock):
    """An expandable section (`<details>`): works without JavaScript and with screen readers."""

    summary = blocks.CharBlock(max_length=150, label=_("Heading"))
    text = SafeRichTextBlock(features=SHORT_RICH_TEXT_FEATURES)

    class Meta:
        icon = "collapse-down"
        template = "components/blocks/details.html"


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=150)
    text = blocks.TextBlock(required=False)


class StepsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=120, required=False)
    steps = blocks.ListBlock(StepBlock(), min_num=1)

    class Meta:
        icon = "list-ol"
        template = "components/blocks/steps.html"


class DoDontBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=120, required=False)
    dos = blocks.ListBlock(blocks.CharBlock(max_length=255), label=_("Do"), min_num=1)
    donts = blocks.ListBlock(blocks.CharBlock(max_length=255), label=_("Don't"), min_num=1)

    class Meta:
        icon = "tick"
        template = "components/blocks/do_dont.html"
        label = _("Do and don't")
