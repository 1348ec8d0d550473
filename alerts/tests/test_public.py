"""Sign-up, manage, rating and the archive through public URLs: valid, invalid and hostile input,
in English, Polish and Arabic."""

import re
from datetime import timedelta

import pytest
from django.core import mail, signing
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone, translation

from alerts import links
from alerts.models import Alert, Delivery, Rating, Subscriber, SubscriberArea, SubscriberTopic, Suppression
from tests.shared_data import share

from .conftest import build_hackney_and_taxonomy, signals
from .helpers import draft, publish, subscriber

pytestmark = pytest.mark.django_db

# Hackney, its wards and the taxonomy are built once for the module.
globals().update(share(build_hackney_and_taxonomy, ["borough_index", "borough", "wards", "taxonomy"]))

LINK = re.compile(r"https?://testserver(/\S+)")


def url(name, language="en", *args):
    with translation.override(language):
        return reverse(f"alerts:{name}", args=args)


def sign_up(client, capture, data, language="en"):
    with capture(execute=True):
        return client.post(url("signup", language), data)


def link_in(message, fragment):
    return next(path for path in LINK.findall(message.body) if fragment in path)


@pytest.mark.parametrize("language", ["en", "pl", "ar"])
def test_sign_up_page_renders_in_every_language_with_consent_and_areas(client, wards, taxonomy, language):
    response = client.get(url("signup", language) + f"?ward={wards[0].translation_key}")
    assert response.status_code == 200
    html = response.content.decode()
    assert f'lang="{language}"' in html
    assert ('dir="rtl"' in html) == (language == "ar")
    assert "Dalston" in html and "E-bikes and e-scooters" in html
    assert re.search(rf'value="{wards[0].translation_key}"[^>]*checked', html)
    assert 'name="consent"' in html and 'name="website"' in html
    assert response["Cache-Control"].count("no-store") == 1


def test_borough_and_ward_pages_and_header_link_to_sign_up(client, wards):
    borough = wards[0].get_parent()
    for page, key in ((borough, "borough"), (wards[0], "ward")):
        html = client.get(page.url).content.decode()
        assert f"/en/alerts/?{key}={page.translation_key}" in html
    assert 'href="/en/alerts/"' in client.get(borough.url).content.decode()


def test_valid_sign_up_stores_pending_choices_and_mails_a_confirmation(
    client, signup_data, wards, taxonomy, django_capture_on_commit_callbacks
):
    response = sign_up(client, django_capture_on_commit_callbacks, signup_data(language="pl"), "pl")
    assert response.status_code == 303 and response["Location"] == "/pl/alerts/check-your-email/"
    person = Subscriber.objects.get()
    assert person.status == Subscriber.Status.PENDING and person.language == "pl"
    assert set(SubscriberArea.objects.values_list("ward_key", flat=True)) == {
        wards[0].translation_key,
        wards[1].translation_key,
    }
    assert set(SubscriberTopic.objects.values_list("key", flat=True)) == {
        "news",
        f"asb:{taxonomy['ebikes'].translation_key}",
    }
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["resident@example.org"]
    confirm = link_in(mail.outbox[0], "/pl/alerts/confirm/")
    assert client.get(confirm).status_code == 200
    assert Subscriber.objects.get().status == Subscriber.Status.PENDING  # a GET (a link scanner) confirms nothing
    client.post(confirm)
    assert Subscriber.objects.get().status == Subscriber.Status.CONFIRMED
    confirmed_at = Subscriber.objects.get().confirmed_at
    replay = client.post(confirm)  # a replayed confirmation: a clear page, nothing changes
    with translation.override("pl"):
        already = translation.gettext("This link was already used: nothing has changed.")
    assert replay.status_code == 200 and already in replay.content.decode()
    assert Subscriber.objects.get().confirmed_at == confirmed_at


def test_existing_subscriber_gets_the_same_answer_and_a_manage_email(
    client, signup_data, wards, django_capture_on_commit_callbacks
):
    person = subscriber(wards=[wards[2]])
    response = sign_up(client, django_capture_on_commit_callbacks, signup_data())
    assert response.status_code == 303 and response["Location"] == "/en/alerts/check-your-email/"
    person.refresh_from_db()
    assert person.status == Subscriber.Status.CONFIRMED
    assert list(person.areas.values_list("ward_key", flat=True)) == [wards[2].translation_key]  # unchanged
    assert "/en/alerts/manage/" in mail.outbox[0].body and "/confirm/" not in mail.outbox[0].body


def test_suppressed_address_is_never_mailed(client, signup_data, django_capture_on_commit_callbacks):
    from alerts.models import address_hash

    Suppression.objects.create(email_hash=address_hash("Resident@Example.org"))
    response = sign_up(client, django_capture_on_commit_callbacks, signup_data())
    assert response.status_code == 303
    assert mail.outbox == [] and not Subscriber.objects.exists()


