from django import forms
from django.utils.translation import gettext_lazy as _

from concerns.spam import ProtectedFormMixin

from .scrub import MAX_COMMENT

# Field names and ids start "feedback-": unique beside any other form on the page.
PREFIX = "feedback"


class CommentField(forms.CharField):
    """Free text where a NUL byte is dropped, not a reason to refuse the answer."""

    def to_python(self, value):
        return super().to_python(value.replace("\x00", "") if isinstance(value, str) else value)


class FeedbackForm(ProtectedFormMixin, forms.Form):
    page = forms.IntegerField(widget=forms.HiddenInput, min_value=1)
    useful = forms.TypedChoiceField(
        label=_("Was this page useful?"),
        choices=[("yes", _("Yes")), ("no", _("No"))],
        coerce=lambda value: value == "yes",
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose yes or no.")},
    )
    comment = CommentField(
        label=_("What was missing? (optional)"),
        help_text=_("Please do not include personal details: e-mail addresses and phone numbers are removed."),
        required=False,
        # Longer text is cut to MAX_COMMENT characters (feedback/scrub.py), not refused.
        widget=forms.Textarea(attrs={"rows": 3, "maxlength": MAX_COMMENT}),
    )
