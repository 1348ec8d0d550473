"""Replies that close the loop: the handler previews the resident's e-mail, then sends it."""

import pytest
from django.core import mail
from django.urls import reverse

from alerts.models import ConcernReply
from concerns.models import ConcernNote, ConcernSubmission
from concerns.tests.factories import ConcernFormPageFactory, ConcernSubmissionFactory
from governance.models import BoroughGroup, BoroughRole
from governance.roles import setup_roles

pytestmark = pytest.mark.django_db


@pytest.fixture
def concern(borough, wards, taxonomy):
    page = ConcernFormPageFactory(parent=borough)
    return ConcernSubmissionFactory(
        page=page, borough=borough, asb_category=taxonomy["noise"], email="alex@example.org", language="ar"
    )


@pytest.fixture
def handler(concern, other_borough, django_user_model):
    setup_roles()
    user = django_user_model.objects.create_user(username="handler", password="x" * 12)
    user.groups.add(BoroughGroup.objects.get(borough=concern.borough, role=BoroughRole.HANDLERS).group)
    return user


def test_handler_previews_then_sends_an_update_in_the_residents_language(
    client, concern, handler, django_capture_on_commit_callbacks
):
    client.force_login(handler)
    url = reverse("alerts_admin:concern_reply", args=[concern.pk])
    assert concern.reference in client.get(reverse("alerts_admin:concern_replies")).content.decode()
    data = {"status": "closed", "text": "We patrolled Dalston Lane every evening; the noise has stopped."}
    preview = client.post(url, {**data, "action": "preview"})
    html = preview.content.decode()
    assert preview.status_code == 200 and "We patrolled Dalston Lane" in html and "alex@example.org" in html
    assert mail.outbox == [] and not ConcernReply.objects.exists()  # a preview sends nothing
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {**data, "action": "send"})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["alex@example.org"] and concern.reference in message.subject
    assert "We patrolled Dalston Lane" in message.body
    assert '<html lang="ar" dir="rtl">' in message.alternatives[0][0]
    concern.refresh_from_db()
    assert concern.status == "closed"
    assert ConcernNote.objects.get(submission=concern).new_status == "closed"
    assert ConcernReply.objects.get().sent_at is not None


def test_no_update_without_consent_or_for_another_boroughs_handler(
    client, concern, handler, other_borough, django_user_model
):
    ConcernSubmission.objects.filter(pk=concern.pk).update(consent=False)
    client.force_login(handler)
    url = reverse("alerts_admin:concern_reply", args=[concern.pk])
    response = client.post(url, {"status": "closed", "text": "x", "action": "send"})
    assert response.status_code in (302, 403) and not ConcernReply.objects.exists()
    ConcernSubmission.objects.filter(pk=concern.pk).update(consent=True)
    stranger = django_user_model.objects.create_user(username="lambeth", password="x" * 12)
    stranger.groups.add(BoroughGroup.objects.get(borough=other_borough, role=BoroughRole.HANDLERS).group)
    client.force_login(stranger)
    response = client.post(url, {"status": "closed", "text": "x", "action": "send"})
    assert response.status_code in (302, 403) and not ConcernReply.objects.exists()
    assert mail.outbox == []
