"""Role dashboards: each role finds its own day's work on the admin's first screen, and only its own.

Counts are checked against the database; another borough's work never appears."""

import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page, Workflow

from boroughs.models import WardPage
from boroughs.tests.factories import PriorityIndexPageFactory, UpdateIndexPageFactory, WardPageFactory
from concerns.models import ConcernSubmission, Status
from concerns.tests.factories import ConcernSubmissionFactory
from governance.dashboard import subtree_q, translation_paths
from governance.roles import setup_roles
from governance.tests.conftest import SHARED, build_governance
from meetings.tests.factories import MeetingIndexPageFactory
from tests.shared_data import share

pytestmark = pytest.mark.django_db

# Hackney, Lambeth, Camden, the roles and their users are built once for the module.
globals().update(share(build_governance, SHARED))


def dashboard(client, user):
    client.force_login(user)
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    return response.content.decode()


def panel(html, panel_id):
    """The HTML of one dashboard panel (Wagtail's {% panel %} wraps it in a <section id=…>)."""
    start = html.index(f'id="{panel_id}-section"')
    end = html.find("</section>", start)
    return html[start:end]


def count_in(html, name):
    match = re.search(rf'data-count="{name}">(\d+)<', html)
    assert match, name
    return int(match.group(1))


def make_draft(page, title):
    page.title = title
    page.save_revision()
    return page


@pytest.fixture
def work(hackney, lambeth, users):
    """Drafts, a page awaiting approval and a page due for review in both boroughs."""
    make_draft(hackney.ward, "Hackney Central draft")
    make_draft(lambeth.ward, "Lambeth Central draft")
    hackney_waiting = WardPageFactory(parent=hackney.borough, title="Hackney Downs", slug="hackney-downs")
    lambeth_waiting = WardPageFactory(parent=lambeth.borough, title="Brixton Hill", slug="brixton-hill")
    workflow = Workflow.objects.get(name="Central approval")
    for page, user in ((hackney_waiting, users["hackney_editor"]), (lambeth_waiting, users["lambeth_editor"])):
        page.save_revision(user=user)
        workflow.start(page, user)
    overdue = timezone.localdate() - datetime.timedelta(days=3)
    WardPage.objects.filter(pk__in=[hackney.ward.pk, lambeth.ward.pk]).update(review_date=overdue)
    return {"hackney_waiting": hackney_waiting, "lambeth_waiting": lambeth_waiting}


def test_editor_sees_their_borough_counts_from_the_database(client, users, hackney, lambeth, work):
    html = dashboard(client, users["hackney_editor"])
    mine = panel(html, "borough-hackney")
    pages = Page.objects.filter(subtree_q(translation_paths(hackney.borough)))
    awaiting = pages.filter(_workflow_states__status="in_progress").distinct()
    drafts = pages.filter(has_unpublished_changes=True).exclude(pk__in=awaiting.values("pk"))
    assert count_in(mine, "drafts") == drafts.count() > 0
    assert count_in(mine, "awaiting") == awaiting.count() == 1
    assert count_in(mine, "due") == 1
    assert "Hackney Central draft" in mine
    assert "Hackney Downs" in mine
    assert "Overdue" in mine
    assert "Lambeth" not in html  # no other borough's panel, drafts or pages
    assert "Brixton Hill" not in html
    assert "review-queue-section" not in html  # not an approver
    assert "concern-queue-section" not in html  # not a handler


def test_editor_quick_add_buttons_add_under_their_borough(client, users, hackney):
    updates = UpdateIndexPageFactory(parent=hackney.borough, title="Updates", slug="updates")
    priorities = PriorityIndexPageFactory(parent=hackney.borough, title="Priorities", slug="priorities")
    meetings = MeetingIndexPageFactory(parent=hackney.borough, title="Meetings", slug="meetings")
    html = panel(dashboard(client, users["hackney_editor"]), "borough-hackney")
    for parent, model in ((updates, "updatepage"), (priorities, "prioritypage"), (meetings, "meetingpage")):
        app = "meetings" if model == "meetingpage" else "boroughs"
        url = reverse("wagtailadmin_pages:add", args=[app, model, parent.pk])
        assert f'href="{url}"' in html
        assert client.get(url).status_code == 200  # the editor may really add there
    for label in ("Add an update", "Add a priority", "Add a meeting"):
        assert label in html


def test_editor_summary_counts_their_borough_not_the_site(client, users, hackney, lambeth):
    html = dashboard(client, users["hackney_editor"])
    total = Page.objects.filter(subtree_q(translation_paths(hackney.borough))).count()
    assert f'data-borough-pages="{total}"' in html
    assert f"{total} pages in Hackney" in html
    assert "Pages <span" not in html  # Wagtail's site-wide "N Pages created in …" is gone


def test_translation_coverage_counts_each_locale(client, users, hackney, locale_pl):
    hackney.borough.copy_for_translation(locale_pl, copy_parents=True)
    html = panel(dashboard(client, users["hackney_editor"]), "borough-hackney")
    english = Page.objects.filter(subtree_q([hackney.borough.path])).count()
    row = re.search(r'<tr data-locale="pl">(.*?)</tr>', html, re.S).group(1)
    assert f"1 of {english}" in row


