from django import template
from wagtail.contrib.forms.models import FormMixin

from ..forms import PREFIX, FeedbackForm

register = template.Library()


@register.inclusion_tag("feedback/box.html", takes_context=True)
def feedback_box(context, page=None):
    """The "was this page useful?" box for a live page (not on form pages, which have their own form)."""
    request = context.get("request")
    if (
        page is None
        or not getattr(page, "pk", None)
        or isinstance(page, FormMixin)
        or getattr(request, "is_preview", False)
    ):
        return {"show": False}
    outcome = request.GET.get("feedback", "") if request is not None else ""
    form = FeedbackForm(initial={"page": page.pk}, prefix=PREFIX)
    return {"show": True, "form": form, "thanks": outcome == "thanks", "missing": outcome == "missing"}
