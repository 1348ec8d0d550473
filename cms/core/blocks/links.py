"""Link blocks: a call-to-action that points to a page or a URL, never both."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError


class LinkValue(blocks.StructValue):
    def url(self) -> str:
        # cms.core.i18n imports Wagtail's views, which need the models loaded: import when rendering.
        from cms.core.i18n import localized_url

        page = self.get("page")
        return localized_url(page) if page else (self.get("external_url") or "")


class CallToActionBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=80)
    page = blocks.PageChooserBlock(required=False)
    external_url = blocks.URLBlock(required=False)

    class Meta:
        icon = "link"
        template = "components/blocks/call_to_action.html"
        value_class = LinkValue

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("external_url")):
            raise StructBlockValidationError(
                block_errors={"page": ValidationError(_("Choose a page or enter a URL, not both."))}
            )
        return value
