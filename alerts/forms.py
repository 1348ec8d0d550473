"""The sign-up and manage forms. Sign-up reuses the concern form's defences (one-time token, time
trap, honeypot: `concerns.spam.ProtectedFormMixin`) and its rate limit (`over_rate_limit`).

Areas are boroughs and wards by translation key; names are shown in the reader's language when
the page is translated, in English otherwise. An unknown or foreign key is an ordinary
"not one of the choices" error, never a 500.
"""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from boroughs.models import BoroughPage, WardPage
from concerns.forms import reject_line_breaks, safe_email_address
from concerns.spam import ProtectedFormMixin

from . import matching
from .models import Frequency, SubscriberArea, SubscriberTopic

MAX_AREAS = 40


def _reader_locale():
    try:
        return Locale.get_active()
    except Locale.DoesNotExist:
        return Locale.get_default()


def _titles(model, locale) -> dict:
    """{translation_key: (title, parent borough key or None)} for live, public pages, in the
    reader's locale when a real translation exists."""
    default = Locale.get_default()
    rows = {}
    queryset = model.objects.live().public().filter(locale__in={default, locale}, alias_of__isnull=True)
    for page in queryset.only("title", "translation_key", "locale_id", "path", "depth").order_by("title"):
        if page.locale_id == locale.pk or page.translation_key not in rows:
            rows[page.translation_key] = page
    return rows


def area_choices(locale) -> tuple[list, list]:
    boroughs = _titles(BoroughPage, locale)
    wards = _titles(WardPage, locale)
    borough_by_path = {}
    for key, page in boroughs.items():
        borough_by_path[page.path] = (key, page.title)
    default_paths = dict(
        BoroughPage.objects.filter(translation_key__in=list(boroughs)).values_list("path", "translation_key")
    )
    borough_titles = {key: page.title for key, page in boroughs.items()}
    grouped: dict = {}
    for key, page in wards.items():
        parent_key = default_paths.get(page.path[: -page.steplen])
        if parent_key is None:
            continue
        grouped.setdefault(parent_key, []).append((str(key), page.title))
    borough_list = sorted(((str(k), t) for k, t in borough_titles.items()), key=lambda item: item[1])
    ward_groups = [
        (borough_titles[key], sorted(items, key=lambda item: item[1]))
        for key, items in sorted(grouped.items(), key=lambda item: borough_titles.get(item[0], ""))
        if key in borough_titles
    ]
    return borough_list, ward_groups


def ward_parents(ward_keys) -> dict:
    """{ward key: borough key} for the chosen wards (default-locale tree)."""
    result = {}
    wards = WardPage.objects.filter(translation_key__in=list(ward_keys), locale=Locale.get_default())
    for ward in wards.only("path", "translation_key", "depth"):
        borough = BoroughPage.objects.filter(path=ward.path[: -ward.steplen]).values_list("translation_key", flat=True)
        parent = borough.first()
        if parent:
            result[str(ward.translation_key)] = str(parent)
    return result


class ChoicesForm(forms.Form):
    """Areas, topics, language and frequency: shared by sign-up and manage."""

    boroughs = forms.MultipleChoiceField(
        label=_("Whole boroughs"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Choose any number of boroughs, or only some wards below."),
    )
    wards = forms.MultipleChoiceField(label=_("Wards"), required=False, widget=forms.CheckboxSelectMultiple)
    topics = forms.MultipleChoiceField(label=_("What do you want to hear about?"), widget=forms.CheckboxSelectMultiple)
    language = forms.ChoiceField(label=_("Language of your e-mails"), choices=settings.LANGUAGES)
    frequency = forms.ChoiceField(
        label=_("How often?"), choices=Frequency.choices, widget=forms.RadioSelect, initial=Frequency.IMMEDIATE
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        locale = _reader_locale()
        boroughs, ward_groups = area_choices(locale)
        self.fields["boroughs"].choices = boroughs
        self.fields["wards"].choices = ward_groups
        groups = matching.topic_choices(locale)
        labels = {"general": _("News and activity"), "asb": _("Anti-social behaviour"), "crime": _("Crime types")}
        self.fields["topics"].choices = [(labels[name], items) for name, items in groups if items]
        if not self.is_bound:
            self.fields["topics"].initial = [str(kind.value) for kind in matching.GENERAL_TOPICS]
            self.fields["language"].initial = locale.language_code

    def clean(self):
        cleaned = super().clean()
        boroughs = cleaned.get("boroughs") or []
        wards = cleaned.get("wards") or []
        if "boroughs" not in self.errors and "wards" not in self.errors:
            if not boroughs and not wards:
                raise ValidationError(_("Choose at least one borough or ward."))
            if len(boroughs) + len(wards) > MAX_AREAS:
                raise ValidationError(_("Choose at most 40 areas."))
            parents = ward_parents(wards)
            if set(parents) != set(wards):
                self.add_error("wards", _("Choose wards from the list."))
            cleaned["ward_parents"] = parents
        return cleaned

    def area_rows(self, subscriber) -> list[SubscriberArea]:
        boroughs = set(self.cleaned_data["boroughs"])
        rows = [SubscriberArea(subscriber=subscriber, borough_key=key) for key in boroughs]
        rows += [
            SubscriberArea(subscriber=subscriber, borough_key=parent, ward_key=ward)
            for ward, parent in self.cleaned_data["ward_parents"].items()
            if parent not in boroughs
        ]
        return rows

    def topic_rows(self, subscriber) -> list[SubscriberTopic]:
        return [SubscriberTopic(subscriber=subscriber, key=key) for key in sorted(set(self.cleaned_data["topics"]))]

    def save_choices(self, subscriber) -> None:
        subscriber.language = self.cleaned_data["language"]
        subscriber.frequency = self.cleaned_data["frequency"]
        SubscriberArea.objects.filter(subscriber=subscriber).delete()
        SubscriberTopic.objects.filter(subscriber=subscriber).delete()
        SubscriberArea.objects.bulk_create(self.area_rows(subscriber))
        SubscriberTopic.objects.bulk_create(self.topic_rows(subscriber))


class SignupForm(ProtectedFormMixin, ChoicesForm):
    email = forms.CharField(
        label=_("Your email address"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
        strip=False,
    )
    consent = forms.BooleanField(
        label=_("I agree to receive these e-mails and for Engage to keep my choices to send them"),
        help_text=_(
            "We use your address only to send the alerts you choose. Every e-mail has a link to change "
            "them or to leave at once. We erase unconfirmed sign-ups after 7 days, and your address "
            "30 days after you leave."
        ),
    )

    field_order = ["email", "boroughs", "wards", "topics", "language", "frequency", "consent"]

    def clean_email(self):
        raw = self.data.get(self.add_prefix("email"), "") if hasattr(self.data, "get") else ""
        if isinstance(raw, str):
            reject_line_breaks(raw)
        value = (self.cleaned_data.get("email") or "").strip()
        safe_email_address(value)
        return value


class ManageForm(ChoicesForm):
    pass
