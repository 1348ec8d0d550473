"""A statistic that is never shown without what it measures, its period and its source."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError


class StatisticValue(blocks.StructValue):
    def accessible_sentence(self) -> str:
        """The whole statistic as one sentence, for screen readers and plain-text feeds."""
        parts = [f"{self['figure']} {self['measure']}".strip()]
        if self.get("comparison"):
            parts.append(str(self["comparison"]))
        parts.append(str(self["period"]))
        return ", ".join(parts) + f". {_('Source')}: {self['source']}."


class StatisticBlock(blocks.StructBlock):
    """A sourced figure. Domains may subclass it to add a link (boroughs.blocks adds a borough)."""

    figure = blocks.CharBlock(max_length=20, help_text=_("For example “-19%” or “1,000”."))
    measure = blocks.CharBlock(max_length=200, help_text=_("What the figure measures."))
    period = blocks.CharBlock(max_length=100, help_text=_("For example “April to November 2025”."))
    comparison = blocks.CharBlock(
        max_length=200, required=False, help_text=_("What it is compared with, e.g. “compared with last year”.")
    )
    source = blocks.CharBlock(max_length=200, help_text=_("Where the figure comes from."))
    source_url = blocks.URLBlock(required=False)

    class Meta:
        icon = "table"
        template = "components/blocks/statistic.html"
        value_class = StatisticValue

    def clean(self, value):
        errors = {}
        for name in ("period", "source"):
            if not (value.get(name) or "").strip():
                errors[name] = ValidationError(_("A figure must say its %(field)s.") % {"field": name})
        if errors:
            raise StructBlockValidationError(block_errors=errors)
        return super().clean(value)


class StatisticsBlock(blocks.StructBlock):
    """A group of statistics; a subclass may list a StatisticBlock subclass instead."""

    heading = blocks.CharBlock(max_length=120, required=False)
    statistics = blocks.ListBlock(StatisticBlock(), min_num=1)

    class Meta:
        icon = "table"
        template = "components/blocks/statistics.html"
