"""The permission matrix, through the real admin URLs: every role, own or other borough, every action.

Each case logs in as the role, makes the request an editor's browser would make, and checks the
outcome in the database, not only the status code. Whatever the outcome, the borough the request
did not target is unchanged afterwards, and a refused request leaves its target unchanged too.
"""

import copy

import pytest
from django.core.cache import cache
from django.urls import reverse
from wagtail.models import Locale, Page, WorkflowState
from wagtail.test.utils.form_data import querydict_from_html
from wagtail_localize.models import TranslationSource

from boroughs.tests.factories import BoroughIndexPageFactory
from concerns.models import ConcernSubmission
from governance.roles import setup_roles
from home.models import HomePage
from tests.shared_data import shared_transaction

from .conftest import build_area, build_camden, build_users

ROLES = ("hackney_editor", "hackney_handler", "lambeth_editor", "central", "translator")
TARGETS = ("hackney", "lambeth")

EDITING = {
    ("hackney_editor", "hackney"),
    ("lambeth_editor", "lambeth"),
    ("central", "hackney"),
    ("central", "lambeth"),
    ("translator", "hackney"),
    ("translator", "lambeth"),
}
CENTRAL = {("central", "hackney"), ("central", "lambeth")}
OWN_EDITORS_AND_CENTRAL = {("hackney_editor", "hackney"), ("lambeth_editor", "lambeth"), *CENTRAL}
HANDLER = {("hackney_handler", "hackney")}
TRANSLATION = {*CENTRAL, ("translator", "hackney"), ("translator", "lambeth")}

EXPECTED = {
    "explore": EDITING,
    "edit": EDITING,
    "submit_for_approval": EDITING,
    "publish": CENTRAL,
    "delete": CENTRAL,
    "copy": OWN_EDITORS_AND_CENTRAL,
    "move": CENTRAL,
    "unpublish": CENTRAL,
    "history": EDITING,
    "revisions": EDITING,
    "compare": EDITING,
    "preview": EDITING,
    "admin_api": EDITING,
    "view_submissions": HANDLER,
    "export": HANDLER,
    "delete_submission": HANDLER,
    "concern_detail": HANDLER,
    "view_survey_results": HANDLER,
    # The survey's raw responses through Wagtail's generic list: refused to everyone here. (The
    # handler's own case is left out: that list is the concerns app's to render; see the report.)
    "survey_submissions": set(),
    "submit_translation": TRANSLATION,
    "sync_translation": TRANSLATION,
}

# Refused publishing still saves the edit as a draft (the user may edit): the target changes.
SAVES_DRAFT_WHEN_REFUSED = {"publish"}


def ok(response) -> bool:
    return response.status_code == 200


def post_edit(client, page, action, title):
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    response = client.get(url)
    if response.status_code != 200:
        return response
    data = querydict_from_html(response.content.decode(), form_id="page-edit-form")
    data["title"] = title
    data[action] = "1"
    return client.post(url, data)


def do_explore(client, area, ctx):
    return ok(client.get(reverse("wagtailadmin_explore", args=[area.borough.pk])))


def do_edit(client, area, ctx):
    return ok(client.get(reverse("wagtailadmin_pages:edit", args=[area.borough.pk])))


def do_submit_for_approval(client, area, ctx):
    post_edit(client, area.ward, "action-submit", "Ward for approval")
    return WorkflowState.objects.for_instance(area.ward).filter(status=WorkflowState.STATUS_IN_PROGRESS).exists()


def do_publish(client, area, ctx):
    post_edit(client, area.ward, "action-publish", "Published ward")
    return Page.objects.get(pk=area.ward.pk).title == "Published ward"


def do_delete(client, area, ctx):
    client.post(reverse("wagtailadmin_pages:delete", args=[area.ward.pk]))
    return not Page.objects.filter(pk=area.ward.pk).exists()


def do_copy(client, area, ctx):
    client.post(
        reverse("wagtailadmin_pages:copy", args=[area.ward.pk]),
        {"new_title": "Copied ward", "new_slug": "copied-ward", "new_parent_page": area.borough.pk},
    )
    return Page.objects.child_of(area.borough).filter(slug="copied-ward").exists()


def do_move(client, area, ctx):
    client.post(reverse("wagtailadmin_pages:move_confirm", args=[area.ward.pk, ctx["camden"].pk]))
    return Page.objects.get(pk=area.ward.pk).get_parent().pk == ctx["camden"].pk


def do_unpublish(client, area, ctx):
    client.post(reverse("wagtailadmin_pages:unpublish", args=[area.ward.pk]))
    return not Page.objects.get(pk=area.ward.pk).live


def do_history(client, area, ctx):
    return ok(client.get(reverse("wagtailadmin_pages:history", args=[area.ward.pk])))


def do_revisions(client, area, ctx):
    url = reverse("wagtailadmin_pages:revisions_view", args=[area.ward.pk, area.ward.latest_revision_id])
    return ok(client.get(url))


