"""The settings this app reads, with their defaults (documented in docs/operations.md)."""

from django.conf import settings


def retention_days() -> int:
    """Days after which personal details are erased and free text anonymised (≈ 13 months)."""
    return int(getattr(settings, "ENGAGE_CONCERN_RETENTION_DAYS", 396))


def rate_limit() -> tuple[int, int]:
    """(submissions, seconds) allowed per client, e.g. 5 per 10 minutes."""
    count, seconds = getattr(settings, "ENGAGE_CONCERN_RATE_LIMIT", (5, 600))
    return int(count), int(seconds)


def min_seconds() -> float:
    """A form sent back faster than this after it was rendered is treated as a bot's."""
    return float(getattr(settings, "ENGAGE_CONCERN_MIN_SECONDS", 3))


def public_max_fields() -> int:
    """The most fields a public form post may carry (the admin's DATA_UPLOAD_MAX_NUMBER_FIELDS is far larger)."""
    return int(getattr(settings, "ENGAGE_PUBLIC_FORM_MAX_FIELDS", 100))


def client_ip_header() -> str:
    """The request.META key holding the client address (e.g. "HTTP_X_REAL_IP" behind a proxy that sets it)."""
    return getattr(settings, "ENGAGE_CLIENT_IP_HEADER", "REMOTE_ADDR")


def max_delivery_attempts() -> int:
    """After this many failed attempts an e-mail is marked failed and no longer retried."""
    return int(getattr(settings, "ENGAGE_CONCERN_MAX_DELIVERY_ATTEMPTS", 10))


def survey_public_minimum() -> int:
    """The smallest count "You told us" shows publicly."""
    return int(getattr(settings, "ENGAGE_SURVEY_PUBLIC_MINIMUM", 5))
