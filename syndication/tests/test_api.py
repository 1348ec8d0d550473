import pytest
from wagtail.models import Locale

from advice.tests.factories import AdvicePageFactory
from boroughs.tests.factories import BoroughPageFactory, UpdateIndexPageFactory, UpdatePageFactory

from .conftest import publish

pytestmark = pytest.mark.django_db


def titles(client, **params) -> set[str]:
    response = client.get("/api/v2/pages/", params)
    assert response.status_code == 200, response.content
    return {item["title"] for item in response.json()["items"]}


def test_pages_endpoint_lists_only_live_public_unexpired_pages(
    client, advice_page, draft_advice, private_advice, expired_advice
):
    found = titles(client, type="advice.AdvicePage")
    assert found == {"Keep your bike safe"}
    for page in (draft_advice, private_advice, expired_advice):
        assert client.get(f"/api/v2/pages/{page.pk}/").status_code == 404
    detail = client.get(f"/api/v2/pages/{advice_page.pk}/")
    assert detail.status_code == 200
    assert detail.json()["meta"]["html_url"].endswith("/en/advice/keep-your-bike-safe/")


def test_type_filter(client, advice_page, update_page):
    assert titles(client, type="boroughs.UpdatePage") == {"Bike marking in Dalston"}
    assert client.get("/api/v2/pages/", {"type": "nope.Nothing"}).status_code == 400


def test_borough_filter_keeps_the_pages_under_that_borough(client, borough, borough_index, update_page, advice_page):
    other = BoroughPageFactory(parent=borough_index, title="Lambeth", slug="lambeth")
    other_index = publish(UpdateIndexPageFactory(parent=other))
    publish(UpdatePageFactory(parent=other_index, title="Brixton update"))
    found = titles(client, borough="hackney", type="boroughs.UpdatePage")
    assert found == {"Bike marking in Dalston"}
    everything = titles(client, borough="hackney")
    assert "Hackney" not in everything  # descendants only
    assert "News and updates" in everything and "Brixton update" not in everything
    assert titles(client, borough="lambeth", type="boroughs.UpdatePage") == {"Brixton update"}
    unknown = client.get("/api/v2/pages/", {"borough": "atlantis"})
    assert unknown.status_code == 400


def test_locale_filter(client, home_page, advice_index, advice_page):
    polish = Locale.objects.get_or_create(language_code="pl")[0]
    publish(home_page.copy_for_translation(polish))
    publish(advice_index.copy_for_translation(polish))
    translated = advice_page.copy_for_translation(polish)
    translated.title = "Zabezpiecz swój rower"
    publish(translated)
    assert titles(client, type="advice.AdvicePage", locale="pl") == {"Zabezpiecz swój rower"}
    assert titles(client, type="advice.AdvicePage", locale="en") == {"Keep your bike safe"}


def test_images_and_documents_endpoints_answer(client):
    for endpoint in ("images", "documents"):
        response = client.get(f"/api/v2/{endpoint}/")
        assert response.status_code == 200
        assert response.json()["meta"]["total_count"] == 0


def test_api_is_readable_from_any_origin_and_answers_preflight(client, advice_page):
    response = client.get("/api/v2/pages/", HTTP_ORIGIN="https://group.example")
    assert response["Access-Control-Allow-Origin"] == "*"
    assert not response.cookies
    preflight = client.options(
        "/api/v2/pages/", HTTP_ORIGIN="https://group.example", HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET"
    )
    assert preflight.status_code == 204
    assert preflight["Access-Control-Allow-Origin"] == "*"
    assert "GET" in preflight["Access-Control-Allow-Methods"]


def test_missing_object_is_a_plain_404_not_a_language_redirect(client):
    response = client.get("/api/v2/pages/999999/")
    assert response.status_code == 404
    assert "Location" not in response


def test_api_refuses_writes(client, advice_page):
    assert client.post("/api/v2/pages/", {"title": "x"}).status_code == 405


@pytest.mark.parametrize("count", [3, 30])
def test_listing_queries_do_not_grow(client, advice_index, count, django_assert_max_num_queries):
    for _ in range(count):
        publish(AdvicePageFactory(parent=advice_index))
    with django_assert_max_num_queries(12):
        assert client.get("/api/v2/pages/", {"type": "advice.AdvicePage", "limit": 20}).status_code == 200


@pytest.mark.usefixtures("index_updates")  # tests/indexing.py
def test_search_works_without_type_and_keeps_drafts_private_and_expired_out(
    client, advice_page, update_page, draft_advice, private_advice, expired_advice
):
    # Used to answer 400 "cannot filter by 'expire_at' while searching" unless type= was given.
    found = titles(client, search="bike")
    assert "Keep your bike safe" in found
    assert "Bike marking in Dalston" in found
    # The three hidden pages all have "advice" in their titles: none is found.
    assert not titles(client, search="advice") & {draft_advice.title, private_advice.title, expired_advice.title}
    assert titles(client, search="bike", borough="hackney") == {"Bike marking in Dalston"}
    assert "Keep your bike safe" in titles(client, search="bike", type="advice.AdvicePage")
    assert titles(client, search="bike", order="title")