def do_compare(client, area, ctx):
    url = reverse("wagtailadmin_pages:revisions_compare", args=[area.ward.pk, "live", area.ward.latest_revision_id])
    return ok(client.get(url))


def do_preview(client, area, ctx):
    response = client.get(reverse("wagtailadmin_pages:view_draft", args=[area.ward.pk]))
    return ok(response) and ctx["draft_title"].encode() in response.content


def do_admin_api(client, area, ctx):
    response = client.get(f"/admin/api/main/pages/{area.ward.pk}/")
    return ok(response) and response.json()["admin_display_title"] == ctx["draft_title"]


def do_view_submissions(client, area, ctx):
    response = client.get(reverse("wagtailforms:list_submissions", args=[area.form.pk]))
    return ok(response) and area.concerns[0].reference.encode() in response.content


def do_export(client, area, ctx):
    response = client.get(reverse("wagtailforms:list_submissions", args=[area.form.pk]) + "?export=csv")
    content = b"".join(response.streaming_content) if response.streaming else response.content
    return ok(response) and area.concerns[0].email.encode() in content


def do_delete_submission(client, area, ctx):
    victim = area.concerns[0]
    url = reverse("wagtailforms:delete_submissions", args=[area.form.pk])
    client.post(f"{url}?selected-submissions={victim.pk}")
    return not ConcernSubmission.objects.filter(pk=victim.pk).exists()


def do_concern_detail(client, area, ctx):
    response = client.get(reverse("concerns_admin:detail", args=[area.concerns[0].pk]))
    return ok(response) and area.concerns[0].reference.encode() in response.content


def do_view_survey_results(client, area, ctx):
    return ok(client.get(reverse("concerns_admin:survey_results", args=[area.survey.pk])))


def do_survey_submissions(client, area, ctx):
    return ok(client.get(reverse("wagtailforms:list_submissions", args=[area.survey.pk])))


def do_submit_translation(client, area, ctx):
    return ok(client.get(reverse("wagtail_localize:submit_page_translation", args=[area.ward.pk])))


def do_sync_translation(client, area, ctx):
    source, _ = TranslationSource.get_or_create_from_instance(area.ward)
    return ok(client.get(reverse("wagtail_localize:update_translations", args=[source.pk])))


@pytest.fixture(scope="module")
def _built(django_db_setup, django_db_blocker):
    """The two boroughs, Camden, the roles, the users and Polish, built once for all the cases
    (tests/shared_data.py): each case runs in its own savepoint and sees them as built."""
    with shared_transaction(django_db_blocker):
        cache.clear()
        borough_index = BoroughIndexPageFactory(parent=HomePage.objects.get(locale__language_code="en"))
        hackney = build_area(borough_index, "Hackney", "hackney", "HAC")
        lambeth = build_area(borough_index, "Lambeth", "lambeth", "LAM")
        camden = build_camden(borough_index)
        setup_roles()
        users = build_users(hackney, lambeth)
        Locale.objects.get_or_create(language_code="pl")
        for area in (hackney, lambeth):
            area.ward.save_revision().publish()
            area.ward.title = f"{area.borough.title} draft ward"
            area.ward.save_revision()  # an unpublished draft: what no other borough may read
            area.ward.refresh_from_db()
        yield {"users": users, "matrix": {"hackney": hackney, "lambeth": lambeth, "camden": camden}}


@pytest.fixture
def users(_built, db):
    return copy.deepcopy(_built["users"])


@pytest.fixture
def matrix(_built, db):
    return copy.deepcopy(_built["matrix"])


# The handler's own survey through Wagtail's generic submissions list is not a governance case:
# SurveyResponse has no get_data() yet, so that list is the concerns app's to finish.
CASES = [
    (role, target, action)
    for role in ROLES
    for target in TARGETS
    for action in EXPECTED
    if (role, target, action) != ("hackney_handler", "hackney", "survey_submissions")
]


@pytest.mark.django_db
@pytest.mark.parametrize(("role", "target", "action"), CASES)
def test_permission_matrix(client, users, matrix, role, target, action):
    area = matrix[target]
    other = matrix["lambeth" if target == "hackney" else "hackney"]
    ctx = {"camden": matrix["camden"], "draft_title": f"{area.borough.title} draft ward"}
    target_before, other_before = area.snapshot(), other.snapshot()
    client.force_login(users[role])

    allowed = globals()[f"do_{action}"](client, area, ctx)

    expected = (role, target) in EXPECTED[action]
    assert allowed == expected, f"{role} {action} on {target}: expected {'allowed' if expected else 'denied'}"
    assert other.snapshot() == other_before, f"{role} {action} on {target} changed the other borough"
    if not allowed and action not in SAVES_DRAFT_WHEN_REFUSED:
        assert area.snapshot() == target_before, f"refused {action} still changed {target}"
