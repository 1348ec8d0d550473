"""Review-by dates: the admin report lists advice past or near its date, the dashboard reminds."""

import pytest
from django.contrib.auth.models import Group, Permission
from wagtail.models import GroupPagePermission

from advice.models import AdvicePage
from advice.tests.factories import AdvicePageFactory, in_days

pytestmark = pytest.mark.django_db

REPORT_URL = "/admin/reports/advice-review/"


def make_advice(parent, title, days):
    """Advice whose review date is `days` from today (past dates set after creation, as time would)."""
    page = AdvicePageFactory(parent=parent, title=title, review_date=in_days(max(days, 1)))
    if days < 1:
        AdvicePage.objects.filter(pk=page.pk).update(review_date=in_days(days))
    return page


@pytest.fixture
def advice(advice_index):
    return {
        "overdue": make_advice(advice_index, "Overdue advice", -40),
        "today": make_advice(advice_index, "Due today advice", 0),
        "soon": make_advice(advice_index, "Due soon advice", 29),
        "edge": make_advice(advice_index, "Due in thirty days", 30),
        "later": make_advice(advice_index, "Fine for now", 31),
        "much_later": make_advice(advice_index, "Reviewed last week", 300),
    }


def test_report_lists_due_advice_and_not_the_rest(admin_client, advice):
    response = admin_client.get(REPORT_URL)
    assert response.status_code == 200
    html = response.content.decode()
    for key in ("overdue", "today", "soon", "edge"):
        assert advice[key].title in html
    assert "Fine for now" not in html
    assert "Reviewed last week" not in html
    assert html.index("Overdue advice") < html.index("Due soon advice")  # oldest first
    assert "Overdue" in html
    assert "Review by" in html


def test_report_exports_csv(admin_client, advice):
    response = admin_client.get(REPORT_URL + "?export=csv")
    assert response.status_code == 200
    body = b"".join(response.streaming_content).decode() if response.streaming else response.content.decode()
    assert "Review by" in body
    assert "Overdue advice" in body
    assert "Fine for now" not in body


def test_report_is_in_the_reports_menu(admin_client, advice):
    html = admin_client.get("/admin/").content.decode()
    assert REPORT_URL in html


def test_dashboard_panel_shows_the_count(admin_client, advice):
    html = admin_client.get("/admin/").content.decode()
    assert "Advice due for review" in html
    assert 'data-advice-due-count="4"' in html
    assert "4 advice pages are past their review date or due within 30 days." in html
    assert "1 is overdue." in html


def test_dashboard_panel_is_hidden_when_nothing_is_due(admin_client, advice_index):
    make_advice(advice_index, "Fine for now", 100)
    html = admin_client.get("/admin/").content.decode()
    assert "data-advice-due-count" not in html


def test_editor_without_page_permissions_cannot_see_the_report(client, django_user_model, advice):
    user = django_user_model.objects.create_user(username="reader", password="x")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    response = client.get(REPORT_URL)
    assert response.status_code in (302, 403)


def test_editor_sees_only_advice_they_may_edit(client, django_user_model, home_page, advice):
    editors = Group.objects.create(name="Advice editors")
    editors.permissions.add(Permission.objects.get(codename="access_admin"))
    GroupPagePermission.objects.create(
        group=editors, page=advice["overdue"], permission=Permission.objects.get(codename="change_page")
    )
    user = django_user_model.objects.create_user(username="editor", password="x")
    user.groups.add(editors)
    client.force_login(user)
    html = client.get(REPORT_URL).content.decode()
    assert "Overdue advice" in html
    assert "Due soon advice" not in html
