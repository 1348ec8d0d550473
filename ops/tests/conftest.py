"""Fixtures: a private Redis server (started and stopped by the test) and the concern page set-up."""

import shutil
import socket
import subprocess
import time

import pytest
from django.core.cache import cache, caches
from django.test import override_settings

from concerns.tests.conftest import concern_data, concern_page, taxonomy, wards  # noqa: F401

REDIS_PORT = 8151


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
        pytest.skip("redis-server is not installed (apt-get install redis-server)")
    server = RedisServer(REDIS_PORT)
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
