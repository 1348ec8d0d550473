"""Blocks for advice pages."""

from wagtail import blocks

from cms.core.blocks import (
    AccessibleImageBlock,
    DetailsBlock,
    DoDontBlock,
    HappeningNowBlock,
    HeadingBlock,
    SafeRichTextBlock,
    StepsBlock,
    VideoEmbedBlock,
    WarningCalloutBlock,
)


class AdviceStreamBlock(blocks.StreamBlock):
    """What crime-prevention advice needs, and nothing riskier.

    Advice is read by someone who is worried or has just been a victim, often on a phone, so
    the blocks are shaped for action rather than layout: numbered steps, a do/don't list, a
    warning, an expandable "details" block for secondary questions, and an "if it's happening
    now" call to action whose numbers come from the contact settings (never typed by hand, so
    they are never out of date). Rich text uses the site's feature allow-list and is
    re-sanitised on save; images must have alt text (or be marked decorative); videos come
    only from allow-listed providers. No statistics (advice must not date), no calls to action
    to arbitrary URLs, no raw HTML.
    """

    heading = HeadingBlock()
    text = SafeRichTextBlock()
    steps = StepsBlock()
    do_dont = DoDontBlock()
    warning = WarningCalloutBlock()
    happening_now = HappeningNowBlock()
    details = DetailsBlock()
    image = AccessibleImageBlock()
    video = VideoEmbedBlock()
