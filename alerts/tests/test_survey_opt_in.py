"""Survey opt-in through public URLs and the SMTP sink: a respondent who gives an address and
consent is subscribed (pending) to the concerns they chose in the survey's borough or ward, in
the language they answered in; a confirmation arrives and nothing else until it is followed;
the survey answer is stored first and never lost; bad input is an error in the reader's language."""

import re

import pytest
from django.utils import translation
from wagtail.models import Locale, Page
from wagtail_localize.models import LocaleSynchronization

from alerts import services
from alerts.models import Alert, Subscriber, SubscriberArea, SubscriberTopic, Suppression, address_hash
from boroughs.tests.factories import PriorityIndexPageFactory, PriorityPageFactory
from concerns.models import SurveyResponse
from concerns.tests.factories import SurveyPageFactory
from tests.shared_data import share

from .conftest import build_hackney_and_taxonomy, signals
from .helpers import draft, publish, subscriber

pytestmark = pytest.mark.django_db

LINK = re.compile(r"https?://testserver(/\S+)")


def build_survey() -> dict:
    """The borough's survey, with Polish and Arabic synced from English (aliases, as in production);
    built once for the module with Hackney, its wards and the taxonomy (tests/shared_data.py)."""
    data = build_hackney_and_taxonomy()
    page = SurveyPageFactory(parent=data["borough"])
    english = Locale.objects.get(language_code="en")
    for code in ("pl", "ar"):
        locale = Locale.objects.get_or_create(language_code=code)[0]
        LocaleSynchronization.objects.create(locale=locale, sync_from=english)
    return {**data, "survey": page}


globals().update(share(build_survey, ["borough_index", "borough", "wards", "taxonomy", "survey"]))


def survey_url(page, code: str) -> str:
    return Page.objects.get(translation_key=page.translation_key, locale__language_code=code).url


def answers(wards, taxonomy, **overrides):
    data = {
        **signals(),
        "concerns": [f"asb:{taxonomy['ebikes'].pk}", f"crime:{taxonomy['burglary'].pk}"],
        "ward": str(wards[0].pk),
        "comment": "",
        "alerts_email": "resident@example.org",
        "alerts_consent": "on",
    }
    data.update(overrides)
    return {k: v for k, v in data.items() if v is not None}


def text_part(message) -> str:
    return message.get_body(preferencelist=("plain",)).get_content()


def html_part(message) -> str:
    return message.get_body(preferencelist=("html",)).get_content()


def send(client, capture, url, data):
    with capture(execute=True):
        return client.post(url, data)


@pytest.mark.parametrize("code", ["pl", "ar"])
def test_the_survey_offers_the_opt_in_with_its_privacy_text_in_the_readers_language(client, survey, code):
    html = client.get(survey_url(survey, code)).content.decode()
    with translation.override(code):
        legend = translation.gettext("Alerts about these concerns (optional)")
        consent = translation.gettext("Send me alerts about the concerns I chose")
        privacy = translation.gettext(
            "Your address is kept apart from your answers and used only for these alerts. We first "
            "e-mail you a link to confirm; nothing else is sent until you follow it. Every alert has a "
            "link to change your choices or to leave at once. We erase unconfirmed sign-ups after "
            "7 days, and your address 30 days after you leave."
        )
    assert legend != "Alerts about these concerns (optional)" and consent != "Send me alerts about the concerns I chose"
    assert f'<html lang="{code}"' in html and ('dir="rtl"' in html) == (code == "ar")
    assert legend in html and consent in html and privacy.replace("'", "&#x27;") in html
    assert 'name="alerts_email"' in html and 'type="checkbox" name="alerts_consent"' in html
    assert re.search(r'<label class="form-field__label" for="id_alerts_email">', html)


