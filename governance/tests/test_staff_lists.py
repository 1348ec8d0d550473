"""Staff listings: one row per page across translations (advice report, forms index), the concern
export's columns, review dates on every stale-prone page type, the weekly reminder e-mail, and
home pages that say which language they are in."""

import csv
import datetime
import io
import re

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Locale
from wagtail.users.models import UserProfile

from advice.models import AdvicePage
from advice.tests.factories import AdviceIndexPageFactory, AdvicePageFactory, in_days
from boroughs.models import BoroughPage, WardPage
from cms.core.models import ReviewDateMixin, review_models
from concerns.models import ConcernNote, ConcernSubmission
from concerns.tests.factories import ConcernSubmissionFactory
from home.models import HomePage
from strategy.models import StrategyPage

pytestmark = pytest.mark.django_db


def export_rows(client, form):
    response = client.get(reverse("wagtailforms:list_submissions", args=[form.pk]) + "?export=csv")
    assert response.status_code == 200
    body = b"".join(response.streaming_content).decode("utf-8-sig")
    return list(csv.reader(io.StringIO(body)))


def test_concern_export_has_local_time_language_status_handler_and_notes(client, users, hackney):
    users["hackney_handler"].first_name, users["hackney_handler"].last_name = "Jo", "Handler"
    users["hackney_handler"].save()
    concern = ConcernSubmissionFactory(
        page=hackney.form, borough=hackney.borough, reference="HAC-2026-000042", language="pl", description="=1+1"
    )
    summer = datetime.datetime(2026, 7, 1, 9, 21, 41, 460905, tzinfo=datetime.UTC)
    ConcernSubmission.objects.filter(pk=concern.pk).update(submit_time=summer)
    note = ConcernNote.objects.create(
        submission=concern, author=users["hackney_handler"], text="Called back.", old_status="new", new_status="closed"
    )
    ConcernNote.objects.filter(pk=note.pk).update(created_at=summer + datetime.timedelta(hours=1))
    ConcernSubmission.objects.filter(pk=concern.pk).update(status="closed")

    client.force_login(users["hackney_handler"])
    header, *rows = export_rows(client, hackney.form)
    assert header[:4] == ["Reference", "Received", "Status", "Language"]
    assert header[-2:] == ["Handler", "Notes"]
    row = dict(zip(header, next(r for r in rows if r[0] == "HAC-2026-000042"), strict=True))
    assert row["Received"] == "2026-07-01 10:21"  # London summer time, no seconds or offset
    assert row["Status"] == "Closed"
    assert row["Language"] == "Polish (pl)"
    assert row["Handler"] == "Jo Handler"
    assert row["Notes"] == "2026-07-01 11:21 Jo Handler: status changed from New to Closed: Called back."
    assert row["What is happening"] == "'=1+1"  # still formula-safe


def test_forms_index_lists_each_form_once_with_its_languages(client, users, hackney, lambeth, locale_pl):
    hackney.form.copy_for_translation(locale_pl, copy_parents=True)
    client.force_login(users["hackney_handler"])
    html = client.get(reverse("wagtailforms:index")).content.decode()
    assert html.count("Tell Hackney") == 1
    assert "English, Polski" in html or "English, polski" in html
    assert "Tell Lambeth" not in html


def test_advice_review_report_shows_each_article_once(admin_client, home_page, locale_pl):
    index = AdviceIndexPageFactory(parent=home_page)
    page = AdvicePageFactory(parent=index, title="Phone safety", review_date=in_days(5))
    page.copy_for_translation(locale_pl, copy_parents=True)
    assert AdvicePage.objects.filter(translation_key=page.translation_key).count() == 2
    html = admin_client.get("/admin/reports/advice-review/").content.decode()
    assert html.count("data-listing-page-title") == 1  # one row for the article and its translation
    assert "English" in html and "olski" in html
    body = b"".join(admin_client.get("/admin/reports/advice-review/?export=csv").streaming_content).decode()
    assert body.count("Phone safety") == 1
    assert "Languages" in body


def test_review_dates_on_every_stale_prone_page_type():
    models = set(review_models())
    assert {AdvicePage, StrategyPage, BoroughPage, WardPage} <= models
    for model in models:
        assert issubclass(model, ReviewDateMixin)
        assert "review_date" in {panel.field_name for panel in model.content_panels if hasattr(panel, "field_name")}


