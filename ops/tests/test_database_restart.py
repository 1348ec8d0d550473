"""PostgreSQL restarted mid-load: the concern form answers 503 with the resident's answers
re-shown, stores nothing half-way, and works again on the next request by itself."""

import pytest
from django.db import OperationalError

from concerns import public
from concerns.models import ConcernFormPage, ConcernSubmission

pytestmark = pytest.mark.django_db

DOWN = "terminating connection due to administrator command"


@pytest.fixture
def restart_once(monkeypatch):
    """The next submission's INSERT meets a database that is restarting; later ones succeed."""
    original = ConcernFormPage.process_form_submission
    state = {"failures": 1}

    def flaky(self, *args, **kwargs):
        if state["failures"]:
            state["failures"] -= 1
            raise OperationalError(DOWN)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(ConcernFormPage, "process_form_submission", flaky)
    return state


@pytest.mark.parametrize(
    ("language", "notice"),
    [
        ("en", "We could not save your answers just now"),
        ("pl", "Nie mogliśmy teraz zapisać Twoich odpowiedzi"),
        ("ar", "لم نتمكن من حفظ إجاباتك الآن"),
    ],
)
def test_a_restart_answers_503_with_answers_kept_then_recovers(
    client, concern_page, concern_data, restart_once, language, notice
):
    client.cookies["engage_language"] = language
    data = concern_data(description="Motorbikes racing on the estate every night.")
    url = concern_page.url.replace("/en/", f"/{language}/", 1)
    response = client.post(url, data)
    assert response.status_code == 503
    html = response.content.decode()
    assert notice in html
    assert "Motorbikes racing on the estate every night." in html  # the answer, re-shown in its field
    assert 'value="Dalston Lane"' in html
    assert "no-store" in response["Cache-Control"]
    assert ConcernSubmission.objects.count() == 0  # nothing half-saved

    again = client.post(url, data)  # the same answers, sent again: the database is back
    assert again.status_code == 303
    assert ConcernSubmission.objects.get().description == "Motorbikes racing on the estate every night."


def test_while_the_database_is_still_down_the_answers_are_kept_without_it(
    client, concern_page, concern_data, restart_once, monkeypatch
):
    def still_down(*args, **kwargs):
        raise OperationalError(DOWN)

    monkeypatch.setattr(public, "render_form", still_down)
    data = concern_data(description="Broken <b>street</b> lights on Mare Street.")
    response = client.post(concern_page.url, data)
    assert response.status_code == 503
    html = response.content.decode()
    assert "We could not save your answers just now" in html
    assert "Broken &lt;b&gt;street&lt;/b&gt; lights on Mare Street." in html  # escaped, shown back
    assert f'name="ward" value="{data["ward"]}"' in html  # every answer travels with "Send again"
    assert 'name="submission_token"' in html and "Send again" in html
    assert ConcernSubmission.objects.count() == 0
