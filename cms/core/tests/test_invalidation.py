"""Precise invalidation: the content version moves on what readers see, and on nothing else."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import ModelLogEntry, PageLogEntry, Workflow

from boroughs.tests.factories import BcuFactory, BoroughPageFactory, WardPageFactory
from cms.core.cache import content_version
from cms.core.models import ContactSettings


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_superuser("editor", "editor@example.org", "not-a-real-password-1")


def changes(action) -> bool:
    before = content_version()
    action()
    return content_version() != before


# --- what readers see: the version moves ------------------------------------------------------


def test_publishing_a_page_bumps(borough):
    borough.title = "Hackney and City"
    revision = borough.save_revision()
    assert changes(revision.publish)


def test_publishing_a_new_draft_page_bumps(borough_index):
    page = BoroughPageFactory.build(title="Camden", slug="camden", live=False, bcu=BcuFactory())
    borough_index.add_child(instance=page)
    revision = page.save_revision()
    assert changes(revision.publish)


def test_unpublishing_a_page_bumps(borough):
    assert changes(borough.unpublish)


def test_moving_a_page_bumps(borough, borough_index):
    ward = WardPageFactory(parent=borough, title="Dalston", slug="dalston")
    other = BoroughPageFactory(parent=borough_index, title="Islington", slug="islington")
    assert changes(lambda: ward.move(other, pos="last-child"))


def test_deleting_a_page_bumps(borough):
    ward = WardPageFactory(parent=borough, title="Dalston", slug="dalston")
    assert changes(ward.delete)


def test_creating_a_live_page_in_code_bumps(borough):
    # e.g. an alias created live by locale synchronisation: no page_published is sent for it
    assert changes(lambda: WardPageFactory(parent=borough, title="Dalston", slug="dalston"))


def test_saving_and_deleting_a_snippet_bumps(db):
    bcu = BcuFactory()

    def rename():
        bcu.name = "Central East"
        bcu.save()

    assert changes(rename)
    assert changes(bcu.delete)


def test_saving_a_setting_bumps(db):
    setting = ContactSettings.load()
    assert changes(setting.save)


def test_saving_an_image_bumps(db):
    assert changes(lambda: Image.objects.create(title="Patrol", file=get_test_image_file()))


# --- what only editors or residents see: the version stays ---------------------------------


def test_saving_a_draft_of_a_live_page_does_not_bump(borough, editor):
    borough.title = "Draft title"
    assert not changes(lambda: borough.save_revision(user=editor, log_action=True))


def test_creating_an_unpublished_draft_page_does_not_bump(borough_index, editor):
    page = BoroughPageFactory.build(title="Camden", slug="camden", live=False, bcu=BcuFactory())

    def create_draft():
        borough_index.add_child(instance=page)
        page.save_revision(user=editor, log_action=True)

    assert not changes(create_draft)


def test_log_entries_do_not_bump(borough, editor):
    assert not changes(lambda: PageLogEntry.objects.log_action(borough, "wagtail.edit", user=editor))
    assert not changes(lambda: ModelLogEntry.objects.log_action(editor, "wagtail.edit", user=editor))


def test_a_workflow_submission_does_not_bump(borough, editor):
    workflow = Workflow.objects.first() or Workflow.objects.create(name="Moderators approval")
    borough.title = "Waiting for approval"
    borough.save_revision(user=editor)
    assert not changes(lambda: workflow.start(borough, editor))


def test_a_rendition_does_not_bump(db):
    image = Image.objects.create(title="Patrol", file=get_test_image_file())
    assert not changes(lambda: image.get_rendition("width-100"))


def test_a_residents_form_submission_does_not_bump(borough):
    from concerns.tests.factories import ConcernFormPageFactory, ConcernSubmissionFactory

    page = ConcernFormPageFactory(parent=borough)
    assert not changes(lambda: ConcernSubmissionFactory(page=page))
