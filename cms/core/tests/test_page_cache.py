"""The anonymous page cache and HTTP caching: shared, invalidated at once, never personal."""

import json
import subprocess
import sys
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.utils import translation

from cms.core.pagecache import HIT_HEADER

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def page_cache(settings, tmp_path):
    """The page cache on, in a file-based cache that another process can share."""
    settings.ENGAGE_PAGE_CACHE = True
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.filebased.FileBasedCache", "LOCATION": str(tmp_path / "c")}
    }
    return tmp_path / "c"


def test_an_anonymous_page_is_stored_and_served_from_the_cache(page_cache, borough, client):
    first = client.get(borough.url)
    second = client.get(borough.url)
    assert first.status_code == second.status_code == 200
    assert first[HIT_HEADER] == "miss" and second[HIT_HEADER] == "hit"
    assert second.content == first.content and b"Hackney" in second.content
    cache_control = second["Cache-Control"]
    assert "public" in cache_control and "s-maxage=300" in cache_control and "max-age=60" in cache_control
    assert second["ETag"] and second["Last-Modified"]


def test_a_publish_is_visible_at_once(page_cache, borough, client):
    client.get(borough.url)
    borough.title = "Hackney and the City"
    borough.save_revision().publish()
    response = client.get(borough.url)
    assert response[HIT_HEADER] == "miss"
    assert "Hackney and the City" in response.content.decode()


def test_a_draft_does_not_empty_the_cache(page_cache, borough, client):
    client.get(borough.url)
    borough.title = "Not yet published"
    borough.save_revision()
    response = client.get(borough.url)
    assert response[HIT_HEADER] == "hit"
    assert "Not yet published" not in response.content.decode()


def test_each_language_is_its_own_entry(page_cache, borough, client):
    english = client.get(borough.url)
    polish = client.get(borough.url, HTTP_ACCEPT_LANGUAGE="pl")  # same URL: same (English) page
    assert polish[HIT_HEADER] == "hit" and polish.content == english.content
    home_ar = client.get("/ar/")
    assert home_ar.status_code in (200, 404)
    if home_ar.status_code == 200:
        assert b'dir="rtl"' in home_ar.content
        assert client.get("/ar/")[HIT_HEADER] == "hit"


def test_the_key_is_the_urls_language_not_the_last_one_this_process_served(page_cache, borough, client):
    """A worker keeps the language of the last page it served until the next request activates
    its own, after this middleware has looked the page up: a Polish page then an Arabic one on
    one worker made every language switch a miss (measured with three gunicorn workers)."""
    first = client.get(borough.url)
    translation.activate("ar")  # what the worker's thread holds after serving an Arabic page
    try:
        again = client.get(borough.url)
    finally:
        translation.deactivate()
    assert first[HIT_HEADER] == "miss" and again[HIT_HEADER] == "hit"
    assert again.content == first.content


def test_a_signed_in_editor_is_never_served_or_stored(page_cache, borough, client):
    anonymous = client.get(borough.url)  # an anonymous copy is stored
    assert b"wagtail-userbar" not in anonymous.content
    editor = get_user_model().objects.create_superuser("editor", "e@example.org", "not-a-real-password-1")
    client.force_login(editor)
    for _ in range(2):
        response = client.get(borough.url)
        assert HIT_HEADER not in response
        assert "private" in response["Cache-Control"]
        assert b"wagtail-userbar" in response.content  # the editor's own page, not the stored one


def test_query_strings_and_posts_bypass_the_cache(page_cache, borough, client):
    assert HIT_HEADER not in client.get(borough.url + "?q=hello")
    client.get(borough.url + "?page=2")
    assert client.get(borough.url + "?page=2")[HIT_HEADER] == "hit"
    assert HIT_HEADER not in client.post(borough.url, {})


@pytest.mark.parametrize("header", ["HTTP_IF_NONE_MATCH", "HTTP_IF_MODIFIED_SINCE"])
def test_conditional_requests_get_304(page_cache, borough, client, header):
    first = client.get(borough.url)
    value = first["ETag"] if header == "HTTP_IF_NONE_MATCH" else first["Last-Modified"]
    response = client.get(borough.url, **{header: value})
    assert response.status_code == 304
    assert response.content == b""


