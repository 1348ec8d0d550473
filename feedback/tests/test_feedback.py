import csv
import io
import time

import pytest
from django.core.cache import cache
from django.utils import translation
from wagtail.models import Locale

from advice.tests.factories import AdviceIndexPageFactory, AdvicePageFactory
from boroughs.tests.factories import BoroughPageFactory, WardPageFactory
from concerns.spam import new_stamp, new_token
from feedback.models import PageFeedback
from governance.models import BoroughGroup, BoroughRole
from governance.roles import setup_roles
from governance.tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _clear_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def advice(home_page):
    return AdvicePageFactory(parent=AdviceIndexPageFactory(parent=home_page), title="Bike theft", slug="bike-theft")


@pytest.fixture
def dalston(borough):
    return WardPageFactory(parent=borough, title="Dalston", slug="dalston")


@pytest.fixture
def brixton(borough_index):
    lambeth = BoroughPageFactory(parent=borough_index, title="Lambeth", slug="lambeth", code="LAM")
    return WardPageFactory(parent=lambeth, title="Brixton North", slug="brixton-north")


def answer(client, page, useful="yes", comment="", language="en", **extra):
    data = {
        "feedback-page": str(page.pk),
        "feedback-useful": useful,
        "feedback-comment": comment,
        "feedback-submission_token": new_token(),
        "feedback-rendered_at": new_stamp(time.time() - 30),
        "feedback-website": "",
    }
    data.update(extra)
    return client.post(f"/{language}/feedback/", data)


def test_every_content_page_has_the_box_and_an_answer_is_stored(client, advice):
    html = client.get(advice.url).content.decode()
    assert "Was this page useful?" in html and 'name="feedback-useful"' in html
    response = answer(client, advice, "yes")
    assert response.status_code == 302
    assert response["Location"] == f"{advice.url}?feedback=thanks#feedback"
    stored = PageFeedback.objects.get()
    assert (stored.page_id, stored.useful, stored.translation_key, stored.language) == (
        advice.pk,
        True,
        advice.translation_key,
        "en",
    )
    assert "Thank you for your feedback" in client.get(response["Location"]).content.decode()


def test_email_addresses_and_phone_numbers_are_removed_before_storing(client, advice):
    answer(
        client,
        advice,
        "no",
        "Nothing on locks. Mail me at jo.bloggs+x@example.co.uk or ring 020 7946 0123 / +44 7700 900123 or 07700900123.",
    )
    comment = PageFeedback.objects.get().comment
    assert "example.co.uk" not in comment and "jo.bloggs" not in comment
    assert "7946" not in comment and "900123" not in comment
    assert "Nothing on locks." in comment
    assert "[e-mail address removed]" in comment and "[phone number removed]" in comment


def test_without_yes_or_no_nothing_is_stored_and_the_page_says_why(client, advice):
    response = answer(client, advice, useful="")
    assert response["Location"].endswith("?feedback=missing#feedback")
    assert PageFeedback.objects.count() == 0
    html = client.get(response["Location"]).content.decode()
    assert "Choose yes or no." in html and 'aria-describedby="feedback-error"' in html


@pytest.mark.parametrize(
    "extra",
    [
        {"feedback-website": "http://spam.example"},  # honeypot
        {"feedback-rendered_at": "now"},  # too fast
        {"feedback-submission_token": "forged"},
    ],
)
def test_bots_get_thanks_and_store_nothing(client, advice, extra):
    if extra.get("feedback-rendered_at") == "now":
        extra = {"feedback-rendered_at": new_stamp(time.time())}
    response = answer(client, advice, "yes", **extra)
    assert response["Location"].endswith("?feedback=thanks#feedback")
    assert PageFeedback.objects.count() == 0


def test_a_flood_is_answered_calmly_and_capped(client, advice):
    for _ in range(30):
        assert answer(client, advice, "no", "x" * 5000).status_code == 302
    assert PageFeedback.objects.count() == 5  # the rate limit (5 per 10 minutes per client)
    assert all(len(f.comment) <= 1000 for f in PageFeedback.objects.all())


@pytest.mark.parametrize("page_id", ["", "abc", "999999", "1" * 40, "-3"])
def test_hostile_page_ids_never_500(client, advice, page_id):
    response = client.post("/en/feedback/", {"feedback-page": page_id, "feedback-useful": "yes"})
    assert response.status_code == 302
    assert PageFeedback.objects.count() == 0
    assert client.get("/en/feedback/").status_code == 405


def test_nul_bytes_and_other_scripts_are_kept_readable(client, advice):
    answer(client, advice, "no", "brak informacji\x00 o zamkach — لا يوجد 没有", language="pl")
    stored = PageFeedback.objects.get()
    assert "\x00" not in stored.comment and "لا يوجد" in stored.comment
    assert stored.language == "pl"


def test_the_box_is_in_arabic_for_arabic_readers(client, advice):
    arabic = Locale.objects.get(language_code="ar")
    advice_ar = advice.copy_for_translation(arabic, copy_parents=True)
    advice_ar.save_revision().publish()
    html = client.get(advice_ar.url).content.decode()
    with translation.override("ar"):
        question = translation.gettext("Was this page useful?")
    assert question != "Was this page useful?" and question in html


# --- the editors' report ---------------------------------------------------------------------


@pytest.fixture
def editors(dalston, brixton):
    setup_roles()
    hackney, lambeth = dalston.get_parent().specific, brixton.get_parent().specific
    group = BoroughGroup.objects.get(borough=hackney, role=BoroughRole.EDITORS).group
    other = BoroughGroup.objects.get(borough=lambeth, role=BoroughRole.EDITORS).group
    return {
        "hackney": UserFactory(username="hackney-ed", groups=[group], is_staff=True),
        "lambeth": UserFactory(username="lambeth-ed", groups=[other], is_staff=True),
        "nobody": UserFactory(username="nobody", is_staff=True),
        "admin": UserFactory(username="admin", is_superuser=True, is_staff=True),
    }


def test_report_counts_comments_and_export_per_borough(client, advice, dalston, brixton, editors):
    answer(client, dalston, "yes")
    cache.clear()
    answer(client, dalston, "no", "Opening hours of the surgery")
    cache.clear()
    answer(client, brixton, "no", "=HYPERLINK(evil)")
    cache.clear()
    answer(client, advice, "yes")
    client.force_login(editors["hackney"])
    html = client.get("/admin/feedback/").content.decode()
    assert "Dalston" in html and "Opening hours of the surgery" in html
    assert "Brixton North" not in html and "HYPERLINK" not in html and "Bike theft" not in html
    rows = list(csv.reader(io.StringIO(client.get("/admin/feedback/", {"format": "csv"}).content.decode())))
    assert [r[1] for r in rows[1:]] == ["Dalston", "Dalston"]
    client.force_login(editors["admin"])
    html = client.get("/admin/feedback/").content.decode()
    assert "Dalston" in html and "Brixton North" in html and "Bike theft" in html
    rows = list(
        csv.reader(
            io.StringIO(client.get("/admin/feedback/", {"format": "csv", "borough": "lambeth"}).content.decode())
        )
    )
    assert rows[1][1] == "Brixton North" and rows[1][5] == "'=HYPERLINK(evil)"
    html = client.get("/admin/feedback/", {"page": str(advice.translation_key)}).content.decode()
    assert "1 answer." in html
    assert client.get("/admin/feedback/", {"page": "not-a-uuid"}).status_code == 200


def test_report_is_refused_to_someone_without_a_borough(client, editors):
    client.force_login(editors["nobody"])
    assert client.get("/admin/feedback/").status_code in (302, 403)
