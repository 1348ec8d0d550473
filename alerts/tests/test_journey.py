"""The resident's journey through public URLs and a real SMTP sink: sign up → confirm → publish →
the message arrives with the right headers and language → one-click unsubscribe → nothing more."""

import re

import pytest
from django.urls import reverse
from django.utils import translation

from alerts.models import Alert, Delivery, Subscriber
from boroughs.tests.factories import UpdatePageFactory

pytestmark = pytest.mark.django_db(transaction=False)

LINK = re.compile(r"https?://\S+")


def text_part(message) -> str:
    return message.get_body(preferencelist=("plain",)).get_content()


def html_part(message) -> str:
    return message.get_body(preferencelist=("html",)).get_content()


def link_to(message, fragment: str) -> str:
    for url in LINK.findall(text_part(message)):
        if fragment in url:
            return url
    raise AssertionError(f"No {fragment} link in {text_part(message)!r}")


def path_of(url: str) -> str:
    return url.replace("http://testserver", "")


def publish_update(parent, capture, **kwargs):
    page = UpdatePageFactory.build(**kwargs)
    parent.add_child(instance=page)
    page.live = False
    page.save()
    with capture(execute=True):
        page.save_revision().publish()
    return page


def sign_up_and_confirm(client, sink, signup_data, capture, language="en", **overrides):
    with translation.override(language):
        url = reverse("alerts:signup")
    with capture(execute=True):
        response = client.post(url, signup_data(language=language, **overrides))
    assert response.status_code == 303
    confirm_mail = sink.wait_for(1)[-1]
    confirm_url = link_to(confirm_mail, "/alerts/confirm/")
    assert client.get(path_of(confirm_url)).status_code == 200
    response = client.post(path_of(confirm_url))
    assert response.status_code == 200
    return confirm_mail


@pytest.mark.parametrize("language", ["pl", "ar"])
def test_sign_up_confirm_publish_receive_unsubscribe(
    client, smtp_sink, signup_data, updates, django_capture_on_commit_callbacks, language
):
    confirm_mail = sign_up_and_confirm(
        client, smtp_sink, signup_data, django_capture_on_commit_callbacks, language=language
    )
    assert confirm_mail["Content-Language"] == language
    assert f'lang="{language}"' in html_part(confirm_mail)
    assert Subscriber.objects.get().status == Subscriber.Status.CONFIRMED

    publish_update(updates, django_capture_on_commit_callbacks, title="Street drinking near the station")
    messages = smtp_sink.wait_for(2)
    assert len(messages) == 2
    alert_mail = messages[-1]
    assert alert_mail["To"] == "resident@example.org"
    assert "Street drinking near the station" in alert_mail["Subject"]
    assert alert_mail["Content-Language"] == language
    assert alert_mail["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    unsubscribe = alert_mail["List-Unsubscribe"].strip().strip("<>")
    assert unsubscribe.startswith(f"http://testserver/{language}/alerts/unsubscribe/")
    html = html_part(alert_mail)
    direction = "rtl" if language == "ar" else "ltr"
    assert f'<html lang="{language}" dir="{direction}">' in html
    assert "Street drinking near the station" in html and "<img" not in html
    # Not translated: English, with one line in the reader's language saying so.
    with translation.override(language):
        notice = translation.gettext("This update is not yet translated into your language, so it is in English.")
    assert notice != "This update is not yet translated into your language, so it is in English."
    assert notice in text_part(alert_mail)

    # RFC 8058: the mail client POSTs, without cookies or a CSRF token.
    response = client.post(path_of(unsubscribe), {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    assert Subscriber.objects.get().status == Subscriber.Status.UNSUBSCRIBED

    publish_update(updates, django_capture_on_commit_callbacks, title="A second update")
    assert Alert.objects.count() == 1  # nobody left to tell
    assert len(smtp_sink.wait_for(3, timeout=0.5)) == 2  # nothing more
    assert Delivery.objects.count() == 1


def test_csrf_is_not_needed_for_one_click_but_get_changes_nothing(
    smtp_sink, signup_data, updates, django_capture_on_commit_callbacks, client
):
    from django.test import Client

    sign_up_and_confirm(client, smtp_sink, signup_data, django_capture_on_commit_callbacks)
    publish_update(updates, django_capture_on_commit_callbacks, title="Update")
    unsubscribe = smtp_sink.wait_for(2)[-1]["List-Unsubscribe"].strip().strip("<>")
    strict = Client(enforce_csrf_checks=True)
    assert strict.get(path_of(unsubscribe)).status_code == 200  # a link scanner: nothing changes
    assert Subscriber.objects.get().status == Subscriber.Status.CONFIRMED
    assert strict.post(path_of(unsubscribe), {"List-Unsubscribe": "One-Click"}).status_code == 200
    assert Subscriber.objects.get().status == Subscriber.Status.UNSUBSCRIBED


def test_translated_page_is_sent_in_the_readers_language(
    client, smtp_sink, signup_data, updates, polish, django_capture_on_commit_callbacks
):
    sign_up_and_confirm(client, smtp_sink, signup_data, django_capture_on_commit_callbacks, language="pl")
    page = publish_update(updates, django_capture_on_commit_callbacks, title="Draft in English")
    # A real Polish translation exists for the next revision.
    translated = page.copy_for_translation(polish, copy_parents=True)
    translated.title = "Aktualizacja po polsku"
    translated.summary = "Streszczenie po polsku."
    translated.save_revision().publish()  # a translation's publish is not a second alert
    assert Alert.objects.count() == 1
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    message = smtp_sink.wait_for(3)[-1]
    assert "Aktualizacja po polsku" in message["Subject"]
    assert "Streszczenie po polsku." in text_part(message)
    assert "not yet translated" not in text_part(message)
