"""The managed roles and `setup_roles()`, which creates them and repairs any drift.

Each managed group's permissions are stated here in full. Running `setup_roles()` again adds what
is missing and removes what is not stated (a permission someone ticked by hand in the admin), so
a managed group always means exactly what docs/governance.md says. It never duplicates a row.

| Role | Pages | Images, documents | Other |
|---|---|---|---|
| <Borough> editors | add, change in their borough (every locale) | add, change, choose in "<Borough>" | admin |
| <Borough> concern handlers | none | none | admin; their borough's submissions |
| Central communications | add, change, publish, lock, unlock everywhere | all, everywhere | snippets, translations, approver |
| Translators | change everywhere | choose everywhere | snippets (change), translations |
"""

from dataclasses import dataclass, field

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from boroughs.models import BoroughIndexPage, BoroughPage

from .models import BoroughGroup, BoroughRole, SiteGroup, SiteRole

WORKFLOW_NAME = "Central approval"
TASK_NAME = "Central communications approval"

ACCESS_ADMIN = "wagtailadmin.access_admin"
SUBMIT_TRANSLATION = "wagtail_localize.submit_translation"
SNIPPET_MODELS = ("advice.asbcategory", "advice.crimetype", "advice.advicetopic", "boroughs.bcu")

EDITOR_PAGE_PERMS = ("add_page", "change_page")
CENTRAL_PAGE_PERMS = ("add_page", "change_page", "publish_page", "lock_page", "unlock_page")
TRANSLATOR_PAGE_PERMS = ("change_page",)

EDITOR_MEDIA_PERMS = (
    "wagtailimages.add_image",
    "wagtailimages.change_image",
    "wagtailimages.choose_image",
    "wagtaildocs.add_document",
    "wagtaildocs.change_document",
    "wagtaildocs.choose_document",
)
CENTRAL_MEDIA_PERMS = (*EDITOR_MEDIA_PERMS, "wagtailimages.delete_image", "wagtaildocs.delete_document")
TRANSLATOR_MEDIA_PERMS = ("wagtailimages.choose_image", "wagtaildocs.choose_document")

SITE_GROUP_NAMES = {SiteRole.CENTRAL: "Central communications", SiteRole.TRANSLATORS: "Translators"}


def editors_name(borough) -> str:
    return f"{borough.title} editors"


def handlers_name(borough) -> str:
    return f"{borough.title} concern handlers"


@dataclass
class Report:
    """What a run created, added and removed (all zero on a second run)."""

    groups_created: int = 0
    added: int = 0
    removed: int = 0
    notes: list[str] = field(default_factory=list)

    def __str__(self):
        return f"{self.groups_created} groups created, {self.added} permissions added, {self.removed} removed"


class _Perms:
    """Permission rows by "app_label.codename", fetched once per run."""

    def __init__(self):
        self._rows = {
            f"{p.content_type.app_label}.{p.codename}": p
            for p in Permission.objects.select_related("content_type").filter(
                content_type__app_label__in={
                    "wagtailadmin",
                    "wagtailcore",
                    "wagtailimages",
                    "wagtaildocs",
                    "wagtail_localize",
                    "advice",
                    "boroughs",
                }
            )
        }

    def __call__(self, name: str) -> Permission:
        return self._rows[name]

    def page(self, codename: str) -> Permission:
        return self._rows[f"wagtailcore.{codename}"]


def _sync_group(group, report: Report, *, model_perms, page_perms, collection_perms) -> None:
    """Make the group's permissions exactly these: {Permission}, {(page_id, Permission)},
    {(collection_id, Permission)}."""
    current = set(group.permissions.all())
    wanted = set(model_perms)
    if current != wanted:
        group.permissions.remove(*(current - wanted))
        group.permissions.add(*(wanted - current))
        report.added += len(wanted - current)
        report.removed += len(current - wanted)

    wanted_pages = {(page_id, perm.pk) for page_id, perm in page_perms}
    existing = {(row.page_id, row.permission_id): row.pk for row in GroupPagePermission.objects.filter(group=group)}
    stray = [pk for key, pk in existing.items() if key not in wanted_pages]
    GroupPagePermission.objects.filter(pk__in=stray).delete()
    missing = wanted_pages - existing.keys()
    GroupPagePermission.objects.bulk_create(
        GroupPagePermission(group=group, page_id=page_id, permission_id=perm_id) for page_id, perm_id in missing
    )
    report.removed += len(stray)
    report.added += len(missing)

    wanted_collections = {(collection_id, perm.pk) for collection_id, perm in collection_perms}
    existing = {
        (row.collection_id, row.permission_id): row.pk for row in GroupCollectionPermission.objects.filter(group=group)
    }
    stray = [pk for key, pk in existing.items() if key not in wanted_collections]
    GroupCollectionPermission.objects.filter(pk__in=stray).delete()
    missing = wanted_collections - existing.keys()
    GroupCollectionPermission.objects.bulk_create(
        GroupCollectionPermission(group=group, collection_id=collection_id, permission_id=perm_id)
        for collection_id, perm_id in missing
    )
    report.removed += len(stray)
    report.added += len(missing)


