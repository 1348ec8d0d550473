"""Signed links (django.core.signing): confirm, manage, one-click unsubscribe, rate.

Each kind has its own salt, so one kind of link can never be used as another. Confirm and
manage links carry the subscriber's `link_version`: unsubscribing or erasing bumps it, and older
links then stop working. Every URL is absolute, from `cms.core.baseurl.absolute_url`.
"""

from django.core import signing
from django.urls import reverse
from django.utils import translation

from cms.core.baseurl import absolute_url

CONFIRM_MAX_AGE = 7 * 24 * 3600
MANAGE_MAX_AGE = 400 * 24 * 3600

_SALTS = {
    "confirm": "alerts.confirm",
    "manage": "alerts.manage",
    "unsubscribe": "alerts.unsubscribe",
    "rate": "alerts.rate",
}
_MAX_AGE = {"confirm": CONFIRM_MAX_AGE, "manage": MANAGE_MAX_AGE, "unsubscribe": None, "rate": None}


class BadLink(Exception):
    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason  # "expired" or "invalid"


def signer(kind: str) -> signing.TimestampSigner:
    return signing.TimestampSigner(salt=_SALTS[kind])


def sign(kind: str, **payload) -> str:
    return signer(kind).sign_object(payload, compress=True)


def read(kind: str, token: str) -> dict:
    try:
        payload = signing.loads(token or "", salt=_SALTS[kind], max_age=_MAX_AGE[kind])
    except signing.SignatureExpired:
        raise BadLink("expired") from None
    except signing.BadSignature:
        raise BadLink("invalid") from None
    if not isinstance(payload, dict):
        raise BadLink("invalid")
    return payload


def subscriber_token(kind: str, subscriber) -> str:
    return sign(kind, s=subscriber.pk, v=subscriber.link_version)


def url(name: str, token: str, language: str, **extra) -> str:
    with translation.override(language):
        path = reverse(f"alerts:{name}", args=[token])
    if extra:
        from urllib.parse import urlencode

        path += "?" + urlencode(extra)
    return absolute_url(path)


def confirm_url(subscriber) -> str:
    return url("confirm", subscriber_token("confirm", subscriber), subscriber.language)


def manage_url(subscriber) -> str:
    return url("manage", subscriber_token("manage", subscriber), subscriber.language)


def unsubscribe_url(subscriber) -> str:
    """The RFC 8058 one-click address (POST) and the page a person opens (GET)."""
    return url("unsubscribe", sign("unsubscribe", s=subscriber.pk), subscriber.language)


def rate_url(delivery, useful: bool, language: str) -> str:
    return url("rate", sign("rate", d=delivery.pk, u=int(useful)), language)


_SLOT = "engage-link-slot"


class RecipientLinks:
    """The links of many recipients, for one batch: each (kind, language) URL is reversed once and
    each kind's signer made once; per recipient only the tokens are signed. The same URLs as
    `manage_url`, `unsubscribe_url` and `rate_url`."""

    def __init__(self):
        self._patterns: dict[tuple[str, str], str] = {}
        self._signers = {kind: signer(kind) for kind in ("manage", "unsubscribe", "rate")}

    def _url(self, name: str, language: str, kind: str, **payload) -> str:
        pattern = self._patterns.get((name, language))
        if pattern is None:
            pattern = self._patterns[(name, language)] = url(name, _SLOT, language)
        return pattern.replace(_SLOT, self._signers[kind].sign_object(payload, compress=True))

    def for_recipient(self, subscriber_id: int, link_version: int, delivery_id: int, language: str) -> dict:
        return {
            "manage_url": self._url("manage", language, "manage", s=subscriber_id, v=link_version),
            "unsubscribe_url": self._url("unsubscribe", language, "unsubscribe", s=subscriber_id),
            "useful_url": self._url("rate", language, "rate", d=delivery_id, u=1),
            "not_useful_url": self._url("rate", language, "rate", d=delivery_id, u=0),
        }
