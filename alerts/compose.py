"""Building the e-mails: a plain-text part, an accessible HTML part (lang, dir, real text, no
images), RFC 8058 one-click unsubscribe headers, and absolute links in the reader's language.

The content of an alert about a page comes from the page's real translation in the reader's
language when there is one (an alias is not a translation); otherwise from the English page,
with one line in the reader's language saying so.
"""

import secrets
from dataclasses import dataclass

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.html import escape
from django.utils.translation import get_language_bidi
from django.utils.translation import gettext as _
from wagtail.models import Page

from cms.core.baseurl import absolute_url

from . import links
from .mime import Prepared
from .models import Alert


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


@dataclass
class Content:
    """What one alert says in one language."""

    language: str
    title: str
    summary: str
    body: str
    page_url: str
    fallback: bool  # English shown to a reader of another language


def _summary_of(page) -> str:
    for attribute in ("get_summary",):
        method = getattr(page, attribute, None)
        if callable(method):
            return method() or ""
    for name in ("writeup_summary", "outcome", "summary", "introduction"):
        value = getattr(page, name, "")
        if value:
            return value
    return ""


def content_for(alert: Alert, language: str) -> Content:
    """The alert in `language` (cache the result per alert and language in a batch)."""
    default = settings.LANGUAGE_CODE
    archive_url = absolute_url(alert.get_absolute_url())
    if alert.page_id is None:
        return Content(language, alert.title, alert.summary, alert.body, archive_url, False)
    source = Page.objects.filter(pk=alert.page_id).first()
    if source is None:
        return Content(language, alert.title, alert.summary, alert.body, archive_url, language != default)
    page = None
    if language != source.locale.language_code:
        page = (
            Page.objects.filter(
                translation_key=source.translation_key,
                locale__language_code=language,
                alias_of__isnull=True,
            )
            .live()
            .public()
            .first()
        )
    if page is not None:
        page = page.specific
        return Content(language, page.title, _summary_of(page), "", absolute_url(page.url or ""), False)
    fallback = language != source.locale.language_code
    return Content(language, alert.title, alert.summary, alert.body, absolute_url(source.url or ""), fallback)


_RECIPIENT_LINKS = ("manage_url", "unsubscribe_url", "useful_url", "not_useful_url")


@dataclass
class Rendered:
    """One alert rendered once for one language; a random marker stands where each recipient's
    own links go (`personal_message` puts them in). Editors' text cannot forge a marker."""

    language: str
    subject: str
    text: str
    html: str
    markers: dict[str, str]
    prepared: Prepared | None = None  # the MIME bytes for the SMTP backend (alerts.mime)


def render_alert(alert: Alert, content: Content) -> Rendered:
    language = content.language
    # As long as a real link, so the List-Unsubscribe header is folded as Django folds the real one.
    markers = {name: f"engage-{name.replace('_', '-')}-{secrets.token_hex(48)}" for name in _RECIPIENT_LINKS}
    with translation.override(language):
        context = {
            "alert": alert,
            "content": content,
            "language": language,
            "direction": "rtl" if get_language_bidi() else "ltr",
            "archive_url": absolute_url(alert.get_absolute_url()),
            "site_name": settings.WAGTAIL_SITE_NAME,
            **markers,
        }
        subject = _one_line(content.title)
        if alert.borough_title:
            subject = _one_line(f"{alert.borough_title}: {content.title}")
        text = render_to_string("alerts/email/alert.txt", context)
        html = render_to_string("alerts/email/alert.html", context)
    skeleton = _message(subject, text, html, "", markers["unsubscribe_url"], language)
    return Rendered(language, subject, text, html, markers, Prepared.build(skeleton, markers))


def personal_message(rendered: Rendered, email: str, urls: dict[str, str], *, prepared: bool = False):
    """The rendered alert for one recipient: `urls` from `links.RecipientLinks.for_recipient`.
    With `prepared` (the SMTP backend), its MIME bytes made from the language's (alerts.mime)."""
    if prepared and rendered.prepared is not None:
        message = rendered.prepared.for_recipient(email, urls)
        if message is not None:
            return message
    text, html = rendered.text, rendered.html
    for name, marker in rendered.markers.items():
        text = text.replace(marker, urls[name])
        html = html.replace(marker, escape(urls[name]))
    return _message(rendered.subject, text, html, email, urls["unsubscribe_url"], rendered.language)


def _message(subject, text, html, email, unsubscribe_url, language) -> EmailMultiAlternatives:
    headers = {
        "List-Unsubscribe": f"<{unsubscribe_url}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        "Content-Language": language,
        "Auto-Submitted": "auto-generated",
    }
    message = EmailMultiAlternatives(subject=subject, body=text, to=[email], headers=headers)
    message.attach_alternative(html, "text/html")
    return message


def build_digest(subscriber, items: list[tuple[Alert, Content, object]]) -> EmailMultiAlternatives:
    """One e-mail for a week's alerts: items are (alert, content, delivery)."""
    language = subscriber.language
    unsubscribe = links.unsubscribe_url(subscriber)
    with translation.override(language):
        context = {
            "items": [
                (alert, content, links.rate_url(delivery, True, language), links.rate_url(delivery, False, language))
                for alert, content, delivery in items
            ],
            "language": language,
            "direction": "rtl" if get_language_bidi() else "ltr",
            "manage_url": links.manage_url(subscriber),
            "unsubscribe_url": unsubscribe,
            "site_name": settings.WAGTAIL_SITE_NAME,
        }
        subject = _one_line(_("Your weekly digest"))
        text = render_to_string("alerts/email/digest.txt", context)
        html = render_to_string("alerts/email/digest.html", context)
    return _message(subject, text, html, subscriber.email, unsubscribe, language)


def build_notice(subscriber, template: str, subject: str, url: str) -> EmailMultiAlternatives:
    """Confirmation and "manage your alerts" notices (no list headers: not a list message)."""
    with translation.override(subscriber.language):
        context = {
            "url": url,
            "language": subscriber.language,
            "direction": "rtl" if get_language_bidi() else "ltr",
            "site_name": settings.WAGTAIL_SITE_NAME,
            "confirm_days": links.CONFIRM_MAX_AGE // 86400,
        }
        text = render_to_string(f"alerts/email/{template}.txt", context)
        html = render_to_string(f"alerts/email/{template}.html", context)
        message = EmailMultiAlternatives(
            subject=_one_line(str(subject)),
            body=text,
            to=[subscriber.email],
            headers={"Content-Language": subscriber.language, "Auto-Submitted": "auto-generated"},
        )
    message.attach_alternative(html, "text/html")
    return message
