"""Local-disk media in production (one server, no object storage): images are served, documents
never are (they go through Wagtail's view and its privacy check)."""

import pytest
from django.test import override_settings
from django.urls import clear_url_caches

pytestmark = pytest.mark.django_db


@pytest.fixture
def local_media(tmp_path, settings):
    (tmp_path / "images").mkdir()
    (tmp_path / "images" / "officer.fill-160x160.png").write_bytes(b"\x89PNG\r\n\x1a\nrendition")
    (tmp_path / "documents").mkdir()
    (tmp_path / "documents" / "case-notes.txt").write_bytes(b"Victim statement")
    settings.MEDIA_ROOT = tmp_path
    settings.DEBUG = False
    settings.ENGAGE_SERVE_MEDIA = True
    import importlib

    import cms.urls
    import ops.urls

    importlib.reload(ops.urls)
    importlib.reload(cms.urls)
    clear_url_caches()
    yield tmp_path
    settings.ENGAGE_SERVE_MEDIA = False
    importlib.reload(ops.urls)
    importlib.reload(cms.urls)
    clear_url_caches()


def test_images_are_served_and_documents_are_not(client, local_media):
    response = client.get("/media/images/officer.fill-160x160.png")
    assert response.status_code == 200
    assert b"".join(response.streaming_content).endswith(b"rendition")
    assert "max-age=604800" in response["Cache-Control"]
    for path in (
        "/media/documents/case-notes.txt",
        "/media//documents/case-notes.txt",
        "/media/images/../documents/case-notes.txt",
    ):
        assert client.get(path).status_code == 404, path
    assert client.get("/media/images/missing.png").status_code == 404


def test_without_the_setting_media_is_not_routed(client):
    with override_settings(ENGAGE_SERVE_MEDIA=False, DEBUG=False):
        assert client.get("/media/images/officer.png").status_code == 404
