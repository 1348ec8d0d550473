"""Hostile and hurried submissions: a too-fast form is shown again (never a false thank-you), a
post with far too many fields is a clear 400, invisible and bidi-control characters are kept as
sent but shown marked to staff (detail page, CSV and XLSX exports), and a note whose author was
deleted still shows."""

import csv
import io
import re

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from concerns.models import ConcernNote, ConcernSubmission, SurveyResponse
from concerns.spam import STAMP_FIELD, TOKEN_FIELD

from .conftest import signals
from .factories import ConcernSubmissionFactory

pytestmark = pytest.mark.django_db

DISGUISED = "Noise at flat 3\u202e21 talf\u202c and\u200b more\ufeff"


def _hidden(html: str, name: str) -> str:
    return re.search(rf'name="{name}" value="([^"]+)"', html).group(1)


@pytest.mark.parametrize(("language", "message"), [("en", "Please check your answers"), ("ar", "يرجى مراجعة")])
def test_a_too_fast_concern_is_shown_again_with_its_answers(client, concern_page, concern_data, language, message):
    url = f"/{language}/" + concern_page.url_path.split("/", 2)[-1]
    data = concern_data(**signals(seconds_ago=0.5), description="Bikes stolen every week from the rack.")
    response = client.post(url, data)
    html = response.content.decode()
    assert response.status_code == 200
    assert message in html and 'role="alert"' in html
    assert "Bikes stolen every week from the rack." in html
    assert ConcernSubmission.objects.count() == 0
    # A fresh token and time stamp: sent again a little later, it is an ordinary concern.
    token = _hidden(html, TOKEN_FIELD)
    assert token != data[TOKEN_FIELD]
    again = {**data, TOKEN_FIELD: token, STAMP_FIELD: signals(seconds_ago=30)[STAMP_FIELD]}
    assert client.post(url, again).status_code == 303
    submission = ConcernSubmission.objects.get()
    assert not submission.is_spam
    assert submission.description == "Bikes stolen every week from the rack."


def test_a_too_fast_survey_is_shown_again(client, survey_page):
    html = client.get(survey_page.url).content.decode()
    fields = dict(re.findall(r'name="([^"]+)" value="([^"]*)"', html))
    fields.update(signals(seconds_ago=0.2))
    response = client.post(survey_page.url, fields)
    assert response.status_code in (200, 400)
    assert SurveyResponse.objects.count() == 0


@pytest.mark.parametrize(("language", "message"), [("en", "far more answers"), ("pl", "znacznie więcej odpowiedzi")])
def test_a_post_with_too_many_fields_is_a_clear_400(client, concern_page, concern_data, language, message):
    url = f"/{language}/" + concern_page.url_path.split("/", 2)[-1]
    data = concern_data() | {f"extra{i}": "x" for i in range(150)}
    response = client.post(url, data)
    assert response.status_code == 400
    html = response.content.decode()
    assert message in html
    assert "<form" in html
    assert ConcernSubmission.objects.count() == 0
    assert client.post(url, concern_data()).status_code == 303  # an ordinary form still goes through


def test_invisible_characters_are_kept_but_shown_marked(client, concern_page, concern_data, django_user_model):
    assert client.post(concern_page.url, concern_data(description=DISGUISED)).status_code == 303
    submission = ConcernSubmission.objects.get()
    assert submission.description == DISGUISED  # the evidence, exactly as sent
    staff = django_user_model.objects.create_superuser("handler", "handler@example.org", "correct-horse-battery")
    client.force_login(staff)
    html = client.get(reverse("concerns_admin:detail", args=[submission.pk])).content.decode()
    assert '<mark class="invisible-char">[U+202E]</mark>' in html
    assert "[U+200B]" in html and "[U+FEFF]" in html and "[U+202C]" in html
    assert "\u202e" not in html

    base = reverse("wagtailforms:list_submissions", args=[concern_page.pk])
    listing = client.get(base).content.decode()
    assert '<mark class="invisible-char">[U+202E]</mark>' in listing and "\u202e" not in listing
    response = client.get(f"{base}?export=csv")
    cells = [v for row in csv.reader(io.StringIO(b"".join(response.streaming_content).decode())) for v in row]
    assert "Noise at flat 3[U+202E]21 talf[U+202C] and[U+200B] more[U+FEFF]" in cells
    response = client.get(f"{base}?export=xlsx")
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    values = [cell.value for row in workbook.active.iter_rows() for cell in row]
    assert "Noise at flat 3[U+202E]21 talf[U+202C] and[U+200B] more[U+FEFF]" in values


def test_the_team_email_shows_invisible_characters_marked(
    client, concern_page, concern_data, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):  # the e-mails are queued after the commit
        assert client.post(concern_page.url, concern_data(description=DISGUISED)).status_code == 303
    team = [m for m in mailoutbox if "A resident has sent a concern" in m.body]
    assert len(team) == 1
    assert "Noise at flat 3[U+202E]21 talf[U+202C] and[U+200B] more[U+FEFF]" in team[0].body
    assert "\u202e" not in team[0].body
    html = next(body for body, kind in team[0].alternatives if kind == "text/html")
    assert '<mark class="invisible-char">[U+202E]</mark>' in html and "\u202e" not in html


def test_urdu_joiners_are_not_marked(client, concern_page, concern_data, django_user_model):
    urdu = "ہمارے محلے میں شور\u200c ہے"
    assert client.post(concern_page.url, concern_data(description=urdu)).status_code == 303
    staff = django_user_model.objects.create_superuser("handler", "handler@example.org", "correct-horse-battery")
    client.force_login(staff)
    html = client.get(reverse("concerns_admin:detail", args=[ConcernSubmission.objects.get().pk])).content.decode()
    assert urdu in html


def test_a_note_whose_author_was_deleted_still_shows(client, concern_page, borough, django_user_model):
    concern = ConcernSubmissionFactory(page=concern_page, borough=borough)
    gone = django_user_model.objects.create_user("gone", "gone@example.org", "correct-horse-battery")
    ConcernNote.objects.create(submission=concern, author=gone, text="Called the resident back.")
    ConcernNote.objects.create(submission=concern, author=None, text="Imported from the old system.")
    gone.delete()
    staff = django_user_model.objects.create_superuser("handler", "handler@example.org", "correct-horse-battery")
    client.force_login(staff)
    response = client.get(reverse("concerns_admin:detail", args=[concern.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Called the resident back." in html and "Imported from the old system." in html
    assert html.count("Unknown") >= 2
