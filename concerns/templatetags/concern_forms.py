"""Template helpers for the accessible form components (templates/components/form_*.html)."""

from django import template

register = template.Library()


@register.filter
def error_anchor(bound_field) -> str:
    """The id the error summary links to: the input itself, or the first option of a group."""
    if bound_field.use_fieldset:
        options = list(bound_field.subwidgets)
        return options[0].id_for_label if options else bound_field.auto_id
    return bound_field.id_for_label or bound_field.auto_id


@register.filter
def describedby(bound_field) -> str:
    ids = []
    if bound_field.help_text:
        ids.append(f"{bound_field.auto_id}_helptext")
    if bound_field.errors:
        ids.append(f"{bound_field.auto_id}_error")
    return " ".join(ids)


@register.simple_tag
def choice_groups(bound_field) -> list[dict]:
    """The options of a checkbox/radio group, with their optgroup labels:
    [{"label": "Crime" or None, "options": [BoundWidget, ...]}]."""
    widgets = list(bound_field.subwidgets)
    groups, position = [], 0
    for value, label in bound_field.field.choices:
        if isinstance(label, list | tuple):
            groups.append({"label": value, "options": widgets[position : position + len(label)]})
            position += len(label)
        else:
            if not groups or groups[-1]["label"] is not None:
                groups.append({"label": None, "options": []})
            groups[-1]["options"].append(widgets[position])
            position += 1
    return groups
