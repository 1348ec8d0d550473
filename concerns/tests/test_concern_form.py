"""The concern form as a resident (and a bot) meets it: render, submit, errors, hostile input."""

import re

import pytest
from django.core import mail
from django.test import Client

from boroughs.models import BoroughPage
from concerns.models import ConcernFormPage, ConcernSubmission, Delivery, Status
from tests.shared_data import share

from .conftest import build_hackney_with_concern_form, signals
from .factories import ConcernFormFieldFactory

pytestmark = pytest.mark.django_db

# Hackney, its wards, the taxonomy and the concern form are built once for the module.
globals().update(
    share(build_hackney_with_concern_form, ["borough_index", "borough", "wards", "taxonomy", "concern_page"])
)

REFERENCE = re.compile(r"[A-Z]{3}-\d{4}-\d{6}")


def post(client, page, data, **extra):
    return client.post(page.url, data, **extra)


def follow_thank_you(client, response):
    assert response.status_code == 303
    page = client.get(response["Location"])
    assert page.status_code == 200
    return page


# --- Rendering and tree rules ------------------------------------------------------------------


def test_form_renders_core_questions_with_labels_and_autocomplete(client, concern_page, wards):
    response = client.get(concern_page.url)
    html = response.content.decode()
    assert response.status_code == 200
    for name in ("ward", "category", "description", "location", "happens_when", "name", "email", "phone", "consent"):
        assert f'for="id_{name}"' in html, name
    assert "Dalston" in html and "Not sure / whole borough" in html
    assert "Noise" in html and "Burglary" in html and "Something else" in html
    assert 'autocomplete="name"' in html and 'autocomplete="email"' in html and 'autocomplete="tel"' in html
    assert "placeholder" not in html
    assert 'aria-describedby="id_description_helptext"' in html
    assert "How we use what you tell us" in html  # the privacy notice
    # The honeypot: hidden from assistive technology and from the tab order.
    assert re.search(r'<div class="form-trap" aria-hidden="true">\s*<label for="id_website">Leave this empty', html)
    assert 'name="website" tabindex="-1" autocomplete="off"' in html


def test_form_and_thank_you_are_never_cached(client, concern_page, concern_data):
    for response in (client.get(concern_page.url), post(client, concern_page, concern_data(description=""))):
        assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    response = post(client, concern_page, concern_data())
    assert "no-store" in response["Cache-Control"]
    thank_you = client.get(response["Location"])
    assert "no-store" in thank_you["Cache-Control"] and "private" in thank_you["Cache-Control"]


def test_tree_rules(concern_page):
    assert ConcernFormPage.parent_page_types == ["boroughs.BoroughPage"]
    assert ConcernFormPage.subpage_types == []
    assert "concerns.ConcernFormPage" in BoroughPage.subpage_types
    assert not ConcernFormPage.can_create_at(concern_page.get_parent())  # one per borough


@pytest.mark.parametrize("ward_count", [3, 30])
def test_form_query_budget_does_not_grow_with_wards(
    client, concern_page, borough, ward_count, django_assert_max_num_queries
):
    from boroughs.tests.factories import WardPageFactory

    for i in range(ward_count):
        WardPageFactory(parent=borough, title=f"Ward {i}", slug=f"ward-{i}")
    client.get(concern_page.url)  # warm the caches
    with django_assert_max_num_queries(12):
        response = client.get(concern_page.url)
    assert response.content.decode().count("<option") >= ward_count


# --- A valid concern ---------------------------------------------------------------------------