@pytest.mark.parametrize(
    ("overrides", "error"),
    [
        ({"email": "not-an-address"}, "email"),
        ({"email": "a@example.org\r\nBcc: x@example.org"}, "email"),
        ({"wards": ["00000000-0000-0000-0000-000000000000"]}, "wards"),
        ({"wards": ["<script>"]}, "wards"),
        ({"wards": [], "boroughs": []}, "borough"),
        ({"topics": ["asb:nonsense"]}, "topics"),
        ({"topics": []}, "topics"),
        ({"language": "xx"}, "language"),
        ({"frequency": "hourly"}, "frequency"),
        ({"consent": None}, "consent"),
    ],
)
@pytest.mark.parametrize("language", ["pl", "ar"])
def test_bad_input_is_a_clear_error_and_nothing_is_saved(
    client, signup_data, django_capture_on_commit_callbacks, overrides, error, language
):
    response = sign_up(client, django_capture_on_commit_callbacks, signup_data(**overrides), language)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="error-summary"' in html and f'lang="{language}"' in html
    assert not Subscriber.objects.exists() and mail.outbox == []


def test_foreign_ward_of_another_borough_is_accepted_with_its_own_borough(
    client, signup_data, other_borough, django_capture_on_commit_callbacks
):
    lambeth_ward = other_borough.get_children().get()
    sign_up(client, django_capture_on_commit_callbacks, signup_data(wards=[str(lambeth_ward.translation_key)]))
    area = SubscriberArea.objects.get()
    assert area.borough_key == other_borough.translation_key  # derived on the server, never trusted


def test_bots_and_floods_store_nothing(client, signup_data, django_capture_on_commit_callbacks, settings):
    sign_up(client, django_capture_on_commit_callbacks, signup_data(website="http://spam.example"))
    sign_up(client, django_capture_on_commit_callbacks, signup_data(**signals(seconds_ago=0)))
    assert not Subscriber.objects.exists() and mail.outbox == []
    settings.ENGAGE_CONCERN_RATE_LIMIT = (2, 600)
    for n in range(2):
        sign_up(client, django_capture_on_commit_callbacks, signup_data(email=f"r{n}@example.org"))
    flood = sign_up(client, django_capture_on_commit_callbacks, signup_data(email="r9@example.org"))
    assert flood.status_code == 429
    assert "r9@example.org" in flood.content.decode()  # the answers are kept
    assert not Subscriber.objects.filter(email="r9@example.org").exists()


def test_double_submit_sends_one_confirmation(client, signup_data, django_capture_on_commit_callbacks):
    data = signup_data()
    sign_up(client, django_capture_on_commit_callbacks, data)
    sign_up(client, django_capture_on_commit_callbacks, data)
    assert len(mail.outbox) == 1


@pytest.mark.parametrize("language", ["pl", "ar"])
@pytest.mark.parametrize("name", ["confirm", "manage", "unsubscribe", "rate"])
def test_tampered_links_show_a_clear_page_in_the_readers_language(client, wards, name, language):
    person = subscriber(wards=[wards[0]])
    token = links.sign(name, s=person.pk, v=person.link_version, d=0, u=1) + "x"
    response = client.get(url(name, language, token))
    assert response.status_code == 400
    assert f'lang="{language}"' in response.content.decode()
    assert client.post(url(name, language, token)).status_code == 400
    person.refresh_from_db()
    assert person.status == Subscriber.Status.CONFIRMED


def test_expired_confirmation_link_changes_nothing(client, wards, monkeypatch):
    person = subscriber(wards=[wards[0]], status=Subscriber.Status.PENDING)
    earlier = int((timezone.now() - timedelta(days=8)).timestamp())
    with monkeypatch.context() as patch:
        patch.setattr(signing.TimestampSigner, "timestamp", lambda self: signing.b62_encode(earlier))
        token = links.subscriber_token("confirm", person)
    response = client.post(url("confirm", "pl", token))
    assert response.status_code == 410
    person.refresh_from_db()
    assert person.status == Subscriber.Status.PENDING


def test_a_manage_link_of_another_kind_is_refused(client, wards):
    person = subscriber(wards=[wards[0]])
    confirm_token = links.subscriber_token("confirm", person)
    assert client.get(url("manage", "en", confirm_token)).status_code == 400


