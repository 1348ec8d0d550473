"""`setup_roles`: the groups, their exact permissions, the workflow; idempotent and self-repairing."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
)

from boroughs.tests.factories import BoroughPageFactory
from governance.models import BoroughGroup, BoroughRole, SiteGroup, SiteRole
from governance.roles import WORKFLOW_NAME, setup_roles
from home.models import HomePage

from .conftest import borough_group, site_group

pytestmark = pytest.mark.django_db


def counts():
    return {
        "groups": Group.objects.count(),
        "borough_groups": BoroughGroup.objects.count(),
        "site_groups": SiteGroup.objects.count(),
        "page_perms": GroupPagePermission.objects.count(),
        "collection_perms": GroupCollectionPermission.objects.count(),
        "model_perms": Group.permissions.through.objects.count(),
        "collections": Collection.objects.count(),
        "workflows": Workflow.objects.count(),
        "tasks": GroupApprovalTask.objects.count(),
        "workflow_pages": WorkflowPage.objects.count(),
    }


def page_perms(group):
    return set(GroupPagePermission.objects.filter(group=group).values_list("page_id", "permission__codename"))


def test_one_editors_and_one_handlers_group_per_borough(roles, hackney, lambeth, camden):
    for borough in (hackney.borough, lambeth.borough, camden):
        assert (
            BoroughGroup.objects.get(borough=borough, role=BoroughRole.EDITORS).group.name == f"{borough.title} editors"
        )
        assert (
            BoroughGroup.objects.get(borough=borough, role=BoroughRole.HANDLERS).group.name
            == f"{borough.title} concern handlers"
        )
    assert site_group(SiteRole.CENTRAL).name == "Central communications"
    assert site_group(SiteRole.TRANSLATORS).name == "Translators"


def test_editors_add_and_change_their_borough_only(roles, hackney):
    editors = borough_group(hackney, BoroughRole.EDITORS)
    assert page_perms(editors) == {(hackney.borough.pk, "add_page"), (hackney.borough.pk, "change_page")}
    assert set(editors.permissions.values_list("codename", flat=True)) == {"access_admin"}
    collection = Collection.objects.get(name="Hackney")
    assert collection.get_parent() == Collection.get_first_root_node()
    assert set(
        GroupCollectionPermission.objects.filter(group=editors).values_list("collection_id", "permission__codename")
    ) == {
        (collection.pk, codename)
        for codename in (
            "add_image",
            "change_image",
            "choose_image",
            "add_document",
            "change_document",
            "choose_document",
        )
    }


def test_handlers_have_no_page_or_media_permission(roles, hackney):
    handlers = borough_group(hackney, BoroughRole.HANDLERS)
    assert page_perms(handlers) == set()
    assert not GroupCollectionPermission.objects.filter(group=handlers).exists()
    assert set(handlers.permissions.values_list("codename", flat=True)) == {"access_admin"}


def test_central_publishes_everywhere_but_cannot_bulk_delete(roles):
    central = site_group(SiteRole.CENTRAL)
    root = Page.get_first_root_node().pk
    assert page_perms(central) == {
        (root, codename) for codename in ("add_page", "change_page", "publish_page", "lock_page", "unlock_page")
    }
    codenames = set(central.permissions.values_list("codename", flat=True))
    assert {"access_admin", "submit_translation", "change_asbcategory", "change_crimetype", "change_bcu"} <= codenames
    assert not any(codename.startswith("delete_") for codename in codenames)


def test_translators_change_everywhere_without_publishing(roles):
    translators = site_group(SiteRole.TRANSLATORS)
    assert page_perms(translators) == {(Page.get_first_root_node().pk, "change_page")}
    assert "submit_translation" in set(translators.permissions.values_list("codename", flat=True))


def test_borough_editors_cover_every_locale_of_their_borough(roles, hackney, locale_pl):
    polish = hackney.borough.copy_for_translation(locale_pl, copy_parents=True)
    setup_roles()
    editors = borough_group(hackney, BoroughRole.EDITORS)
    assert (polish.pk, "change_page") in page_perms(editors)


def test_central_approval_workflow_on_every_home_and_borough_index(roles, borough_index):
    workflow = Workflow.objects.get(name=WORKFLOW_NAME)
    task = workflow.tasks.get().specific
    assert list(task.groups.all()) == [site_group(SiteRole.CENTRAL)]
    for page in (*HomePage.objects.all(), borough_index):
        assert page.get_workflow() == workflow


def test_running_twice_changes_nothing(roles):
    before = counts()
    report = setup_roles()
    assert counts() == before
    assert (report.groups_created, report.added, report.removed) == (0, 0, 0)


def test_command_is_idempotent(hackney, lambeth):
    call_command("setup_roles", verbosity=0)
    before = counts()
    call_command("setup_roles", verbosity=0)
    assert counts() == before


def test_rerun_repairs_drift(roles, hackney, lambeth):
    editors = borough_group(hackney, BoroughRole.EDITORS)
    handlers = borough_group(hackney, BoroughRole.HANDLERS)
    publish = Permission.objects.get(content_type__app_label="wagtailcore", codename="publish_page")
    change = Permission.objects.get(content_type__app_label="wagtailcore", codename="change_page")
    # Someone widens the Hackney editors by hand, and removes a permission they need.
    GroupPagePermission.objects.create(group=editors, page=hackney.borough, permission=publish)
    GroupPagePermission.objects.create(group=editors, page=lambeth.borough, permission=change)
    GroupPagePermission.objects.filter(group=editors, permission__codename="add_page").delete()
    editors.permissions.add(Permission.objects.get(codename="delete_image"))
    GroupPagePermission.objects.create(group=handlers, page=hackney.borough, permission=change)
    # …and the workflow is pointed at another group.
    task = Workflow.objects.get(name=WORKFLOW_NAME).tasks.get().specific
    task.groups.set([handlers])

    report = setup_roles()

    assert page_perms(editors) == {(hackney.borough.pk, "add_page"), (hackney.borough.pk, "change_page")}
    assert set(editors.permissions.values_list("codename", flat=True)) == {"access_admin"}
    assert page_perms(handlers) == set()
    assert list(task.groups.all()) == [site_group(SiteRole.CENTRAL)]
    assert report.removed == 4
    assert report.added == 1


def test_a_renamed_group_keeps_its_role(roles, hackney):
    editors = borough_group(hackney, BoroughRole.EDITORS)
    editors.name = "Hackney comms team"
    editors.save()
    setup_roles()
    assert borough_group(hackney, BoroughRole.EDITORS) == editors
    assert not Group.objects.filter(name="Hackney editors").exists()


def test_a_new_borough_gets_its_roles_on_the_next_run(roles, borough_index):
    newham = BoroughPageFactory(parent=borough_index, title="Newham", slug="newham", code="NEW")
    setup_roles()
    assert BoroughGroup.objects.filter(borough=newham).count() == 2
