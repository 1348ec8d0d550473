"""The home page's A to Z of boroughs is cached as data under the content version: a new borough
shows at once, a warm page spends no query on it."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from boroughs.tests.factories import BoroughIndexPageFactory, BoroughPageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("empty_cache")]


def test_a_new_borough_shows_at_once_and_a_warm_page_does_not_query_boroughs(client, home_page):
    index = BoroughIndexPageFactory(parent=home_page)
    BoroughPageFactory(parent=index, title="Hackney", slug="hackney", code="HAC")
    html = client.get("/en/").content.decode()
    assert ">Hackney</a>" in html and "Choose from 1 London borough." in html
    BoroughPageFactory(parent=index, title="Lambeth", slug="lambeth", code="LAM")
    html = client.get("/en/").content.decode()
    assert '<a href="/en/your-area/lambeth/">Lambeth</a>' in html and "Choose from all 2 London boroughs." in html
    with CaptureQueriesContext(connection) as queries:
        client.get("/en/")
    assert not [q for q in queries.captured_queries if "boroughs_boroughpage" in q["sql"]]
