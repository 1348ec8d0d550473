"""Residents' submissions: only the borough's concern handlers and superusers, by any URL; and
every view, export and deletion leaves an audit entry."""

import pytest
from django.urls import reverse
from wagtail.contrib.forms.utils import get_forms_for_user
from wagtail.models import PageLogEntry

from concerns.models import ConcernSubmission, SurveyResponse
from concerns.permissions import submissions_for_user, surveys_for_user
from governance import audit
from governance.access import form_pages_for_user
from governance.tests.conftest import SHARED, build_governance
from tests.shared_data import share

from .conftest import is_denied

pytestmark = pytest.mark.django_db

# Hackney, Lambeth, Camden, the roles and their users are built once for the module.
globals().update(share(build_governance, SHARED))


def entries(action=None):
    queryset = PageLogEntry.objects.filter(action__in=audit.ACTIONS)
    return queryset.filter(action=action) if action else queryset


def test_editing_a_form_page_grants_no_submissions(users, hackney):
    editor = users["hackney_editor"]
    assert hackney.form.permissions_for_user(editor).can_edit()
    assert not get_forms_for_user(editor).exists()
    assert not submissions_for_user(editor).exists()
    assert not surveys_for_user(editor).exists()


def test_handlers_see_their_borough_in_every_locale(users, hackney, lambeth, locale_pl):
    polish_form = hackney.form.copy_for_translation(locale_pl, copy_parents=True)
    handler = users["hackney_handler"]
    visible = set(form_pages_for_user(handler).values_list("pk", flat=True))
    assert visible == {hackney.form.pk, hackney.survey.pk, polish_form.pk}
    assert set(submissions_for_user(handler).values_list("pk", flat=True)) == {c.pk for c in hackney.concerns}


def test_superusers_see_every_form(superuser, hackney, lambeth):
    assert set(get_forms_for_user(superuser).values_list("pk", flat=True)) == {
        hackney.form.pk,
        hackney.survey.pk,
        lambeth.form.pk,
        lambeth.survey.pk,
    }


def test_inactive_handler_sees_nothing(users, hackney):
    handler = users["hackney_handler"]
    handler.is_active = False
    handler.save()
    assert not form_pages_for_user(handler).exists()


def test_cannot_delete_another_forms_submissions_through_own_form_url(client, users, hackney, lambeth):
    """The advisory case: own form page's delete URL, another page's submission id."""
    client.force_login(users["hackney_handler"])
    victim = lambeth.concerns[0]
    url = reverse("wagtailforms:delete_submissions", args=[hackney.form.pk])
    client.post(f"{url}?selected-submissions={victim.pk}")
    client.post(f"{url}?selected-submissions={lambeth.responses[0].pk}")
    assert ConcernSubmission.objects.filter(pk=victim.pk).exists()
    assert SurveyResponse.objects.filter(pk=lambeth.responses[0].pk).exists()
    assert not entries(audit.DELETE).exists()  # nothing was deleted, so nothing to record


def test_cannot_delete_another_boroughs_submissions_by_its_url(client, users, lambeth):
    client.force_login(users["hackney_handler"])
    url = reverse("wagtailforms:delete_submissions", args=[lambeth.form.pk])
    response = client.post(f"{url}?selected-submissions={lambeth.concerns[0].pk}")
    assert is_denied(response)
    assert ConcernSubmission.objects.filter(pk=lambeth.concerns[0].pk).exists()


def test_concern_status_cannot_be_changed_for_another_borough(client, users, lambeth):
    client.force_login(users["hackney_handler"])
    concern = lambeth.concerns[0]
    response = client.post(reverse("concerns_admin:detail", args=[concern.pk]), {"status": "closed", "text": "x"})
    assert is_denied(response)
    concern.refresh_from_db()
    assert concern.status == "new"
    assert not concern.notes.exists()


def test_handler_processes_own_concern(client, users, hackney):
    client.force_login(users["hackney_handler"])
    concern = hackney.concerns[0]
    response = client.post(
        reverse("concerns_admin:detail", args=[concern.pk]), {"status": "acknowledged", "text": "Called back."}
    )
    assert response.status_code == 302
    concern.refresh_from_db()
    assert concern.status == "acknowledged"


def test_handler_reaches_the_forms_index_and_sees_only_own_forms(client, users, hackney, lambeth):
    client.force_login(users["hackney_handler"])
    response = client.get(reverse("wagtailforms:index"))
    assert response.status_code == 200
    assert hackney.form.title.encode() in response.content
    assert lambeth.form.title.encode() not in response.content


