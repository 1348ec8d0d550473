"""Borough editors' changes go live only after Central communications approve them."""

from datetime import timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page, WorkflowState
from wagtail.test.utils.form_data import querydict_from_html

pytestmark = pytest.mark.django_db


def submit(client, page, title):
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    data = querydict_from_html(client.get(url).content.decode(), form_id="page-edit-form")
    data["title"] = title
    data["action-submit"] = "1"
    return client.post(url, data)


@pytest.fixture
def published_ward(hackney):
    hackney.ward.save_revision().publish()
    return hackney.ward


def test_editor_submits_and_the_approver_is_emailed(client, users, published_ward):
    users["central"].email = "approver@example.org"
    users["central"].save()
    mail.outbox.clear()
    client.force_login(users["hackney_editor"])

    submit(client, published_ward, "Hackney Central, updated")

    state = WorkflowState.objects.for_instance(published_ward).get()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.current_task_state.task.name == "Central communications approval"
    assert Page.objects.get(pk=published_ward.pk).title != "Hackney Central, updated"  # not live yet
    recipients = {address for message in mail.outbox for address in message.to}
    assert "approver@example.org" in recipients
    assert users["hackney_editor"].email not in recipients
    assert users["lambeth_editor"].email not in recipients


def test_central_approves_and_the_change_goes_live(client, users, published_ward):
    client.force_login(users["hackney_editor"])
    submit(client, published_ward, "Hackney Central, approved")
    task_state = WorkflowState.objects.for_instance(published_ward).get().current_task_state

    client.force_login(users["lambeth_editor"])
    url = reverse("wagtailadmin_pages:workflow_action", args=[published_ward.pk, "approve", task_state.pk])
    client.post(url, {"comment": ""})
    assert Page.objects.get(pk=published_ward.pk).title != "Hackney Central, approved"  # not an approver

    client.force_login(users["central"])
    client.post(url, {"comment": "Fine."})
    assert Page.objects.get(pk=published_ward.pk).title == "Hackney Central, approved"


def test_scheduled_publishing_goes_live_with_publish_scheduled(published_ward):
    published_ward.title = "Hackney Central from Monday"
    revision = published_ward.save_revision(approved_go_live_at=timezone.now() - timedelta(minutes=1))
    assert Page.objects.get(pk=published_ward.pk).title != "Hackney Central from Monday"
    call_command("publish_scheduled")
    page = Page.objects.get(pk=published_ward.pk)
    assert page.title == "Hackney Central from Monday"
    assert page.live_revision_id == revision.pk
