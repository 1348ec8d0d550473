"""Staff handling: the submissions list (one list per form, across translations; filters),
a concern's status and notes, the safe export, and who may see what."""

import csv
import io

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from openpyxl import load_workbook
from wagtail.models import GroupPagePermission

from concerns.admin_views import spreadsheet_safe
from concerns.models import ConcernNote, ConcernSubmission, Status

from .factories import ConcernSubmissionFactory

pytestmark = pytest.mark.django_db

HOSTILE = '<script>alert("x")</script>'


@pytest.fixture
def staff(django_user_model):
    return django_user_model.objects.create_superuser("handler", "handler@example.org", "correct-horse-battery")


@pytest.fixture
def staff_client(client, staff):
    client.force_login(staff)
    return client


@pytest.fixture
def concerns(concern_page, borough, wards, taxonomy):
    return [
        ConcernSubmissionFactory(
            page=concern_page, borough=borough, ward=wards[0], asb_category=taxonomy["noise"], description="Noise A"
        ),
        ConcernSubmissionFactory(
            page=concern_page, borough=borough, ward=wards[1], crime_type=taxonomy["burglary"], description="Burglary B"
        ),
        ConcernSubmissionFactory(
            page=concern_page, borough=borough, ward=None, status=Status.CLOSED, description="Other C"
        ),
        ConcernSubmissionFactory(page=concern_page, borough=borough, is_spam=True, description="Spam D"),
    ]


def list_url(page, **params):
    from urllib.parse import urlencode

    url = reverse("wagtailforms:list_submissions", args=[page.pk])
    return f"{url}?{urlencode(params)}" if params else url


def test_list_shows_concerns_without_spam(staff_client, concern_page, concerns):
    html = staff_client.get(list_url(concern_page)).content.decode()
    assert "Noise A" in html and "Burglary B" in html and "Other C" in html
    assert "Spam D" not in html
    assert reverse("concerns_admin:detail", args=[concerns[0].pk]) in html
    assert "spam" in staff_client.get(list_url(concern_page, spam="spam")).content.decode()
    assert "Spam D" in staff_client.get(list_url(concern_page, spam="spam")).content.decode()


@pytest.mark.parametrize(
    ("params", "shown"),
    [
        ({"status": "closed"}, ["Other C"]),
        ({"ward": "borough"}, ["Other C"]),
        ({"category": "other"}, ["Other C"]),
    ],
)
def test_filters(staff_client, concern_page, concerns, params, shown):
    html = staff_client.get(list_url(concern_page, **params)).content.decode()
    for text in ("Noise A", "Burglary B", "Other C"):
        assert (text in html) == (text in shown), text


def test_filter_by_ward_and_category_ids(staff_client, concern_page, concerns, wards, taxonomy):
    html = staff_client.get(list_url(concern_page, ward=wards[1].pk)).content.decode()
    assert "Burglary B" in html and "Noise A" not in html
    html = staff_client.get(list_url(concern_page, category=f"asb:{taxonomy['noise'].pk}")).content.decode()
    assert "Noise A" in html and "Burglary B" not in html


def test_filter_by_date(staff_client, concern_page, concerns):
    from datetime import timedelta

    from django.utils import timezone

    ConcernSubmission.objects.filter(pk=concerns[0].pk).update(submit_time=timezone.now() - timedelta(days=30))
    since = (timezone.localdate() - timedelta(days=1)).isoformat()
    html = staff_client.get(list_url(concern_page, date_from=since)).content.decode()
    assert "Noise A" not in html and "Burglary B" in html


def test_markup_is_escaped_in_the_admin(staff_client, concern_page, borough):
    concern = ConcernSubmissionFactory(page=concern_page, borough=borough, description=HOSTILE, name=HOSTILE)
    for url in (list_url(concern_page), reverse("concerns_admin:detail", args=[concern.pk])):
        html = staff_client.get(url).content.decode()
        assert HOSTILE not in html and "&lt;script&gt;" in html


def test_csv_export_is_escaped_and_formula_safe(staff_client, concern_page, borough):
    ConcernSubmissionFactory(
        page=concern_page, borough=borough, description='=HYPERLINK("http://evil")', name="+cmd", location="@SUM(1)"
    )
    ConcernSubmissionFactory(page=concern_page, borough=borough, description=HOSTILE, name="-2+3")
    response = staff_client.get(list_url(concern_page, export="csv"))
    assert response.status_code == 200
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert len(rows) == 2
    cells = [value for row in rows for value in row.values()]
    assert not [c for c in cells if c and c[0] in "=+-@"]
    assert '\'=HYPERLINK("http://evil")' in cells and "'+cmd" in cells and "'@SUM(1)" in cells and "'-2+3" in cells
    assert HOSTILE in cells  # text, exactly as typed (a CSV has no markup to escape)