def test_manage_changes_pauses_unsubscribes_and_erases(client, wards, taxonomy, other_borough):
    person = subscriber(wards=[wards[0]], language="ar")
    manage = url("manage", "ar", links.subscriber_token("manage", person))
    assert client.get(manage).status_code == 200
    response = client.post(
        manage,
        {
            "boroughs": [str(other_borough.translation_key)],
            "topics": ["meetings"],
            "language": "pl",
            "frequency": "weekly",
            "action": "save",
        },
    )
    assert response.status_code == 200
    person.refresh_from_db()
    assert (person.language, person.frequency) == ("pl", "weekly")
    assert list(person.areas.values_list("borough_key", "ward_key")) == [(other_borough.translation_key, None)]
    bad = client.post(manage, {"boroughs": ["nope"], "topics": ["meetings"], "language": "pl", "frequency": "weekly"})
    assert bad.status_code == 200 and 'id="error-summary"' in bad.content.decode()
    assert list(person.areas.values_list("borough_key", flat=True)) == [other_borough.translation_key]
    client.post(manage, {"action": "pause"})
    person.refresh_from_db()
    assert person.status == Subscriber.Status.PAUSED
    client.post(manage, {"action": "resume"})
    person.refresh_from_db()
    assert person.status == Subscriber.Status.CONFIRMED
    client.post(manage, {"action": "unsubscribe"})
    person.refresh_from_db()
    assert person.status == Subscriber.Status.UNSUBSCRIBED
    assert client.get(manage).status_code == 410  # the old manage link stopped working

    other = subscriber("erase@example.org", wards=[wards[0]])
    manage = url("manage", "en", links.subscriber_token("manage", other))
    response = client.post(manage, {"action": "erase"})
    assert response.status_code == 200
    assert not Subscriber.objects.filter(email="erase@example.org").exists()
    assert Suppression.objects.count() == 1
    assert client.get(manage).status_code == 410


def test_rating_links_record_one_rating_with_an_optional_comment(
    client, updates, wards, django_capture_on_commit_callbacks
):
    subscriber(wards=[wards[0]], language="pl")
    publish(draft(updates, title="Rated"), django_capture_on_commit_callbacks)
    message = mail.outbox[0]
    useful = link_in(message, "/pl/alerts/rate/")
    links_found = [p for p in LINK.findall(message.body) if "/alerts/rate/" in p]
    assert len(links_found) == 2
    assert client.get(useful).status_code == 200
    rating = Rating.objects.get()
    assert rating.useful is True
    client.get(links_found[1])  # changed their mind: still one rating
    assert Rating.objects.count() == 1 and Rating.objects.get().useful is False
    client.post(links_found[0], {"comment": "Thank you for the patrols."})
    rating = Rating.objects.get()
    assert rating.useful is True and rating.comment == "Thank you for the patrols."
    too_long = client.post(links_found[0], {"comment": "x" * 1001})
    assert too_long.status_code == 400 and Rating.objects.get().comment == "Thank you for the patrols."


def test_public_archive_lists_messages_per_borough_with_a_feed(
    client, updates, wards, other_borough, django_capture_on_commit_callbacks
):
    subscriber(wards=[wards[0]])
    publish(draft(updates, title="Archived message"), django_capture_on_commit_callbacks)
    alert = Alert.objects.get()
    borough = wards[0].get_parent()
    assert "Archived message" in client.get(url("archive_borough", "pl", borough.slug)).content.decode()
    assert "Archived message" not in client.get(url("archive_borough", "en", other_borough.slug)).content.decode()
    page = client.get(url("message", "ar", alert.pk))
    assert page.status_code == 200 and "Archived message" in page.content.decode()
    feed = client.get(url("feed_borough", "en", borough.slug))
    assert feed.status_code == 200 and b"Archived message" in feed.content
    assert f"http://testserver/en/alerts/messages/{alert.pk}/".encode() in feed.content
    assert client.get(url("archive_borough", "en", "nowhere")).status_code == 404


def test_retention_erases_unconfirmed_after_7_days_and_unsubscribed_after_30(wards):
    old = timezone.now() - timedelta(days=8)
    subscriber("stale@example.org", wards=[wards[0]], status=Subscriber.Status.PENDING, created_at=old)
    subscriber("fresh@example.org", wards=[wards[0]], status=Subscriber.Status.PENDING)
    subscriber(
        "left@example.org",
        wards=[wards[0]],
        status=Subscriber.Status.UNSUBSCRIBED,
        unsubscribed_at=timezone.now() - timedelta(days=31),
    )
    subscriber(
        "left-recently@example.org",
        wards=[wards[0]],
        status=Subscriber.Status.UNSUBSCRIBED,
        unsubscribed_at=timezone.now() - timedelta(days=3),
    )
    call_command("erase_stale_subscribers", verbosity=0)
    assert sorted(Subscriber.objects.values_list("email", flat=True)) == [
        "fresh@example.org",
        "left-recently@example.org",
    ]
    assert Suppression.objects.count() == 1  # only the address that had consented


def test_deliveries_survive_erasure_for_the_figures(client, updates, wards, django_capture_on_commit_callbacks):
    person = subscriber(wards=[wards[0]])
    publish(draft(updates, title="Counted"), django_capture_on_commit_callbacks)
    from alerts.services import erase_subscriber

    erase_subscriber(person)
    assert Delivery.objects.get().status == Delivery.Status.SENT
