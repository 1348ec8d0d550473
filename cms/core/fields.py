"""A StreamField that keeps block definitions out of migrations.

Block definitions change often (a help text, a new child block) and never need a schema change:
the column is JSON either way. Wagtail's own StreamField serialises the whole block tree into every
migration, which makes them huge and noisy. This subclass writes an empty block list instead, as
ONS's dis-wagtail does. The trade-off: a data migration cannot rely on the historical blocks.
"""

from typing import Any

from wagtail.fields import StreamField as WagtailStreamField


class StreamField(WagtailStreamField):
    def deconstruct(self) -> tuple[str, str, list[Any], dict[str, Any]]:
        name, _path, _args, kwargs = super().deconstruct()
        kwargs["block_lookup"] = {}
        return name, "wagtail.fields.StreamField", [[]], kwargs
