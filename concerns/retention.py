"""Retention: after conf.retention_days() (ENGAGE_CONCERN_RETENTION_DAYS, default 396 ≈ 13 months)
a concern's personal details (name, e-mail, phone) are erased and its free text anonymised,
with its staff notes and the answers to extra questions; a survey response's comment likewise.
What remains (borough, ward, category, status, dates) still counts in the aggregates.
"""

from datetime import timedelta

from django.db import transaction
from django.db.models import Case, Value, When
from django.utils import timezone

from . import conf
from .models import ERASED, ConcernNote, ConcernSubmission, SurveyResponse


def cutoff(now=None):
    return (now or timezone.now()) - timedelta(days=conf.retention_days())


def expired(now=None):
    limit = cutoff(now)
    return (
        ConcernSubmission.objects.filter(submit_time__lt=limit, erased_at__isnull=True),
        SurveyResponse.objects.filter(submit_time__lt=limit, erased_at__isnull=True),
    )


def _erased_unless_blank(field: str):
    return Case(When(**{field: ""}, then=Value("")), default=Value(ERASED))


def erase_expired(now=None, *, dry_run: bool = False) -> dict[str, int]:
    concerns, responses = expired(now)
    counts = {"concerns": concerns.count(), "survey_responses": responses.count()}
    if dry_run:
        return counts
    stamp = now or timezone.now()
    with transaction.atomic():
        ids = list(concerns.values_list("pk", flat=True))
        ConcernNote.objects.filter(submission_id__in=ids).exclude(text="").update(text=ERASED)
        ConcernSubmission.objects.filter(pk__in=ids).update(
            name="",
            email="",
            phone="",
            description=ERASED,
            location=_erased_unless_blank("location"),
            happens_when=_erased_unless_blank("happens_when"),
            form_data={},
            last_delivery_error="",
            erased_at=stamp,
        )
        responses.update(comment=_erased_unless_blank("comment"), erased_at=stamp)
    return counts