def test_editor_cannot_open_the_forms_index(client, users):
    client.force_login(users["hackney_editor"])
    assert is_denied(client.get(reverse("wagtailforms:index")))


def test_anonymous_is_sent_to_login(client, hackney):
    response = client.get(reverse("wagtailforms:list_submissions", args=[hackney.form.pk]))
    assert response.status_code == 302
    assert reverse("wagtailadmin_login") in response["Location"]


# Audit


def test_viewing_the_list_is_recorded(client, users, hackney):
    client.force_login(users["hackney_handler"])
    client.get(reverse("wagtailforms:list_submissions", args=[hackney.form.pk]))
    entry = entries(audit.VIEW).get()
    assert entry.user == users["hackney_handler"]
    assert entry.page_id == hackney.form.pk
    assert sorted(entry.data["ids"]) == sorted(c.pk for c in hackney.concerns)
    assert entry.data["count"] == 2


def test_viewing_one_concern_is_recorded_with_its_reference(client, users, hackney):
    client.force_login(users["hackney_handler"])
    concern = hackney.concerns[0]
    client.get(reverse("concerns_admin:detail", args=[concern.pk]))
    entry = entries(audit.VIEW).get()
    assert entry.data["reference"] == concern.reference
    assert concern.reference in entry.message
    assert concern.email not in str(entry.data)  # the trail names submissions, not residents


@pytest.mark.parametrize("export_format", ["csv", "xlsx"])
def test_every_export_is_recorded(client, users, hackney, export_format):
    client.force_login(users["hackney_handler"])
    url = reverse("wagtailforms:list_submissions", args=[hackney.form.pk])
    response = client.get(f"{url}?export={export_format}&status=new")
    assert response.status_code == 200
    entry = entries(audit.EXPORT).get()
    assert (entry.user, entry.page_id) == (users["hackney_handler"], hackney.form.pk)
    assert entry.data["format"] == export_format
    assert entry.data["filters"] == {"status": ["new"]}
    assert not entries(audit.VIEW).exists()


def test_deletion_is_recorded(client, users, hackney):
    client.force_login(users["hackney_handler"])
    doomed = hackney.concerns[0]
    url = reverse("wagtailforms:delete_submissions", args=[hackney.form.pk])
    assert client.get(f"{url}?selected-submissions={doomed.pk}").status_code == 200
    assert not entries(audit.DELETE).exists()  # the confirmation page deletes nothing
    client.post(f"{url}?selected-submissions={doomed.pk}")
    assert not ConcernSubmission.objects.filter(pk=doomed.pk).exists()
    entry = entries(audit.DELETE).get()
    assert entry.data == {"count": 1, "ids": [doomed.pk], "references": [doomed.reference]}
    assert doomed.reference in entry.message


def test_refused_requests_leave_no_entry(client, users, hackney):
    client.force_login(users["hackney_editor"])
    client.get(reverse("wagtailforms:list_submissions", args=[hackney.form.pk]) + "?export=csv")
    assert not entries().exists()


def test_entries_appear_in_site_history(client, users, superuser, hackney):
    client.force_login(users["hackney_handler"])
    client.get(reverse("wagtailforms:list_submissions", args=[hackney.form.pk]) + "?export=csv")
    client.force_login(superuser)
    response = client.get(reverse("wagtailadmin_reports:site_history"))
    assert response.status_code == 200
    assert b"Exported submissions as CSV" in response.content


def test_personal_data_report_is_for_superusers_only(client, users, superuser, hackney):
    client.force_login(users["hackney_handler"])
    client.get(reverse("concerns_admin:detail", args=[hackney.concerns[0].pk]))
    url = reverse("governance:personal_data_access")
    for role in ("hackney_handler", "central", "hackney_editor"):
        client.force_login(users[role])
        assert is_denied(client.get(url))
    client.force_login(superuser)
    response = client.get(url)
    assert response.status_code == 200
    assert hackney.concerns[0].reference.encode() in response.content
    assert (
        b"hackney-handler" in response.content or users["hackney_handler"].get_full_name().encode() in response.content
    )
    filtered = client.get(url, {"action": audit.DELETE})
    assert hackney.concerns[0].reference.encode() not in filtered.content
    export = client.get(url, {"export": "csv"})
    assert export.status_code == 200