def _borough_group(borough, role: str, name: str, report: Report) -> Group:
    link = BoroughGroup.objects.select_related("group").filter(borough=borough, role=role).first()
    if link is not None:
        return link.group
    group, created = Group.objects.get_or_create(name=name)
    report.groups_created += int(created)
    BoroughGroup.objects.create(group=group, borough=borough, role=role)
    return group


def _site_group(role: str, report: Report) -> Group:
    link = SiteGroup.objects.select_related("group").filter(role=role).first()
    if link is not None:
        return link.group
    group, created = Group.objects.get_or_create(name=SITE_GROUP_NAMES[role])
    report.groups_created += int(created)
    SiteGroup.objects.create(group=group, role=role)
    return group


def _borough_collection(root: Collection, borough) -> Collection:
    existing = root.get_children().filter(name=borough.title).first()
    return existing or root.add_child(name=borough.title)


def ensure_workflow(central: Group) -> Workflow:
    """The "Central approval" workflow: one group-approval task for Central communications,
    attached to every locale's home page (the pages directly under the tree root: this app does
    not import `home`, which sits above it) and borough index."""
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    if not workflow.active:
        workflow.active = True
        workflow.save(update_fields=["active"])
    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK_NAME)
    if not task.active:
        task.active = True
        task.save(update_fields=["active"])
    if set(task.groups.all()) != {central}:
        task.groups.set([central])
    if list(WorkflowTask.objects.filter(workflow=workflow).values_list("task_id", flat=True)) != [task.pk]:
        WorkflowTask.objects.filter(workflow=workflow).delete()
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    locale_roots = Page.objects.filter(depth=2).values_list("pk", flat=True)
    page_ids = [*locale_roots, *BoroughIndexPage.objects.values_list("pk", flat=True)]
    for page_id in page_ids:
        WorkflowPage.objects.update_or_create(page_id=page_id, defaults={"workflow": workflow})
    return workflow


@transaction.atomic
def setup_roles() -> Report:
    report = Report()
    perms = _Perms()
    root_page = Page.get_first_root_node()
    root_collection = Collection.get_first_root_node()
    if root_page is None or root_collection is None:
        report.notes.append("No page tree yet: run the migrations first.")
        return report

    boroughs = list(BoroughPage.objects.filter(locale=Locale.get_default()).order_by("title"))
    translations: dict = {}
    for page_id, key in BoroughPage.objects.values_list("pk", "translation_key"):
        translations.setdefault(key, []).append(page_id)

    for borough in boroughs:
        collection = _borough_collection(root_collection, borough)
        editors = _borough_group(borough, BoroughRole.EDITORS, editors_name(borough), report)
        _sync_group(
            editors,
            report,
            model_perms={perms(ACCESS_ADMIN)},
            page_perms={
                (page_id, perms.page(codename))
                for page_id in translations[borough.translation_key]
                for codename in EDITOR_PAGE_PERMS
            },
            collection_perms={(collection.pk, perms(name)) for name in EDITOR_MEDIA_PERMS},
        )
        handlers = _borough_group(borough, BoroughRole.HANDLERS, handlers_name(borough), report)
        _sync_group(handlers, report, model_perms={perms(ACCESS_ADMIN)}, page_perms=set(), collection_perms=set())

    snippet_change = {perms(f"{model.split('.')[0]}.change_{model.split('.')[1]}") for model in SNIPPET_MODELS}
    snippet_add = {perms(f"{model.split('.')[0]}.add_{model.split('.')[1]}") for model in SNIPPET_MODELS}

    central = _site_group(SiteRole.CENTRAL, report)
    _sync_group(
        central,
        report,
        model_perms={perms(ACCESS_ADMIN), perms(SUBMIT_TRANSLATION), *snippet_add, *snippet_change},
        page_perms={(root_page.pk, perms.page(codename)) for codename in CENTRAL_PAGE_PERMS},
        collection_perms={(root_collection.pk, perms(name)) for name in CENTRAL_MEDIA_PERMS},
    )
    translators = _site_group(SiteRole.TRANSLATORS, report)
    _sync_group(
        translators,
        report,
        model_perms={perms(ACCESS_ADMIN), perms(SUBMIT_TRANSLATION), *snippet_change},
        page_perms={(root_page.pk, perms.page(codename)) for codename in TRANSLATOR_PAGE_PERMS},
        collection_perms={(root_collection.pk, perms(name)) for name in TRANSLATOR_MEDIA_PERMS},
    )
    ensure_workflow(central)
    return report
