"""Survey opt-in: a priority survey respondent may ask for alerts about the concerns they chose.

`concerns` knows nothing of alerts (the layers contract): its survey form calls the functions
registered under the `engage_survey_form` hook (concerns.forms.SurveyForm), and this module is
one (registered in alerts.wagtail_hooks). It adds an optional e-mail address and an explicit
consent box; once the survey answer is stored and committed (concerns.public), the address goes
through the ordinary double opt-in (`services.subscribe`): a confirmation e-mail, nothing else
until it is confirmed, and the same public answer for an address that is already subscribed.

The address is never stored with the survey answer: the answers stay anonymous. The subscription
covers the topics the respondent chose (ASB categories and crime types, by translation key) in
the survey's borough, or only their ward when they gave one, as immediate alerts in the
language they answered in.
"""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from advice.models import AsbCategory, CrimeType
from boroughs.models import WardPage
from concerns.choices import split_category
from concerns.forms import reject_line_breaks, safe_email_address

from . import services
from .models import Frequency, SubscriberArea, SubscriberTopic

EMAIL = "alerts_email"
CONSENT = "alerts_consent"


def topic_keys(values) -> list[str]:
    """The survey's chosen concerns ("asb:<pk>", "crime:<pk>") as alert topic keys."""
    ids: dict[str, list[int]] = {"asb": [], "crime": []}
    for value in values or []:
        kind, pk = split_category(value)
        if kind in ids and pk:
            ids[kind].append(pk)
    keys = [
        f"asb:{key}" for key in AsbCategory.objects.filter(pk__in=ids["asb"]).values_list("translation_key", flat=True)
    ]
    keys += [
        f"crime:{key}"
        for key in CrimeType.objects.filter(pk__in=ids["crime"]).values_list("translation_key", flat=True)
    ]
    return sorted(set(keys))


def _language() -> str:
    codes = {code for code, _name in settings.LANGUAGES}
    language = (get_language() or settings.LANGUAGE_CODE).lower()
    return language if language in codes else settings.LANGUAGE_CODE


class SurveyOptIn:
    """The extension the survey form includes (see concerns.forms.SurveyForm)."""

    template = "alerts/survey_opt_in.html"

    def __init__(self):
        self.fields = {
            EMAIL: forms.CharField(
                label=_("Your email address (optional)"),
                max_length=254,
                required=False,
                widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
                strip=False,
            ),
            CONSENT: forms.BooleanField(
                label=_("Send me alerts about the concerns I chose"),
                required=False,
                help_text=_(
                    "Your address is kept apart from your answers and used only for these alerts. We first "
                    "e-mail you a link to confirm; nothing else is sent until you follow it. Every alert has a "
                    "link to change your choices or to leave at once. We erase unconfirmed sign-ups after "
                    "7 days, and your address 30 days after you leave."
                ),
            ),
        }

    def clean(self, form, cleaned) -> None:
        raw = form.data.get(form.add_prefix(EMAIL), "") if hasattr(form.data, "get") else ""
        email = (cleaned.get(EMAIL) or "").strip()
        try:
            if isinstance(raw, str):
                reject_line_breaks(raw)
            if email:
                safe_email_address(email)
        except ValidationError as error:
            form.add_error(EMAIL, error)
            return
        cleaned[EMAIL] = email
        if cleaned.get(CONSENT) and not email:
            form.add_error(EMAIL, _("Give an email address for your alerts, or untick the box."))
        elif email and not cleaned.get(CONSENT):
            form.add_error(CONSENT, _("Tick the box to get alerts, or leave the email address empty."))

    def stored(self, request, form, response) -> None:
        """After the survey answer is committed: subscribe (pending) and queue the confirmation."""
        data = form.cleaned_data
        email = data.get(EMAIL)
        if not (email and data.get(CONSENT)):
            return
        borough = response.borough
        topics = topic_keys(data.get("concerns"))
        if borough is None or not topics:
            return
        ward_key = None
        if response.ward_id:
            ward_key = WardPage.objects.filter(pk=response.ward_id).values_list("translation_key", flat=True).first()

        def save_choices(subscriber) -> None:
            SubscriberArea.objects.filter(subscriber=subscriber).delete()
            SubscriberTopic.objects.filter(subscriber=subscriber).delete()
            SubscriberArea.objects.create(subscriber=subscriber, borough_key=borough.translation_key, ward_key=ward_key)
            SubscriberTopic.objects.bulk_create(SubscriberTopic(subscriber=subscriber, key=key) for key in topics)

        services.subscribe(
            email,
            language=_language(),
            frequency=Frequency.IMMEDIATE,
            consent_text=str(form.fields[CONSENT].label),
            save_choices=save_choices,
        )


def survey_opt_in(form) -> SurveyOptIn:
    return SurveyOptIn()
