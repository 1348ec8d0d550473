"""The priority survey: answers, the staff counts, and the public "You told us"."""

import pytest
from django.urls import reverse

from boroughs.models import BoroughPage
from concerns import aggregates
from concerns.models import SurveyPage, SurveyResponse

from .factories import SurveyResponseFactory

pytestmark = pytest.mark.django_db


def answer(page, taxonomy, keys, count, ward=None, **extra):
    for _i in range(count):
        response = SurveyResponseFactory(page=page, borough=page.get_parent().specific, ward=ward, **extra)
        response.asb_categories.add(*[taxonomy[k] for k in keys if k in ("noise", "littering")])
        response.crime_types.add(*[taxonomy[k] for k in keys if k in ("burglary", "robbery")])


def test_survey_renders_a_fieldset_with_a_legend(client, survey_page):
    html = client.get(survey_page.url).content.decode()
    assert '<fieldset class="form-group"' in html and "<legend" in html
    assert "Choose up to three" in html
    assert "no-store" in client.get(survey_page.url)["Cache-Control"]


def test_tree_rules():
    assert SurveyPage.parent_page_types == ["boroughs.BoroughPage"]
    assert SurveyPage.subpage_types == []
    assert "concerns.SurveyPage" in BoroughPage.subpage_types


def test_a_response_is_stored_then_redirected(client, survey_page, survey_data, taxonomy, wards):
    response = client.post(survey_page.url, survey_data())
    assert response.status_code == 303
    stored = SurveyResponse.objects.get()
    assert list(stored.asb_categories.all()) == [taxonomy["noise"]]
    assert list(stored.crime_types.all()) == [taxonomy["burglary"]]
    assert stored.ward == wards[1] and stored.comment == "More patrols at night, please."
    thank_you = client.get(response["Location"])
    assert thank_you.status_code == 200 and "Thank you for taking part" in thank_you.content.decode()
    assert "no-store" in thank_you["Cache-Control"]


def test_more_than_three_is_an_error_with_the_answers_kept(client, survey_page, survey_data, taxonomy):
    chosen = [f"asb:{taxonomy['noise'].pk}", f"asb:{taxonomy['littering'].pk}"]
    chosen += [f"crime:{taxonomy['burglary'].pk}", f"crime:{taxonomy['robbery'].pk}"]
    response = client.post(survey_page.url, survey_data(concerns=chosen, comment="Kept comment"))
    html = response.content.decode()
    assert response.status_code == 200 and SurveyResponse.objects.count() == 0
    assert "Choose up to three concerns" in html
    assert "Kept comment" in html
    assert html.count("checked") == 4
    assert 'href="#id_concerns_0_0"' in html  # the summary links to the first option


def test_none_chosen_is_an_error(client, survey_page, survey_data):
    response = client.post(survey_page.url, survey_data(concerns=None))
    assert response.status_code == 200 and SurveyResponse.objects.count() == 0


def test_replay_gives_one_response(client, survey_page, survey_data):
    data = survey_data()
    client.post(survey_page.url, data)
    client.post(survey_page.url, data)
    assert SurveyResponse.objects.count() == 1


def test_aggregate_hides_counts_under_five(survey_page, taxonomy, wards):
    answer(survey_page, taxonomy, ["noise", "burglary"], 6)
    answer(survey_page, taxonomy, ["littering"], 4)
    answer(survey_page, taxonomy, ["robbery"], 2)
    answer(survey_page, taxonomy, ["robbery"], 9, is_spam=True)  # spam never counts
    published = aggregates.public_counts(survey_page)
    labels = {row["label"]: row["count"] for row in published["rows"]}
    assert labels == {"Noise": 6, "Burglary": 6, "Other concerns": 6}  # 4 + 2, grouped
    assert published["total"] == 12


def test_small_other_group_is_omitted(survey_page, taxonomy):
    answer(survey_page, taxonomy, ["noise"], 5)
    answer(survey_page, taxonomy, ["littering"], 3)
    rows = aggregates.public_counts(survey_page)["rows"]
    assert [(r["label"], r["count"]) for r in rows] == [("Noise", 5)]


def test_you_told_us_on_the_borough_page_only_when_published(client, survey_page, taxonomy, borough):
    answer(survey_page, taxonomy, ["noise"], 5)
    answer(survey_page, taxonomy, ["burglary"], 4)
    html = client.get(borough.url).content.decode()
    assert "Have your say" in html and "You told us" not in html
    survey_page.publish_results = True
    survey_page.save_revision().publish()
    html = client.get(borough.url).content.decode()
    assert "You told us" in html
    assert '<th scope="row">Noise</th>' in html
    assert "Burglary" not in html  # 4 < 5


def test_borough_page_stays_in_budget(
    client, survey_page, concern_page, taxonomy, borough, django_assert_max_num_queries
):
    survey_page.publish_results = True
    survey_page.save_revision().publish()
    answer(survey_page, taxonomy, ["noise"], 7)
    client.get(borough.url)  # warm
    with django_assert_max_num_queries(12):
        response = client.get(borough.url)
    assert "You told us" in response.content.decode()


def test_a_new_response_does_not_bump_the_content_version(client, survey_page, survey_data):
    from cms.core.cache import content_version

    before = content_version()
    client.post(survey_page.url, survey_data())
    assert content_version() == before


@pytest.mark.parametrize("count", [3, 30])
def test_survey_page_query_budget(client, survey_page, borough, count, django_assert_max_num_queries):
    from boroughs.tests.factories import WardPageFactory

    for i in range(count):
        WardPageFactory(parent=borough, title=f"Ward {i}", slug=f"ward-{i}")
    client.get(survey_page.url)
    with django_assert_max_num_queries(12):
        assert client.get(survey_page.url).status_code == 200


def test_staff_see_counts_per_borough_and_ward(client, django_user_model, survey_page, taxonomy, wards):
    answer(survey_page, taxonomy, ["noise"], 3, ward=wards[0])
    answer(survey_page, taxonomy, ["noise", "robbery"], 2, ward=wards[1])
    user = django_user_model.objects.create_superuser("staff", "staff@example.org", "correct-horse-battery")
    client.force_login(user)
    assert survey_page.title in client.get(reverse("concerns_admin:surveys")).content.decode()
    html = client.get(reverse("concerns_admin:survey_results", args=[survey_page.pk])).content.decode()
    assert 'scope="row">Noise</th>' in html
    assert "Dalston" in html and "Hoxton East" in html
    assert "concern-bars__bar" in html
    # small counts are visible to staff
    assert "> 2</td>" in html


def test_survey_results_need_permission(client, django_user_model, survey_page):
    from django.contrib.auth.models import Group, Permission

    group = Group.objects.create(name="Admins without pages")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    user = django_user_model.objects.create_user("nobody", "nobody@example.org", "correct-horse-battery")
    user.groups.add(group)
    client.force_login(user)
    response = client.get(reverse("concerns_admin:survey_results", args=[survey_page.pk]))
    assert response.status_code in (302, 403)


def test_superuser_can_list_survey_responses_in_the_admin(admin_client, survey_page):
    from concerns.tests.factories import SurveyResponseFactory

    response_row = SurveyResponseFactory(page=survey_page, comment="More patrols after school")
    response = admin_client.get(f"/admin/forms/submissions/{survey_page.pk}/")
    assert response.status_code == 200
    assert "More patrols after school" in response.content.decode()
    assert response_row.get_data()["comment"] == "More patrols after school"