def test_overdue_pages_are_flagged_in_admin_listings(admin_client, hackney):
    WardPage.objects.filter(pk=hackney.ward.pk).update(review_date=timezone.localdate() - datetime.timedelta(days=1))
    html = admin_client.get(reverse("wagtailadmin_explore", args=[hackney.borough.pk])).content.decode()
    assert f"{hackney.ward.title} (review overdue)" in html
    assert f"{hackney.form.title} (review overdue)" not in html


def test_home_pages_show_their_language_in_the_admin(admin_client, home_page):
    arabic = Locale.objects.get_or_create(language_code="ar")[0]
    home_page.copy_for_translation(arabic)
    assert home_page.get_admin_display_title() == f"{home_page.title} (English)"
    assert HomePage.objects.get(locale=arabic).get_admin_display_title() == f"{home_page.title} (العربية)"
    html = admin_client.get(reverse("wagtailadmin_explore_root")).content.decode()
    assert f"{home_page.title} (العربية)" in html


@pytest.fixture
def due(hackney, lambeth):
    overdue = timezone.localdate() - datetime.timedelta(days=2)
    soon = timezone.localdate() + datetime.timedelta(days=10)
    WardPage.objects.filter(pk=hackney.ward.pk).update(review_date=overdue)
    BoroughPage.objects.filter(pk=hackney.borough.pk).update(review_date=soon)
    return {"overdue": overdue, "soon": soon}


def test_reminders_go_to_each_boroughs_editors_with_what_is_due(users, hackney, lambeth, due, settings):
    settings.ENGAGE_BASE_URL = "https://engage.example.org"
    mail.outbox.clear()
    call_command("send_review_reminders", stdout=io.StringIO())
    to_hackney = [m for m in mail.outbox if users["hackney_editor"].email in m.to]
    assert len(to_hackney) == 1
    message = to_hackney[0]
    assert message.to == [users["hackney_editor"].email]  # one message per person
    assert message.subject == "2 pages in Hackney are due for review"
    assert f"- {hackney.ward.title} (ward page) — OVERDUE" in message.body
    assert f"Review by: {due['overdue']:%-d %B %Y}" in message.body
    assert f"https://engage.example.org/admin/pages/{hackney.ward.pk}/edit/" in message.body
    assert "- Hackney (borough page)\n" in message.body
    assert "Lambeth" not in message.body
    # Lambeth has nothing due; handlers and Central communications (nothing site-wide) get nothing
    recipients = {address for m in mail.outbox for address in m.to}
    assert recipients == {users["hackney_editor"].email}


def test_reminder_is_in_the_editors_language(users, hackney, due):
    profile = UserProfile.get_for_user(users["hackney_editor"])
    profile.preferred_language = "pl"
    profile.save()
    mail.outbox.clear()
    call_command("send_review_reminders", stdout=io.StringIO())
    (message,) = mail.outbox
    assert message.subject == "2 strony w dzielnicy Hackney czekają na przegląd"
    assert "PO TERMINIE" in message.body


def test_central_communications_get_the_site_wide_pages(users, home_page, hackney):
    index = AdviceIndexPageFactory(parent=home_page)
    AdvicePageFactory(parent=index, title="Phone safety", review_date=in_days(3))
    mail.outbox.clear()
    call_command("send_review_reminders", stdout=io.StringIO())
    (message,) = mail.outbox
    assert message.to == [users["central"].email]
    assert message.subject == "1 site-wide page is due for review"
    assert "Phone safety (advice page)" in message.body


def test_reminder_job_is_scheduled_weekly(settings):
    job = settings.ENGAGE_SCHEDULE["send-review-reminders"]
    assert job["command"] == "send_review_reminders"
    assert job["cron"].split()[2:] == ["*", "*", "1"]


def test_concern_note_reads_without_a_stray_space(client, users, hackney):
    concern = hackney.concerns[0]
    ConcernNote.objects.create(
        submission=concern, author=users["hackney_handler"], old_status="new", new_status="closed"
    )
    client.force_login(users["hackney_handler"])
    html = client.get(reverse("concerns_admin:detail", args=[concern.pk])).content.decode()
    assert re.search(r"\d\d:\d\d: status changed from New to Closed", html)
