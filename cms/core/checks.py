"""System checks for the house rules a reviewer would otherwise have to remember.

- every page model subclasses the abstract BasePage;
- every page model states its own `parent_page_types` and `subpage_types`;
- no StreamField offers a RawHTMLBlock;
- every snippet model is translatable.
"""

from django.apps import apps
from django.core.checks import Error, register
from wagtail import blocks
from wagtail.fields import StreamField
from wagtail.models import Page, TranslatableMixin, get_page_models
from wagtail.snippets.models import get_snippet_models


def _is_ours(model) -> bool:
    config = apps.get_containing_app_config(model.__module__)
    return config is not None and not config.name.startswith(("wagtail", "django", "modelcluster", "taggit"))


def _walk_blocks(block):
    yield block
    for child in getattr(block, "child_blocks", {}).values():
        yield from _walk_blocks(child)
    child = getattr(block, "child_block", None)
    if child is not None:
        yield from _walk_blocks(child)


@register()
def check_page_models(app_configs, **kwargs):
    from cms.core.models import BasePage

    errors = []
    for model in get_page_models():
        if model is Page or not _is_ours(model):
            continue
        label = model._meta.label
        if not issubclass(model, BasePage):
            errors.append(Error(f"{label} must subclass cms.core.models.BasePage.", id="engage.E001"))
        for attribute in ("parent_page_types", "subpage_types"):
            if attribute not in model.__dict__:
                errors.append(
                    Error(
                        f"{label} must set {attribute} explicitly.", hint="State the page-tree rule.", id="engage.E002"
                    )
                )
    return errors


@register()
def check_no_raw_html(app_configs, **kwargs):
    errors = []
    for model in apps.get_models():
        if not _is_ours(model):
            continue
        for field in model._meta.get_fields():
            if isinstance(field, StreamField):
                for block in _walk_blocks(field.stream_block):
                    if isinstance(block, blocks.RawHTMLBlock):
                        errors.append(
                            Error(f"{model._meta.label}.{field.name} offers a RawHTMLBlock.", id="engage.E003")
                        )
    return errors


@register()
def check_snippets_translatable(app_configs, **kwargs):
    return [
        Error(f"Snippet {model._meta.label} must use TranslatableMixin.", id="engage.E004")
        for model in get_snippet_models()
        if _is_ours(model) and not issubclass(model, TranslatableMixin)
    ]
