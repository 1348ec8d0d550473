"""Text blocks: headings and rich text with an explicit feature allow-list."""

import re

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.rich_text import RichText

# What editors may use in body text. No embeds, no images inline, no raw HTML, no code.
RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link"]
SHORT_RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]


# Elements whose *contents* are never text a reader should see: dropped whole, before the
# allow-list (which would otherwise keep their inner text as inert, but visible, junk).
_INVISIBLE_ELEMENTS = re.compile(
    r"<(script|style|template|noscript|iframe|object)\b[^>]*>.*?(</\1\s*>|$)", re.IGNORECASE | re.DOTALL
)


def sanitise_rich_text(html: str, features: list[str]) -> str:
    """Run HTML through Wagtail's allow-list for `features`: anything else (scripts, event
    handlers, styles, unknown tags) is dropped. Used on every save, not just in the editor."""
    # Imported here: the converter module loads models, and blocks are imported by models.
    from wagtail.admin.rich_text.converters.editor_html import EditorHTMLConverter

    html = _INVISIBLE_ELEMENTS.sub("", html or "")
    return EditorHTMLConverter(features=features).to_database_format(html)


class SafeRichTextBlock(blocks.RichTextBlock):
    """A RichTextBlock that re-sanitises its HTML on clean, so content that reaches the block
    without going through the editor (an API, a paste, an import) is still allow-listed."""

    def __init__(self, features=None, **kwargs):
        features = features or RICH_TEXT_FEATURES
        super().__init__(features=features, **kwargs)

    def clean(self, value):
        value = super().clean(value)
        return RichText(sanitise_rich_text(value.source, self.features))

    class Meta:
        icon = "pilcrow"
        template = "components/blocks/rich_text.html"


class HeadingBlock(blocks.StructBlock):
    """A section heading. Level 2 appears in a page's table of contents."""

    text = blocks.CharBlock(max_length=120, label=_("Heading"))
    level = blocks.ChoiceBlock(choices=[("h2", _("Section heading")), ("h3", _("Sub-heading"))], default="h2")

    class Meta:
        icon = "title"
        template = "components/blocks/heading.html"
        value_class = blocks.StructValue
