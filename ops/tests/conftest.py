"""Fixtures: a private Redis server (started and stopped by the test) and the concern page set-up."""

import os
import shutil
import socket
import subprocess
import time

import pytest
from django.core.cache import cache, caches
from django.test import override_settings

from concerns.tests.conftest import concern_data, concern_page, taxonomy, wards  # noqa: F401
from tests.ports import free_port

# Each server gets its own free port (tests/ports.py): two xdist workers starting a server on one
# fixed port at once made the second wait for ever (moto) or share the first (Redis).


@pytest.fixture(autouse=True)
def _clear_cache():
    cache.clear()  # rate-limit counts must not leak from one test into the next
    yield
    cache.clear()


def _wait_port(port: int, up: bool, timeout: float = 10) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket() as sock:
            sock.settimeout(0.2)
            is_up = sock.connect_ex(("127.0.0.1", port)) == 0
        if is_up == up:
            return
        time.sleep(0.05)
    raise RuntimeError(f"port {port} did not become {'reachable' if up else 'free'}")


class RedisServer:
    """A throw-away redis-server on a private port, with no persistence."""

    def __init__(self, port: int):
        self.port = port
        self.url = f"redis://127.0.0.1:{port}/0"
        self.process = None

    def start(self):
        self.process = subprocess.Popen(
            [
                shutil.which("redis-server"),
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        _wait_port(self.port, up=True)

    def stop(self):
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=10)
            self.process = None
        _wait_port(self.port, up=False)


@pytest.fixture
def redis_server():
    if shutil.which("redis-server") is None:
        if os.environ.get("ENGAGE_REQUIRE_SERVICES"):
            pytest.fail("redis-server is not installed (apt-get install redis-server); CI requires it")
        pytest.skip("redis-server is not installed (apt-get install redis-server)")
    server = RedisServer(free_port())
    server.start()
    yield server
    server.stop()


@pytest.fixture
def failsoft_cache(redis_server):
    """The default cache is the fail-soft Redis backend on the private server."""
    config = {
        "default": {
            "BACKEND": "cms.core.cache_backends.FailSoftRedisCache",
            "LOCATION": redis_server.url,
            "KEY_PREFIX": "engage-test",
            "OPTIONS": {"RETRY_INTERVAL": 0.5},
        }
    }
    with override_settings(CACHES=config):
        yield caches["default"]


S3_BUCKET = "engage-media"


class S3Server:
    """moto in server mode (a real HTTP S3 endpoint) on a private port, with the media bucket."""

    def __init__(self, port: int):
        from moto.server import ThreadedMotoServer

        self.port = port
        self.endpoint = f"http://127.0.0.1:{port}"
        self.env = {
            "AWS_STORAGE_BUCKET_NAME": S3_BUCKET,
            "AWS_S3_ENDPOINT_URL": self.endpoint,
            "AWS_S3_REGION_NAME": "us-east-1",
            "AWS_ACCESS_KEY_ID": "engage-test",
            "AWS_SECRET_ACCESS_KEY": "engage-test-secret",  # moto accepts any key
            "AWS_S3_ADDRESSING_STYLE": "path",
            "AWS_S3_CONNECT_TIMEOUT": "1",
        }
        self._server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
        self.running = False

    def start(self):
        import boto3

        self._server.start()
        _wait_port(self.port, up=True)
        self.running = True
        client = boto3.client(
            "s3",
            endpoint_url=self.endpoint,
            region_name="us-east-1",
            aws_access_key_id="engage-test",
            aws_secret_access_key="engage-test-secret",
        )
        client.create_bucket(Bucket=S3_BUCKET)

    def stop(self):
        if self.running:
            self._server.stop()
            self.running = False
            _wait_port(self.port, up=False)


@pytest.fixture
def s3_server():
    pytest.importorskip("moto.server", reason="moto[server] is a dev requirement")
    server = S3Server(free_port())
    server.start()
    yield server
    server.stop()


@pytest.fixture
def s3_media(s3_server):
    """Media on the S3 emulator, configured exactly as production configures it from the environment."""
    from django.conf import settings
    from django.core.files.storage import storages as storage_handler
    from wagtail.images import get_image_model

    from ops.storage import s3_storages

    storages = s3_storages(s3_server.env, settings.STORAGES["staticfiles"])
    with override_settings(
        STORAGES=storages, WAGTAILIMAGES_RENDITION_STORAGE="public_media", WAGTAILDOCS_SERVE_METHOD="serve_view"
    ):
        # Wagtail reads the rendition storage when the model class is built (at start-up in
        # production); a test that switches storage afterwards must point the field at it too.
        field = get_image_model().get_rendition_model()._meta.get_field("file")
        previous = field.storage
        field.storage = storage_handler["public_media"]
        try:
            yield s3_server
        finally:
            field.storage = previous
