"""Defences every public form here shares: a one-time token, a time trap, a honeypot, a rate limit.

- The one-time token is generated when the form is rendered and signed; the submission stores it
  in a unique column, so a double click, a refresh or a replay creates one row.
- The time trap is the signed time the form was rendered: a form sent back faster than a person
  could fill it in (conf.min_seconds()) is a bot's.
- The honeypot is an input hidden from people and from assistive technology; only bots fill it.
- The rate limit counts stored submissions per client address in the cache.

Bots are not told they were caught: their submissions are stored flagged as spam, notify nobody,
and get the same thank-you page as everyone else.
"""

import time
import uuid

from django import forms
from django.core import signing
from django.core.cache import cache
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext_lazy as _

from cms.core.clientip import client_address

from . import conf

TOKEN_FIELD = "submission_token"  # noqa: S105 (a field name)
STAMP_FIELD = "rendered_at"
HONEYPOT_FIELD = "website"
SIGNAL_FIELDS = (TOKEN_FIELD, STAMP_FIELD, HONEYPOT_FIELD)

_TOKEN_SALT = "concerns.one-time-token"  # noqa: S105 (a signing salt, not a secret)
_STAMP_SALT = "concerns.render-stamp"


def new_token() -> str:
    return signing.dumps(uuid.uuid4().hex, salt=_TOKEN_SALT)


def read_token(value: str) -> str | None:
    """The raw token inside a signed value, or None when it is missing or forged."""
    try:
        raw = signing.loads(value or "", salt=_TOKEN_SALT)
    except signing.BadSignature:
        return None
    if isinstance(raw, str) and len(raw) == 32 and all(c in "0123456789abcdef" for c in raw):
        return raw
    return None


def new_stamp(at: float | None = None) -> str:
    return signing.dumps(at if at is not None else time.time(), salt=_STAMP_SALT)


def seconds_since(value: str) -> float | None:
    try:
        rendered = signing.loads(value or "", salt=_STAMP_SALT)
    except signing.BadSignature:
        return None
    if not isinstance(rendered, int | float):
        return None
    return time.time() - rendered


class SignalField(forms.CharField):
    """A hidden or trap input: never a validation error (bots must not learn from one), at most
    500 characters, NUL bytes dropped."""

    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)
        self.validators = []

    def clean(self, value):
        if not isinstance(value, str):
            return ""
        return value.replace("\x00", "")[:500]


class ProtectedFormMixin(forms.Form):
    """Adds the token, the time trap and the honeypot to a form."""

    submission_token = SignalField(widget=forms.HiddenInput)
    rendered_at = SignalField(widget=forms.HiddenInput)
    website = SignalField(
        label=_("Leave this empty"),
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.fields[TOKEN_FIELD].initial = new_token()
            self.fields[STAMP_FIELD].initial = new_stamp()

    def visible_fields(self):
        return [field for field in super().visible_fields() if field.name != HONEYPOT_FIELD]

    def check_single_values(self):
        """A single answer posted several times (`what=a&what=b`) is an error, not "the last one"."""
        getlist = getattr(self.data, "getlist", None)
        if getlist is None:
            return
        for name, field in self.fields.items():
            if name in SIGNAL_FIELDS or isinstance(field, forms.MultipleChoiceField):
                continue
            if len(getlist(self.add_prefix(name))) > 1:
                self.add_error(name, _("Give one answer only."))

    def clean(self):
        cleaned = super().clean()
        self.check_single_values()
        return cleaned

    def classify(self) -> tuple[str | None, str]:
        """(raw one-time token or None, spam reason or "") for a valid form."""
        token = read_token(self.cleaned_data.get(TOKEN_FIELD, ""))
        if self.cleaned_data.get(HONEYPOT_FIELD):
            return token, "honeypot"
        if token is None:
            return None, "token"
        elapsed = seconds_since(self.cleaned_data.get(STAMP_FIELD, ""))
        if elapsed is None:
            return token, "time-trap-missing"
        if elapsed < conf.min_seconds():
            return token, "too-fast"
        return token, ""


def spam_token() -> str:
    """A unique stand-in for the token of a bot that sent none."""
    return "x" + uuid.uuid4().hex


def client_id(request) -> str:
    """A keyed hash of the client address: the cache never holds the address itself."""
    # The same address the admin's login lockout counts (X-Forwarded-For: the last entry).
    return salted_hmac("concerns.rate-limit", client_address(request)).hexdigest()[:32]


def over_rate_limit(request, scope: str) -> bool:
    """Count one submission for this client; True when it is over the limit for the window."""
    limit, window = conf.rate_limit()
    if limit <= 0:
        return False
    key = f"engage:rate:{scope}:{client_id(request)}"
    cache.add(key, 0, window)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, window)
        count = 1
    return count > limit