def test_explorer_opens_at_the_editors_borough(client, users, hackney, lambeth, locale_pl):
    # With Hackney in two locales, Wagtail's own starting point is the tree root
    hackney.borough.copy_for_translation(locale_pl, copy_parents=True)
    setup_roles()  # the editors now edit the Polish Hackney too
    html = dashboard(client, users["hackney_editor"])
    url = reverse("wagtailadmin_explore", args=[hackney.borough.pk])
    assert f'"url": "{url}"}}, {hackney.borough.pk}]' in html
    # Central communications keep Wagtail's own starting point (they edit the whole tree)
    html = dashboard(client, users["central"])
    assert f'"url": "{url}"' not in html


def test_approver_sees_the_queue_with_borough_and_age(client, users, hackney, lambeth, work):
    html = dashboard(client, users["central"])
    queue = panel(html, "review-queue")
    assert 'data-review-queue-count="2"' in queue
    hackney_row = re.search(r"<tr>(?:(?!</tr>).)*Hackney Downs.*?</tr>", queue, re.S).group(0)
    assert "<td>Hackney</td>" in hackney_row
    assert "0 days" in hackney_row
    assert "<td>Lambeth</td>" in queue
    assert queue.index("Hackney Downs") < queue.index("Brixton Hill")  # oldest first
    assert "borough-hackney-section" not in html
    assert "concern-queue-section" not in html


def test_handler_sees_new_open_and_overdue_concerns_of_their_borough(client, users, hackney, lambeth):
    old = ConcernSubmissionFactory(page=hackney.form, borough=hackney.borough, reference="HAC-2026-000009")
    ConcernSubmission.objects.filter(pk=old.pk).update(
        submit_time=timezone.now() - datetime.timedelta(days=30), status=Status.ACKNOWLEDGED
    )
    ConcernSubmissionFactory(page=hackney.form, borough=hackney.borough, reference="HAC-2026-000010", status="closed")
    html = dashboard(client, users["hackney_handler"])
    queue = panel(html, "concern-queue")
    mine = ConcernSubmission.objects.filter(form_translation_key=hackney.form.translation_key, is_spam=False)
    assert count_in(queue, "new") == mine.filter(status=Status.NEW).count()
    assert count_in(queue, "open") == mine.exclude(status=Status.CLOSED).count()
    assert count_in(queue, "overdue") == 1
    assert queue.index("HAC-2026-000009") < queue.index("HAC-2026-000001")  # oldest first
    assert "HAC-2026-000010" not in queue  # closed
    assert "LAM-" not in html and "Lambeth" not in html
    export_url = reverse("wagtailforms:list_submissions", args=[hackney.form.pk]) + "?export=csv"
    assert f'href="{export_url}"' in queue
    body = b"".join(client.get(export_url).streaming_content).decode()
    assert "HAC-2026-000009" in body and "LAM-" not in body
    assert f'data-new-concerns="{mine.filter(status=Status.NEW).count()}"' in html
    assert "borough-hackney-section" not in html
    assert "review-queue-section" not in html


def test_dashboard_queries_do_not_grow_with_content(client, users, hackney, work, django_assert_max_num_queries):
    """Bounded, and constant as the borough grows: ten more drafts add no query."""
    client.force_login(users["hackney_editor"])
    client.get(reverse("wagtailadmin_home"))
    with CaptureQueriesContext(connection) as before:
        client.get(reverse("wagtailadmin_home"))
    assert len(before) <= 70
    for n in range(10):
        make_draft(WardPageFactory(parent=hackney.borough, title=f"Ward {n}", slug=f"ward-{n}"), f"Ward {n} draft")
    with CaptureQueriesContext(connection) as after:
        client.get(reverse("wagtailadmin_home"))
    assert len(after) <= len(before), f"{len(before)} queries before, {len(after)} after ten more drafts"


@pytest.mark.parametrize("language", ["ar", "pl"])
def test_dashboard_in_other_languages(client, users, hackney, work, language):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(users["hackney_editor"])
    profile.preferred_language = language
    profile.save()
    html = dashboard(client, users["hackney_editor"])
    mine = panel(html, "borough-hackney")
    assert count_in(mine, "due") == 1
    heading = {"ar": "المسودات", "pl": "Wersje robocze"}[language]
    assert heading in mine


def test_recent_publications_list_each_page_once_with_its_languages(client, users, hackney, locale_pl):
    hackney.ward.save_revision().publish()
    polish = hackney.ward.copy_for_translation(locale_pl, copy_parents=True)
    polish.save_revision().publish()
    html = panel(dashboard(client, users["hackney_editor"]), "borough-hackney")
    recent = html[html.index("Recently published") : html.index("Translation coverage")]
    assert recent.count(hackney.ward.title) == 1
    assert "English" in recent and "Polski" in recent
