"""Reference-index tasks under the database task backend (production): an inline row replaced
before the worker runs (as wagtail-localize does for each translation) no longer fails a task."""

import pytest
from django.core.management import call_command
from django_tasks_db.models import DBTaskResult
from wagtail.models import ReferenceIndex

from advice.tests.factories import AdvicePageFactory
from boroughs.models import FeaturedAdvice

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("index_updates"),  # tests/indexing.py
]


@pytest.fixture
def database_tasks(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.backend.DatabaseBackend"}}


def test_replaced_inline_rows_leave_no_failed_tasks_and_the_index_is_right(database_tasks, borough, home_page):
    first, second = AdvicePageFactory(parent=home_page), AdvicePageFactory(parent=home_page)
    borough.featured_advice.add(FeaturedAdvice(page=first, sort_order=0))
    borough.save_revision().publish()
    old_rows = list(FeaturedAdvice.objects.filter(borough=borough).values_list("pk", flat=True))
    assert old_rows

    # Publishing from a revision whose inline rows carry no primary key replaces the rows,
    # as wagtail-localize does when it creates and publishes a translation.
    page = borough.get_latest_revision_as_object()
    page.featured_advice = [FeaturedAdvice(page=second, sort_order=0)]
    page.save_revision().publish()
    assert not FeaturedAdvice.objects.filter(pk__in=old_rows).exists()

    queued = DBTaskResult.objects.filter(args_kwargs__args__1="featuredadvice")
    assert queued.filter(args_kwargs__args__2=str(old_rows[0])).exists()  # the stale task is there

    call_command("db_worker", "--batch", "--no-startup-delay", verbosity=0)

    statuses = set(DBTaskResult.objects.values_list("status", flat=True))
    assert statuses == {"SUCCESSFUL"}, DBTaskResult.objects.filter(status="FAILED").values_list(
        "exception_class_path", "traceback"
    )
    referenced = set(ReferenceIndex.get_references_for_object(borough).values_list("to_object_id", flat=True))
    assert str(second.pk) in referenced and str(first.pk) not in referenced


def test_any_other_error_still_fails_the_task(database_tasks, monkeypatch, borough):
    from wagtail.models import ReferenceIndex as RI

    def broken(*args, **kwargs):
        raise RuntimeError("index broken")

    monkeypatch.setattr(RI, "create_or_update_for_object", broken)
    borough.save()
    call_command("db_worker", "--batch", "--no-startup-delay", verbosity=0)
    assert DBTaskResult.objects.filter(status="FAILED").exists()