def test_valid_concern_is_stored_then_redirected_to_its_reference(
    client, concern_page, concern_data, wards, taxonomy, borough, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = post(client, concern_page, concern_data())
    assert response.status_code == 303
    submission = ConcernSubmission.objects.get()
    assert submission.reference == f"HAC-{submission.submit_time.year}-{submission.pk:06d}"
    assert submission.ward == wards[0]
    assert submission.asb_category == taxonomy["noise"]
    assert submission.crime_type is None
    assert submission.borough_id == borough.pk
    assert submission.status == Status.NEW
    assert submission.form_translation_key == concern_page.translation_key
    assert submission.name == "Alex Resident" and submission.email == "alex@example.org"
    assert submission.form_data == {}
    thank_you = follow_thank_you(client, response)
    assert submission.reference in thank_you.content.decode()
    # Both e-mails went out through the background task.
    submission.refresh_from_db()
    assert (submission.ack_status, submission.notify_status) == (Delivery.SENT, Delivery.SENT)
    assert sorted(m.to[0] for m in mail.outbox) == ["alex@example.org", "hackney.team@example.org"]


def test_whole_borough_and_something_else(client, concern_page, concern_data):
    response = post(client, concern_page, concern_data(ward="borough", category="other", email="", consent=None))
    assert response.status_code == 303
    submission = ConcernSubmission.objects.get()
    assert submission.ward is None and submission.asb_category is None and submission.crime_type is None
    assert submission.ack_status == Delivery.NOT_NEEDED  # no address, no consent: no acknowledgement


def test_crime_type_category(client, concern_page, concern_data, taxonomy):
    post(client, concern_page, concern_data(category=f"crime:{taxonomy['burglary'].pk}"))
    assert ConcernSubmission.objects.get().crime_type == taxonomy["burglary"]


def test_extra_questions_from_the_form_builder(client, concern_page, concern_data):
    ConcernFormFieldFactory(page=concern_page, label="How long has this gone on", required=True)
    html = client.get(concern_page.url).content.decode()
    assert 'for="id_how_long_has_this_gone_on"' in html
    response = post(client, concern_page, concern_data())
    assert response.status_code == 200 and ConcernSubmission.objects.count() == 0  # it is required
    post(client, concern_page, concern_data(how_long_has_this_gone_on="Six months"))
    assert ConcernSubmission.objects.get().form_data == {"how_long_has_this_gone_on": "Six months"}


def test_extra_question_cannot_reuse_a_core_name(client, concern_page, concern_data):
    ConcernFormFieldFactory(page=concern_page, label="Email", field_type="singleline", required=True)
    # The core email field wins: the extra field is left out of the public form.
    response = post(client, concern_page, concern_data())
    assert response.status_code == 303


def test_translations_share_one_list(concern_page, concern_data, client):
    from wagtail.models import Locale

    polish = Locale.objects.get_or_create(language_code="pl")[0]
    borough_pl = concern_page.get_parent().copy_for_translation(polish, copy_parents=True)
    borough_pl.save_revision().publish()
    page_pl = concern_page.copy_for_translation(polish)
    page_pl.save_revision().publish()
    page_pl = ConcernFormPage.objects.get(pk=page_pl.pk)
    post(client, concern_page, concern_data())
    response = client.post(page_pl.url, concern_data(ward="borough"))
    assert response.status_code == 303, response.content.decode()[:500]
    assert set(concern_page.get_submissions()) == set(page_pl.get_submissions())
    assert concern_page.get_submissions().count() == 2


# --- Errors: accessible summary, answers kept --------------------------------------------------


def test_errors_show_a_linked_summary_and_keep_the_answers(client, concern_page, concern_data):
    response = post(client, concern_page, concern_data(ward="", description="", location="By the park"))
    html = response.content.decode()
    assert response.status_code == 200
    assert ConcernSubmission.objects.count() == 0
    assert '<div class="error-summary" id="error-summary" role="alert"' in html
    assert 'tabindex="-1"' in html and "autofocus" in html
    assert 'href="#id_ward"' in html and 'href="#id_description"' in html
    assert 'aria-invalid="true"' in html
    assert 'aria-describedby="id_description_helptext id_description_error"' in html
    assert 'id="id_description_error"' in html
    assert 'value="By the park"' in html  # the resident's answers are kept
    assert "<title>Error:" in html


def test_over_long_text_is_an_error_and_the_text_is_kept(client, concern_page, concern_data):
    text = "x" * 2001
    response = post(client, concern_page, concern_data(description=text))
    html = response.content.decode()
    assert response.status_code == 200 and ConcernSubmission.objects.count() == 0
    assert "at most 2000 characters" in html
    assert text in html
    assert 'maxlength="2000"' not in html  # a browser would cut the text silently


def test_nul_bytes_get_a_clear_field_error(client, concern_page, concern_data):
    response = post(client, concern_page, concern_data(description="bad\x00text", location="x\x00"))
    html = response.content.decode()
    assert response.status_code == 200 and ConcernSubmission.objects.count() == 0
    assert "Null characters are not allowed" in html
    assert 'href="#id_description"' in html and 'href="#id_location"' in html


@pytest.mark.parametrize(
    "overrides",
    [
        {"ward": "999999"},
        {"ward": "<script>"},
        {"category": "asb:999999"},
        {"category": "crime"},
        {"category": "sql' OR 1=1 --"},
    ],
)
def test_wrong_choice_values_never_create_a_submission(client, concern_page, concern_data, overrides):
    response = post(client, concern_page, concern_data(**overrides))
    assert response.status_code == 200
    html = response.content.decode()
    assert "from the list." in html  # "Choose one of this borough's wards / what it is about from the list."
    assert ConcernSubmission.objects.count() == 0


def test_a_ward_of_another_borough_is_refused(client, concern_page, concern_data, borough_index):
    from boroughs.tests.factories import BoroughPageFactory, WardPageFactory

    other = BoroughPageFactory(parent=borough_index, title="Lambeth", slug="lambeth", code="LAM")
    foreign_ward = WardPageFactory(parent=other, title="Brixton", slug="brixton")
    response = post(client, concern_page, concern_data(ward=str(foreign_ward.pk)))
    assert response.status_code == 200 and ConcernSubmission.objects.count() == 0


@pytest.mark.parametrize("name", ["description", "ward", "email", "category"])
def test_arrays_where_one_value_is_expected_never_create_a_submission(client, concern_page, concern_data, name):
    data = concern_data()
    data[name] = [data[name], data[name]]
    response = post(client, concern_page, data)
    assert response.status_code == 200
    assert "Give one answer only." in response.content.decode()
    assert ConcernSubmission.objects.count() == 0


@pytest.mark.parametrize("method", ["put", "delete", "patch"])
def test_other_methods_never_create_a_submission(client, concern_page, concern_data, method):
    response = getattr(client, method)(
        concern_page.url, data="description=hello", content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code == 405
    assert ConcernSubmission.objects.count() == 0


def test_get_with_query_data_never_creates_a_submission(client, concern_page, concern_data):
    data = concern_data()
    response = client.get(concern_page.url, data)
    assert response.status_code == 200
    assert ConcernSubmission.objects.count() == 0


def test_a_request_body_over_the_limit_is_refused_not_a_500(client, concern_page, concern_data, settings):
    big = "y" * (settings.DATA_UPLOAD_MAX_MEMORY_SIZE + 10)
    client.raise_request_exception = False
    response = post(client, concern_page, concern_data(description=big))
    assert response.status_code in (400, 413)
    assert ConcernSubmission.objects.count() == 0


def test_missing_csrf_token_gets_the_friendly_403(concern_page, concern_data):
    client = Client(enforce_csrf_checks=True)
    response = client.post(concern_page.url, concern_data())
    assert response.status_code == 403
    assert "Your form has expired" in response.content.decode()
    assert ConcernSubmission.objects.count() == 0


@pytest.mark.parametrize(
    "email",
    [
        "alex@example.org\nBcc: victim@example.org",
        "alex@example.org\r\nSubject: spam",
        "alex@example.org\n",
        "not-an-address",
    ],
)
def test_an_email_address_with_a_line_break_is_invalid(client, concern_page, concern_data, email):
    response = post(client, concern_page, concern_data(email=email))
    assert response.status_code == 200
    assert 'href="#id_email"' in response.content.decode()
    assert ConcernSubmission.objects.count() == 0
    assert mail.outbox == []


def test_consent_without_contact_details_is_an_error(client, concern_page, concern_data):
    response = post(client, concern_page, concern_data(email="", phone=""))
    assert response.status_code == 200
    assert "give an email address or a phone number" in response.content.decode()


HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>'


def test_markup_is_stored_as_text_and_escaped_on_the_page(client, concern_page, concern_data):
    response = post(client, concern_page, concern_data(description=HOSTILE, location=HOSTILE, ward=""))
    html = response.content.decode()
    assert HOSTILE not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    post(client, concern_page, concern_data(description=HOSTILE, location=HOSTILE, name=HOSTILE, happens_when=HOSTILE))
    stored = ConcernSubmission.objects.get()
    assert stored.description == HOSTILE and stored.name == HOSTILE  # stored as the text it is


# --- Spam, rate limit, exactly once ------------------------------------------------------------


def test_honeypot_is_stored_as_spam_with_a_normal_thank_you_and_no_email(
    client, concern_page, concern_data, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = post(client, concern_page, concern_data(website="http://spam.example"))
    thank_you = follow_thank_you(client, response)
    submission = ConcernSubmission.objects.get()
    assert submission.is_spam and submission.spam_reason == "honeypot"
    assert submission.reference in thank_you.content.decode()
    assert mail.outbox == []
    assert submission.notify_status == Delivery.NOT_NEEDED


def test_too_fast_is_shown_again_not_filed_as_spam(client, concern_page, concern_data):
    response = post(client, concern_page, concern_data(**signals(seconds_ago=0.5)))
    assert response.status_code == 200  # "please check and send" (test_hardening.py)
    assert not ConcernSubmission.objects.exists()


@pytest.mark.parametrize("field", ["submission_token", "rendered_at"])
def test_missing_or_forged_signals_are_spam(client, concern_page, concern_data, field):
    response = post(client, concern_page, concern_data(**{field: "forged:value"}))
    assert response.status_code == 303
    assert ConcernSubmission.objects.get().is_spam


def test_time_trap_can_be_disabled_by_setting(client, concern_page, concern_data, settings):
    settings.ENGAGE_CONCERN_MIN_SECONDS = 0
    post(client, concern_page, concern_data(**signals(seconds_ago=0)))
    assert not ConcernSubmission.objects.get().is_spam


def test_rate_limit_answers_429_with_the_text_kept(client, concern_page, concern_data, settings):
    settings.ENGAGE_CONCERN_RATE_LIMIT = (2, 600)
    for _i in range(2):
        assert post(client, concern_page, concern_data()).status_code == 303
    response = post(client, concern_page, concern_data(description="My third concern, kept."))
    html = response.content.decode()
    assert response.status_code == 429
    assert "My third concern, kept." in html
    assert "wait a few minutes" in html
    assert "no-store" in response["Cache-Control"]
    assert ConcernSubmission.objects.count() == 2
    # Another client is not affected.
    other = post(Client(REMOTE_ADDR="203.0.113.9"), concern_page, concern_data())
    assert other.status_code == 303


def test_replay_creates_one_submission_and_shows_the_same_reference(client, concern_page, concern_data):
    data = concern_data()
    first = post(client, concern_page, data)
    second = post(client, concern_page, data)
    third = post(Client(), concern_page, data)
    assert ConcernSubmission.objects.count() == 1
    reference = ConcernSubmission.objects.get().reference
    # The links are signed with a timestamp (they may differ by a second); each shows the one reference.
    for response, reader in ((first, client), (second, client), (third, Client())):
        assert response.status_code == 303
        assert reference in reader.get(response["Location"]).content.decode()


def test_replay_does_not_count_against_the_rate_limit(client, concern_page, concern_data, settings):
    settings.ENGAGE_CONCERN_RATE_LIMIT = (1, 600)
    data = concern_data()
    for _i in range(3):
        assert post(client, concern_page, data).status_code == 303
    assert ConcernSubmission.objects.count() == 1


def test_a_forged_thank_you_link_is_not_found(client, concern_page):
    response = client.get(f"{concern_page.url}thank-you/?ref=HAC-2026-000001")
    assert response.status_code == 404