@pytest.mark.parametrize("code", ["pl", "ar"])
def test_opt_in_stores_the_answer_then_confirms_and_alerts_about_the_chosen_concern(
    client, smtp_sink, survey, borough, wards, taxonomy, django_capture_on_commit_callbacks, code
):
    response = send(client, django_capture_on_commit_callbacks, survey_url(survey, code), answers(wards, taxonomy))
    assert response.status_code == 303 and response["Location"].startswith(f"/{code}/")
    stored = SurveyResponse.objects.get()
    assert list(stored.asb_categories.all()) == [taxonomy["ebikes"]] and stored.ward == wards[0]
    assert "resident@example.org" not in str(SurveyResponse.objects.values().get())  # the answer stays anonymous

    person = Subscriber.objects.get()
    assert person.status == Subscriber.Status.PENDING and person.language == code
    assert set(SubscriberTopic.objects.values_list("key", flat=True)) == {
        f"asb:{taxonomy['ebikes'].translation_key}",
        f"crime:{taxonomy['burglary'].translation_key}",
    }
    assert list(SubscriberArea.objects.values_list("borough_key", "ward_key")) == [
        (borough.translation_key, wards[0].translation_key)
    ]
    confirmation = smtp_sink.wait_for(1)[0]
    assert confirmation["To"] == "resident@example.org" and confirmation["Content-Language"] == code
    direction = "rtl" if code == "ar" else "ltr"
    assert f'lang="{code}" dir="{direction}"' in html_part(confirmation)
    with translation.override(code):
        assert translation.gettext("Confirm your Engage alerts") in confirmation["Subject"]

    # Nothing is sent before confirmation.
    priorities = PriorityIndexPageFactory(parent=borough)
    first = draft(priorities, PriorityPageFactory, title="E-bikes on the pavement", ward=wards[0])
    first.asb_categories.set([taxonomy["ebikes"]])
    publish(first, django_capture_on_commit_callbacks)
    assert len(smtp_sink.wait_for(2, timeout=0.5)) == 1

    confirm = next(path for path in LINK.findall(text_part(confirmation)) if "/alerts/confirm/" in path)
    assert client.post(confirm).status_code == 200
    assert Subscriber.objects.get().status == Subscriber.Status.CONFIRMED

    noise = draft(priorities, PriorityPageFactory, title="Loud parties", ward=wards[0])
    noise.asb_categories.set([taxonomy["noise"]])  # not a concern they chose
    publish(noise, django_capture_on_commit_callbacks)
    second = draft(priorities, PriorityPageFactory, title="E-scooters seized", ward=wards[0])
    second.asb_categories.set([taxonomy["ebikes"]])
    publish(second, django_capture_on_commit_callbacks)
    messages = smtp_sink.wait_for(2)
    assert len(messages) == 2 and "E-scooters seized" in messages[1]["Subject"]
    assert messages[1]["Content-Language"] == code
    assert len(smtp_sink.wait_for(3, timeout=0.5)) == 2  # nothing about the concern they did not choose


def test_no_address_no_subscription(client, smtp_sink, survey, wards, taxonomy, django_capture_on_commit_callbacks):
    data = answers(wards, taxonomy, alerts_email=None, alerts_consent=None)
    response = send(client, django_capture_on_commit_callbacks, survey_url(survey, "en"), data)
    assert response.status_code == 303 and SurveyResponse.objects.count() == 1
    assert Subscriber.objects.count() == 0 and smtp_sink.wait_for(1, timeout=0.3) == []


def test_without_a_ward_the_whole_borough_is_chosen(
    client, smtp_sink, survey, borough, wards, taxonomy, django_capture_on_commit_callbacks
):
    send(client, django_capture_on_commit_callbacks, survey_url(survey, "en"), answers(wards, taxonomy, ward=""))
    assert list(SubscriberArea.objects.values_list("borough_key", "ward_key")) == [(borough.translation_key, None)]


