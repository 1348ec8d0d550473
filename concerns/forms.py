"""The concern form's core questions and the priority survey form.

The core questions are defined here, in code, so every borough's answers join up (same ward,
category and text columns); editors add extra questions with the form builder, and those are
appended after the core ones (see ConcernFormPage.get_form_class).
"""

import re

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.contrib.forms.forms import BaseForm

from . import choices
from .spam import ProtectedFormMixin

# Apps above this one extend the survey form through this Wagtail hook (see SurveyForm).
SURVEY_EXTENSION_HOOK = "engage_survey_form"

DESCRIPTION_MAX = 2000
COMMENT_MAX = 1000
MAX_SURVEY_CHOICES = 3

# Core field names: an editor's extra question may not reuse one (see ConcernFormPageAdminForm).
CORE_FIELD_NAMES = frozenset(
    {
        "ward",
        "category",
        "description",
        "location",
        "happens_when",
        "name",
        "email",
        "phone",
        "consent",
        "submission_token",
        "rendered_at",
        "website",
        "reference",
        "status",
        "submit_time",
        "concerns",
        "comment",
    }
)

_PHONE = re.compile(r"^[0-9+()\- ]{6,40}$")


def reject_line_breaks(value: str) -> None:
    if "\r" in value or "\n" in value:
        raise ValidationError(_("Enter an email address on one line, like name@example.com."), code="line_break")


def safe_email_address(value: str) -> str:
    """The address, if it is valid and safe to put in a mail header; ValidationError otherwise."""
    reject_line_breaks(value)
    validate_email(value)
    return value


class _TextWithoutMaxlength(forms.Textarea):
    """A textarea without the `maxlength` attribute: a browser would silently cut pasted text;
    the server says how much is too much instead, and keeps the text."""

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        context["widget"]["attrs"].pop("maxlength", None)
        return context


class ConcernCoreForm(ProtectedFormMixin, BaseForm):
    ward = forms.ChoiceField(
        label=_("Which ward is it in?"),
        help_text=_("Choose “Not sure / whole borough” if you do not know the ward."),
        error_messages={"invalid_choice": _("Choose one of this borough's wards from the list.")},
    )
    category = forms.ChoiceField(
        label=_("What is it about?"),
        error_messages={"invalid_choice": _("Choose what it is about from the list.")},
    )
    description = forms.CharField(
        label=_("What is happening?"),
        max_length=DESCRIPTION_MAX,
        help_text=_("Tell us what you have seen or heard, in up to 2,000 characters."),
        widget=_TextWithoutMaxlength(attrs={"rows": 7}),
    )
    location = forms.CharField(
        label=_("Where does it happen? (optional)"),
        max_length=300,
        required=False,
        help_text=_("A street, a landmark or an area."),
    )
    happens_when = forms.CharField(
        label=_("When does it happen? (optional)"),
        max_length=300,
        required=False,
        help_text=_("For example “most evenings after 9pm”."),
    )
    name = forms.CharField(
        label=_("Your name (optional)"),
        max_length=150,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email = forms.CharField(
        label=_("Your email address (optional)"),
        max_length=254,
        required=False,
        help_text=_("We will send you a reference number if you agree below."),
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
        strip=False,
    )
    phone = forms.CharField(
        label=_("Your phone number (optional)"),
        max_length=40,
        required=False,
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
    )
    consent = forms.BooleanField(
        label=_("You may contact me about this concern"),
        required=False,
        help_text=_("We use your details only to reply about this concern."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        page = self.page
        borough_path = page.path[: -page.steplen] if page is not None else ""
        depth = page.depth - 1 if page is not None else 0
        self.fields["ward"].choices = choices.ward_choices(borough_path, depth, blank=_("Choose a ward"))
        locale_id = page.locale_id if page is not None else None
        self.fields["category"].choices = choices.category_choices(
            locale_id, blank=_("Choose what it is about"), other=True
        )

    def clean_email(self):
        value = self.cleaned_data.get("email", "")
        raw = self.data.get(self.add_prefix("email"), "") if hasattr(self.data, "get") else ""
        if isinstance(raw, str):
            reject_line_breaks(raw)
        value = value.strip()
        if value:
            safe_email_address(value)
        return value

    def clean_phone(self):
        value = self.cleaned_data.get("phone", "")
        if value and not _PHONE.match(value):
            raise ValidationError(_("Enter a phone number using digits, spaces, + and brackets only."))
        return value

    def clean(self):
        cleaned = super().clean()
        wants_reply = cleaned.get("consent") and not (cleaned.get("email") or cleaned.get("phone"))
        if wants_reply and "email" not in self.errors and "phone" not in self.errors:
            self.add_error(
                "email",
                _("To be contacted, give an email address or a phone number (or untick the box)."),
            )
        return cleaned

    @property
    def extra_field_names(self) -> list[str]:
        return [name for name in self.fields if name not in CORE_FIELD_NAMES]

    @property
    def extra_bound_fields(self) -> list:
        return [self[name] for name in self.extra_field_names]


class SurveyForm(ProtectedFormMixin, BaseForm):
    """The priority survey. Each function registered under the `engage_survey_form` hook is called
    with the form and returns an extension or None. An extension has `fields` (a dict of extra
    form fields), `template` (included after the survey's own questions), `clean(form, cleaned)`
    (may add errors) and `stored(request, form, response)`: called after the response is
    committed and not spam, in its own savepoint; an exception there is logged, never shown, and
    never undoes the stored answer (concerns.public)."""

    concerns = forms.MultipleChoiceField(
        label=_("What worries you most? Choose up to three."),
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": _("Choose what it is about from the list.")},
    )
    ward = forms.ChoiceField(
        label=_("Which ward do you live or work in? (optional)"),
        required=False,
        error_messages={"invalid_choice": _("Choose one of this borough's wards from the list.")},
    )
    comment = forms.CharField(
        label=_("Anything else you want to tell us? (optional)"),
        max_length=COMMENT_MAX,
        required=False,
        help_text=_("Up to 1,000 characters. Please do not include names or contact details."),
        widget=_TextWithoutMaxlength(attrs={"rows": 4}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        page = self.page
        self.fields["concerns"].choices = choices.category_choices(
            page.locale_id if page is not None else None, blank=None, other=False
        )
        borough_path = page.path[: -page.steplen] if page is not None else ""
        depth = page.depth - 1 if page is not None else 0
        self.fields["ward"].choices = choices.ward_choices(borough_path, depth, blank=_("Prefer not to say"))
        self.extensions = [ext for ext in (make(self) for make in hooks.get_hooks(SURVEY_EXTENSION_HOOK)) if ext]
        for extension in self.extensions:
            self.fields.update(extension.fields)

    def clean(self):
        cleaned = super().clean()
        for extension in self.extensions:
            extension.clean(self, cleaned)
        return cleaned

    def clean_concerns(self):
        value = self.cleaned_data.get("concerns") or []
        if len(value) > MAX_SURVEY_CHOICES:
            raise ValidationError(_("Choose up to three concerns (you chose %(count)d).") % {"count": len(value)})
        return value
