from django import template
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language
from wagtail.contrib.forms.models import FormMixin

from concerns.spam import STAMP_FIELD, TOKEN_FIELD, new_stamp, new_token

from ..forms import PREFIX, FeedbackForm

register = template.Library()

# The box's markup is the same on every page of a language but for three values: the page id,
# the one-time token and the time stamp. Rendering the form's widgets costs milliseconds on every
# uncached page, so the markup is rendered once per process, language and form address with
# placeholders, which each request fills in (escaped). The HTML is identical to a full render.
_PAGE, _TOKEN, _STAMP = "engage-feedback-page-0", "engage-feedback-token-0", "engage-feedback-stamp-0"
_MARKUP: dict[tuple[str, str, bool], str] = {}


def _form_markup(action: str, missing: bool) -> str:
    key = (get_language() or "", action, missing)
    markup = _MARKUP.get(key)
    if markup is None:
        form = FeedbackForm(initial={"page": _PAGE}, prefix=PREFIX)
        form.fields[TOKEN_FIELD].initial = _TOKEN
        form.fields[STAMP_FIELD].initial = _STAMP
        context = {"show": True, "form": form, "thanks": False, "missing": missing}
        markup = _MARKUP[key] = render_to_string("feedback/box.html", context)
    return markup


@register.simple_tag(takes_context=True)
def feedback_box(context, page=None) -> SafeString:
    """The "was this page useful?" box for a live page (not on form pages, which have their own form)."""
    request = context.get("request")
    if (
        page is None
        or not getattr(page, "pk", None)
        or isinstance(page, FormMixin)
        or getattr(request, "is_preview", False)
    ):
        return mark_safe("")
    outcome = request.GET.get("feedback", "") if request is not None else ""
    if outcome == "thanks":
        return render_to_string("feedback/box.html", {"show": True, "thanks": True})
    markup = _form_markup(reverse("feedback:submit"), outcome == "missing")
    for placeholder, value in ((_PAGE, page.pk), (_TOKEN, new_token()), (_STAMP, new_stamp())):
        markup = markup.replace(placeholder, escape(str(value)))
    return mark_safe(markup)  # noqa: S308 (our template's output; the values filled in are escaped)