def test_xlsx_export_is_formula_safe(staff_client, concern_page, borough):
    ConcernSubmissionFactory(page=concern_page, borough=borough, description="=1+1")
    response = staff_client.get(list_url(concern_page, export="xlsx"))
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    values = [cell.value for row in workbook.active.iter_rows() for cell in row]
    assert "'=1+1" in values
    assert all(cell.data_type != "f" for row in workbook.active.iter_rows() for cell in row)


@pytest.mark.parametrize(
    ("value", "expected"),
    [("=1", "'=1"), ("+1", "'+1"), ("-1", "'-1"), ("@x", "'@x"), ("\t=1", "'\t=1"), ("ok", "ok"), (3, 3), (None, None)],
)
def test_spreadsheet_safe(value, expected):
    assert spreadsheet_safe(value) == expected


def test_status_change_and_note(staff_client, staff, concerns):
    concern = concerns[0]
    url = reverse("concerns_admin:detail", args=[concern.pk])
    response = staff_client.post(url, {"status": Status.PASSED_TO_WARD, "text": "Shared with PC Lee."})
    assert response.status_code == 302
    concern.refresh_from_db()
    assert concern.status == Status.PASSED_TO_WARD
    note = ConcernNote.objects.get()
    assert (note.author, note.old_status, note.new_status, note.text) == (
        staff,
        Status.NEW,
        Status.PASSED_TO_WARD,
        "Shared with PC Lee.",
    )
    html = staff_client.get(url).content.decode()
    assert "Shared with PC Lee." in html and "Passed to ward team" in html


def test_a_note_without_change_is_an_error(staff_client, concerns):
    url = reverse("concerns_admin:detail", args=[concerns[0].pk])
    response = staff_client.post(url, {"status": Status.NEW, "text": "  "})
    assert response.status_code == 200
    assert "Change the status or write a note." in response.content.decode()
    assert ConcernNote.objects.count() == 0


def test_invalid_status_is_refused(staff_client, concerns):
    url = reverse("concerns_admin:detail", args=[concerns[0].pk])
    response = staff_client.post(url, {"status": "deleted", "text": "x"})
    assert response.status_code == 200 and ConcernNote.objects.count() == 0
    concerns[0].refresh_from_db()
    assert concerns[0].status == Status.NEW


def test_a_user_who_cannot_edit_the_form_sees_no_concerns(
    client, django_user_model, concerns, concern_page, borough_index
):
    from boroughs.tests.factories import BoroughPageFactory

    # An editor with admin access and edit rights on another borough, not on this one.
    group = Group.objects.create(name="Lambeth editors")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    elsewhere = BoroughPageFactory(parent=borough_index, title="Lambeth", slug="lambeth", code="LAM")
    GroupPagePermission.objects.create(group=group, page=elsewhere, permission_type="change")
    user = django_user_model.objects.create_user("editor", "editor@example.org", "correct-horse-battery")
    user.groups.add(group)
    client.force_login(user)
    # Wagtail answers a logged-in user's PermissionDenied with a redirect to the dashboard.
    for response in (
        client.get(list_url(concern_page)),
        client.get(list_url(concern_page, export="csv")),
        client.get(reverse("concerns_admin:detail", args=[concerns[0].pk])),
        client.post(reverse("concerns_admin:detail", args=[concerns[0].pk]), {"status": "closed"}),
    ):
        assert response.status_code in (302, 403)
        assert "Noise A" not in response.content.decode()
    concerns[0].refresh_from_db()
    assert concerns[0].status == Status.NEW


def test_editing_the_borough_does_not_show_its_concerns(client, django_user_model, concerns, concern_page, borough):
    """Only the borough's concern handlers (governance app) and superusers see its concerns."""
    group = Group.objects.create(name="Hackney editors")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    GroupPagePermission.objects.create(group=group, page=borough, permission_type="change")
    user = django_user_model.objects.create_user("hackney", "hackney@example.org", "correct-horse-battery")
    user.groups.add(group)
    client.force_login(user)
    assert "Noise A" not in client.get(list_url(concern_page)).content.decode()
    assert client.get(reverse("concerns_admin:detail", args=[concerns[0].pk])).status_code == 302


def test_anonymous_is_sent_to_login(client, concerns):
    response = client.get(reverse("concerns_admin:detail", args=[concerns[0].pk]))
    assert response.status_code == 302 and "login" in response["Location"]
