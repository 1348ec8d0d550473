"""Editors and governance: the switch before publishing, who may message whom, who sees addresses,
audited exports, and the ratings report."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from alerts.models import Alert, Delivery, ExportRecord, PublishChoice, Rating
from governance.models import BoroughGroup, BoroughRole, SiteGroup, SiteRole
from governance.roles import setup_roles

from .helpers import draft, publish, subscriber

pytestmark = pytest.mark.django_db


@pytest.fixture
def roles(borough, other_borough, wards):
    setup_roles()
    return borough


def user_in(django_user_model, group, username):
    user = django_user_model.objects.create_user(username=username, password="x" * 12, email=f"{username}@example.org")
    user.groups.add(group)
    return user


@pytest.fixture
def hackney_editor(roles, django_user_model):
    group = BoroughGroup.objects.get(borough=roles, role=BoroughRole.EDITORS).group
    return user_in(django_user_model, group, "hackney-editor")


@pytest.fixture
def central(roles, django_user_model):
    return user_in(django_user_model, SiteGroup.objects.get(role=SiteRole.CENTRAL).group, "central")


def test_editor_sees_the_reach_and_the_switch_is_on(client, hackney_editor, updates, wards):
    subscriber("a@example.org", wards=[wards[0]])
    subscriber("b@example.org", boroughs=[wards[0].get_parent()])
    page = draft(updates, title="News")
    client.force_login(hackney_editor)
    html = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    assert 'id="id_alerts-send" name="alerts-send" value="1" checked' in html
    assert "subscribers it will reach: 2" in html
    html = client.get(reverse("wagtailadmin_pages:add", args=["boroughs", "updatepage", updates.pk])).content.decode()
    assert "subscribers it will reach: 2" in html


def _edit_post(page, **extra):
    return nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "date": "2025-11-20",
            "summary": "What the team did.",
            "body": streamfield([("text", rich_text("<p>We patrolled the station every evening.</p>"))]),
            "alerts-choice": "1",
            **extra,
        }
    )


def test_editor_submits_central_approves_and_residents_are_told_once(
    client, hackney_editor, central, updates, wards, django_capture_on_commit_callbacks
):
    subscriber(wards=[wards[0]], language="pl")
    page = draft(updates, title="Street drinking")
    client.force_login(hackney_editor)
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        _edit_post(page, **{"alerts-send": "1", "action-submit": "1"}),
    )
    assert response.status_code == 302
    page.refresh_from_db()
    assert not page.live
    assert [m for m in mail.outbox if m.to == ["resident@example.org"]] == []
    assert PublishChoice.objects.get(revision_id=page.latest_revision_id).send is True
    state = page.current_workflow_state
    task_state = state.current_task_state
    client.force_login(central)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk]), {"comment": ""}
        )
    assert response.status_code in (200, 302)
    page.refresh_from_db()
    assert page.live
    alert_mails = [m for m in mail.outbox if m.to == ["resident@example.org"]]
    assert len(alert_mails) == 1
    assert alert_mails[0].extra_headers["Content-Language"] == "pl"


def test_unticked_switch_publishes_without_telling_anyone(
    client, central, updates, wards, django_capture_on_commit_callbacks
):
    subscriber(wards=[wards[0]])
    page = draft(updates, title="Typo fix")
    client.force_login(central)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("wagtailadmin_pages:edit", args=[page.pk]), _edit_post(page, **{"action-publish": "1"})
        )
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.live and not Alert.objects.exists()
    assert [m for m in mail.outbox if m.to == ["resident@example.org"]] == []


def test_borough_editor_messages_only_their_borough_and_central_the_whole_force(
    client, hackney_editor, central, other_borough, wards, django_capture_on_commit_callbacks
):
    subscriber("hackney@example.org", wards=[wards[0]])
    subscriber("lambeth@example.org", boroughs=[other_borough])
    compose = reverse("alerts_admin:compose")
    client.force_login(hackney_editor)
    html = client.get(compose).content.decode()
    assert "Hackney" in html and "Lambeth" not in html and 'value="force"' not in html
    data = {"borough": str(other_borough.translation_key), "title": "Hi", "body": "Hello", "action": "send"}
    response = client.post(compose, data)
    assert response.status_code == 200 and not Alert.objects.exists()  # not one of their choices
    data["borough"] = "force"
    client.post(compose, data)
    assert not Alert.objects.exists()
    data["borough"] = str(wards[0].get_parent().translation_key)
    preview = client.post(compose, {**data, "action": "preview"})
    assert "subscribers it will reach: 1" in preview.content.decode() and not Alert.objects.exists()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(compose, data)
    assert [m.to for m in mail.outbox] == [["hackney@example.org"]]

    mail.outbox.clear()
    client.force_login(central)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(compose, {**data, "borough": "force", "title": "Force-wide"})
    assert sorted(m.to[0] for m in mail.outbox) == ["hackney@example.org", "lambeth@example.org"]


def test_addresses_need_the_dedicated_permission_and_exports_are_audited(
    client, hackney_editor, central, wards, django_user_model
):
    subscriber("secret@example.org", wards=[wards[0]])
    subscribers = reverse("alerts_admin:subscribers")
    export = reverse("alerts_admin:export")
    for user in (hackney_editor, central):
        client.force_login(user)
        response = client.get(subscribers)
        assert response.status_code == 200 and "secret@example.org" not in response.content.decode()
        refused = client.get(export)
        assert refused.status_code in (302, 403) and b"secret@example.org" not in refused.content
    assert not ExportRecord.objects.exists()

    group = Group.objects.create(name="Alerts data officers")
    group.permissions.add(
        Permission.objects.get(codename="view_subscriber_addresses"),
        Permission.objects.get(codename="export_subscribers"),
    )
    hackney_editor.groups.add(group)
    hackney_editor = django_user_model.objects.get(pk=hackney_editor.pk)
    client.force_login(hackney_editor)
    assert "secret@example.org" in client.get(subscribers).content.decode()
    response = client.get(export)
    assert response.status_code == 200 and b"secret@example.org" in response.content
    record = ExportRecord.objects.get()
    assert record.user == hackney_editor and record.count == 1 and record.boroughs == ["Hackney"]


def test_report_shows_rates_per_message_borough_and_topic(
    client, hackney_editor, updates, wards, django_capture_on_commit_callbacks
):
    for n in range(4):
        subscriber(f"r{n}@example.org", wards=[wards[0]])
    publish(draft(updates, title="Rated update"), django_capture_on_commit_callbacks)
    alert = Alert.objects.get()
    for n, delivery in enumerate(Delivery.objects.filter(alert=alert)):
        if n < 3:
            Rating.objects.create(delivery=delivery, alert=alert, useful=n < 2)
    client.force_login(hackney_editor)
    html = client.get(reverse("alerts_admin:report")).content.decode()
    assert "Rated update" in html
    assert html.count("67% (2/3)") == 3  # the message, its borough, its topic
