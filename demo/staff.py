"""Demo work for the staff dashboards (issue 19): a Hackney ward team overdue for review and the
Hackney borough contacts due soon, so the Hackney editor's dashboard and the weekly reminder
have something to show. Idempotent: a page already due is left alone (no new revision)."""

import datetime

from django.utils import timezone

WARD_DAYS = -10  # the first Hackney ward: overdue
BOROUGH_DAYS = 14  # Hackney's own page (contacts): due soon


def load_staff_demo(home, log) -> None:
    from boroughs.models import BoroughPage, WardPage

    today = timezone.localdate()
    english = BoroughPage.objects.filter(slug="hackney", locale__language_code="en").first()
    if english is None:
        return
    ward = WardPage.objects.child_of(english).order_by("path").first()
    created = total = 0
    for page, days in ((ward, WARD_DAYS), (english, BOROUGH_DAYS)):
        if page is None:
            continue
        target = today + datetime.timedelta(days=days)
        for translation in type(page).objects.filter(translation_key=page.translation_key, alias_of__isnull=True):
            total += 1
            if translation.review_date <= target:
                continue
            translation.review_date = target
            revision = translation.save_revision(log_action=False)
            if translation.live:
                revision.publish(log_action=False)
            created += 1
    log.step("Review dates due (staff dashboards)", created, total)
