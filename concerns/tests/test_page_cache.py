"""A form page carries a CSRF token and a resident's input: the page cache never stores it."""

import pytest

from cms.core.pagecache import HIT_HEADER


@pytest.fixture(autouse=True)
def _page_cache_on(settings):
    settings.ENGAGE_PAGE_CACHE = True


@pytest.mark.parametrize("language", ["en", "ar", "pl"])
def test_a_concern_form_page_is_never_cached(concern_page, client, language):
    url = concern_page.url.replace("/en/", f"/{language}/", 1)
    for _ in range(2):
        response = client.get(url)
        if response.status_code != 200:  # not translated in this locale: nothing to cache either
            assert HIT_HEADER not in response
            continue
        assert b"csrfmiddlewaretoken" in response.content
        assert HIT_HEADER not in response
        assert "public" not in response.get("Cache-Control", "")


def test_a_survey_page_is_never_cached(survey_page, client):
    for _ in range(2):
        response = client.get(survey_page.url)
        assert response.status_code == 200
        assert HIT_HEADER not in response