@pytest.mark.parametrize("path", ["/sitemap.xml", "/feeds/en/site.rss", "/feeds/en/site.atom", "/calendars/all.ics"])
def test_feeds_calendars_and_sitemap_answer_conditional_requests(page_cache, borough, client, path):
    first = client.get(path)
    assert first.status_code == 200
    assert "s-maxage" in first["Cache-Control"]
    assert client.get(path, HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304
    assert client.get(path, HTTP_IF_MODIFIED_SINCE=first["Last-Modified"]).status_code == 304
    changed = client.get(path, HTTP_IF_NONE_MATCH='"something-else"')
    assert changed.status_code == 200 and changed.content == first.content


def test_html_is_gzipped(page_cache, borough, client):
    # A client that also accepts br gets brotli now (test_compression.py)
    response = client.get(borough.url, HTTP_ACCEPT_ENCODING="gzip")
    assert response["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in response["Vary"]


_READER = """
import json, sys
import cms.settings.test as s
s.ENGAGE_PAGE_CACHE = True
s.CACHES = {"default": {"BACKEND": "django.core.cache.backends.filebased.FileBasedCache", "LOCATION": sys.argv[1]}}
s.DATABASES = {"default": json.loads(sys.argv[2])}
import django
django.setup()
from django.test import Client
response = Client().get(sys.argv[3])
print(json.dumps({"status": response.status_code, "cache": response.get("X-Engage-Cache", ""),
                  "body": response.content.decode()}))
"""


def _read_in_another_process(cache_dir: Path, path: str, tmp_path: Path) -> dict:
    """GET `path` in a separate Python process sharing the cache directory and the database."""
    settings_dict = {
        k: v for k, v in connection.settings_dict.items() if k in ("ENGINE", "NAME", "USER", "HOST", "PORT")
    }
    if connection.vendor == "sqlite":  # the test database lives in this process's memory: copy it
        import sqlite3

        copy = tmp_path / "copy.sqlite3"
        copy.unlink(missing_ok=True)
        target = sqlite3.connect(copy)
        connection.ensure_connection()
        connection.connection.backup(target)
        target.close()
        settings_dict["NAME"] = str(copy)
    else:
        settings_dict["NAME"] = connection.settings_dict["NAME"]
    result = subprocess.run(
        [sys.executable, "-c", _READER, str(cache_dir), json.dumps(settings_dict, default=str), path],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={"DJANGO_SETTINGS_MODULE": "cms.settings.test", "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


# serialized_rollback: the flush after this test must not re-create content types under new ids
# (post_migrate), or the next serialized test of this process cannot restore the migrated data.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_publish_in_one_process_is_visible_in_another_at_once(page_cache, tmp_path, client):
    from boroughs.tests.factories import BoroughIndexPageFactory, BoroughPageFactory
    from home.models import HomePage

    home = HomePage.objects.get(locale__language_code="en")
    index = BoroughIndexPageFactory(parent=home)
    borough = BoroughPageFactory(parent=index, title="Hackney", slug="hackney")
    assert client.get(borough.url)[HIT_HEADER] == "miss"  # this process stores the page

    other = _read_in_another_process(page_cache, borough.url, tmp_path)
    assert other["cache"] == "hit" and "Hackney" in other["body"]  # the other one shares it

    borough.title = "Hackney and the City"
    borough.save_revision().publish()  # published through this process
    other = _read_in_another_process(page_cache, borough.url, tmp_path)
    assert other["status"] == 200 and other["cache"] == "miss"
    assert "Hackney and the City" in other["body"]


def test_one_version_read_and_batched_fragment_reads_per_request(borough, client, monkeypatch):
    """Page cache off (as in test settings): the rendering path itself makes few round trips."""
    from django.core.cache import caches

    from cms.core.cache import VERSION_KEY

    backend = caches["default"]
    calls, inside = [], []
    for name in ("get", "get_many"):
        original = getattr(backend, name)

        def counted(key, *args, _original=original, _name=name, **kwargs):
            if not inside:  # locmem's get_many calls get per key; Redis sends one MGET
                calls.append((_name, key if _name == "get" else tuple(key)))
            inside.append(1)
            try:
                return _original(key, *args, **kwargs)
            finally:
                inside.pop()

        monkeypatch.setattr(backend, name, counted)
    client.get(borough.url)  # learns which fragments the page uses
    client.get(borough.url)
    calls.clear()
    response = client.get(borough.url)
    assert response.status_code == 200 and b"Hackney" in response.content
    assert calls.count(("get", VERSION_KEY)) == 1
    # ours only (Wagtail reads its own site root paths once)
    fragment_gets = [key for name, key in calls if name == "get" and key.startswith("engage:") and key != VERSION_KEY]
    assert len([name for name, _key in calls if name == "get_many"]) == 1
    assert len(fragment_gets) <= 1, fragment_gets  # the learned key list; fragments come in one get_many