@pytest.mark.parametrize(
    ("code", "overrides", "field", "message"),
    [
        (
            "pl",
            {"alerts_consent": None},
            "alerts_consent",
            "Tick the box to get alerts, or leave the email address empty.",
        ),
        ("ar", {"alerts_email": ""}, "alerts_email", "Give an email address for your alerts, or untick the box."),
        ("pl", {"alerts_email": "not-an-address"}, "alerts_email", "Enter a valid email address."),
        (
            "ar",
            {"alerts_email": "a@example.org\r\nBcc: b@example.org"},
            "alerts_email",
            "Enter an email address on one line, like name@example.com.",
        ),
    ],
)
def test_bad_opt_in_is_an_error_in_the_readers_language_with_nothing_saved(
    client, smtp_sink, survey, wards, taxonomy, django_capture_on_commit_callbacks, code, overrides, field, message
):
    data = answers(wards, taxonomy, comment="Kept comment", **overrides)
    response = send(client, django_capture_on_commit_callbacks, survey_url(survey, code), data)
    html = response.content.decode()
    with translation.override(code):
        translated = translation.gettext(message)
    assert translated != message
    assert response.status_code == 200 and translated in html
    assert f'href="#id_{field}"' in html and 'aria-invalid="true"' in html  # the summary links to the field
    assert "Kept comment" in html
    assert SurveyResponse.objects.count() == 0 and Subscriber.objects.count() == 0
    assert smtp_sink.wait_for(1, timeout=0.3) == []


def test_an_existing_subscriber_gets_the_same_answer_and_a_manage_link(
    client, smtp_sink, survey, wards, taxonomy, django_capture_on_commit_callbacks
):
    existing = subscriber(boroughs=[wards[0].get_parent()], topics=["news"], language="pl")
    fresh = send(
        client,
        django_capture_on_commit_callbacks,
        survey_url(survey, "pl"),
        answers(wards, taxonomy, alerts_email="new@example.org"),
    )
    again = send(client, django_capture_on_commit_callbacks, survey_url(survey, "pl"), answers(wards, taxonomy))
    assert fresh.status_code == again.status_code == 303 and fresh["Location"] == again["Location"]
    assert client.get(again["Location"]).content.decode().count("<h1>") == 1
    assert SurveyResponse.objects.count() == 2
    assert list(SubscriberTopic.objects.filter(subscriber=existing).values_list("key", flat=True)) == ["news"]
    messages = smtp_sink.wait_for(2)
    manage = next(m for m in messages if m["To"] == "resident@example.org")
    with translation.override("pl"):
        assert manage["Subject"] == translation.gettext("Manage your Engage alerts")
    assert "/pl/alerts/manage/" in text_part(manage)


def test_a_suppressed_address_is_mailed_nothing(
    client, smtp_sink, survey, wards, taxonomy, django_capture_on_commit_callbacks
):
    Suppression.objects.create(email_hash=address_hash("resident@example.org"))
    response = send(client, django_capture_on_commit_callbacks, survey_url(survey, "en"), answers(wards, taxonomy))
    assert response.status_code == 303 and SurveyResponse.objects.count() == 1
    assert Subscriber.objects.count() == 0 and smtp_sink.wait_for(1, timeout=0.3) == []


def test_the_answer_is_kept_when_the_alert_part_fails(
    client, smtp_sink, survey, wards, taxonomy, django_capture_on_commit_callbacks, monkeypatch
):
    def broken(*args, **kwargs):
        Subscriber.objects.create(email="half@example.org")  # written, then undone with its savepoint
        raise RuntimeError("alerts are down")

    monkeypatch.setattr(services, "subscribe", broken)
    response = send(client, django_capture_on_commit_callbacks, survey_url(survey, "ar"), answers(wards, taxonomy))
    assert response.status_code == 303
    assert client.get(response["Location"]).status_code == 200
    assert SurveyResponse.objects.count() == 1 and Subscriber.objects.count() == 0
    assert smtp_sink.wait_for(1, timeout=0.3) == []


def test_a_spam_answer_subscribes_nobody(
    client, smtp_sink, survey, wards, taxonomy, django_capture_on_commit_callbacks
):
    data = answers(wards, taxonomy, website="http://spam.example")
    response = send(client, django_capture_on_commit_callbacks, survey_url(survey, "en"), data)
    assert response.status_code == 303 and SurveyResponse.objects.get().is_spam
    assert Subscriber.objects.count() == 0 and Alert.objects.count() == 0
