"""The SMTP path reuses one alert's MIME bytes per language (alerts.mime): what arrives in the sink
is exactly what Django's own message would be for that recipient and those links, in Polish and
Arabic; a long paragraph (a part Django would encode differently) falls back to Django's message."""

import email
import email.policy
import re

import pytest

from alerts import compose
from alerts.models import Alert

from .helpers import draft, publish, subscriber

pytestmark = pytest.mark.django_db

LINK = re.compile(r"https?://\S+")
HEADERS = (
    "Subject",
    "From",
    "To",
    "List-Unsubscribe",
    "List-Unsubscribe-Post",
    "Content-Language",
    "Auto-Submitted",
    "MIME-Version",
)


def parts(message) -> tuple[str, str]:
    return (
        message.get_body(preferencelist=("plain",)).get_content(),
        message.get_body(preferencelist=("html",)).get_content(),
    )


def djangos_own(received, language: str):
    """Django's message for the same alert, recipient and (signed, timestamped) links."""
    text, _html = parts(received)
    found = LINK.findall(text)
    urls = {
        "useful_url": next(u for u in found if "/alerts/rate/" in u),
        "not_useful_url": [u for u in found if "/alerts/rate/" in u][1],
        "manage_url": next(u for u in found if "/alerts/manage/" in u),
        "unsubscribe_url": next(u for u in found if "/alerts/unsubscribe/" in u),
    }
    alert = Alert.objects.get()
    rendered = compose.render_alert(alert, compose.content_for(alert, language))
    message = compose.personal_message(rendered, received["To"], urls)
    return email.message_from_bytes(message.message().as_bytes(linesep="\r\n"), policy=email.policy.default), rendered


@pytest.mark.parametrize("language", ["pl", "ar"])
def test_the_prepared_message_is_what_django_would_send(
    smtp_sink, updates, wards, django_capture_on_commit_callbacks, language
):
    subscriber("reader@example.org", wards=[wards[0]], language=language)
    publish(draft(updates, title="Street drinking near the station"), django_capture_on_commit_callbacks)
    received = smtp_sink.wait_for(1)[0]
    expected, rendered = djangos_own(received, language)
    assert rendered.prepared is not None  # the fast path was taken
    for header in HEADERS:
        assert received[header] == expected[header], header
    assert received.get_content_type() == expected.get_content_type() == "multipart/alternative"  # own boundary
    assert parts(received) == parts(expected)
    assert received["Message-ID"] and received["Date"] and "example.invalid" not in received.as_string()


def test_a_long_paragraph_falls_back_to_djangos_message(smtp_sink, updates, wards, django_capture_on_commit_callbacks):
    subscriber("reader@example.org", wards=[wards[0]], language="pl")
    summary = "Patrols every evening near the station. " * 40  # one line of 1,600 characters
    publish(draft(updates, title="Long", summary=summary), django_capture_on_commit_callbacks)
    received = smtp_sink.wait_for(1)[0]
    expected, rendered = djangos_own(received, "pl")
    assert rendered.prepared is None
    assert parts(received) == parts(expected) and summary.strip() in parts(received)[0]
    assert received["List-Unsubscribe"] == expected["List-Unsubscribe"]
