"""Fixtures: a local SMTP sink (aiosmtpd) with Django's real SMTP backend pointed at it; a borough
with wards, the taxonomy and content indexes; helpers that sign up the way a browser does."""

import email
import email.policy
import socket
import time
from email.message import EmailMessage

import pytest
from aiosmtpd.controller import Controller
from django.core.cache import cache
from wagtail.models import Locale

from advice.tests.factories import AsbCategoryFactory, CrimeTypeFactory
from boroughs.tests.factories import BoroughPageFactory, UpdateIndexPageFactory, WardPageFactory
from concerns import spam


class Sink:
    """Keeps every message that arrives, parsed."""

    def __init__(self):
        self.messages: list[EmailMessage] = []
        self.refuse: set[str] = set()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.refuse:
            return "550 5.1.1 No such user"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(email.message_from_bytes(envelope.content, policy=email.policy.default))
        return "250 Message accepted"

    def to(self, address: str) -> list[EmailMessage]:
        return [m for m in self.messages if address in str(m["To"])]

    def wait_for(self, count: int, timeout: float = 5) -> list[EmailMessage]:
        deadline = time.time() + timeout
        while len(self.messages) < count and time.time() < deadline:
            time.sleep(0.02)
        return self.messages


def _free_port() -> int:
    for port in range(8300, 8390):
        with socket.socket() as probe:
            try:
                probe.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError("No free port for the SMTP sink in 8300-8389")


@pytest.fixture
def smtp_sink(settings):
    sink = Sink()
    for attempt in range(5):  # the free port may be taken by another process before we bind it
        controller = Controller(sink, hostname="127.0.0.1", port=_free_port())
        try:
            controller.start()
            break
        except OSError:
            if attempt == 4:
                raise
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = controller.port
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_TIMEOUT = 5
    try:
        yield sink
    finally:
        controller.stop()


@pytest.fixture(autouse=True)
def _clear_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def wards(borough):
    return build_wards(borough)


def build_wards(borough) -> list:
    return [
        WardPageFactory(parent=borough, title="Dalston", slug="dalston"),
        WardPageFactory(parent=borough, title="Hoxton East", slug="hoxton-east"),
        WardPageFactory(parent=borough, title="Shoreditch", slug="shoreditch"),
    ]


@pytest.fixture
def other_borough(borough_index):
    borough = BoroughPageFactory(parent=borough_index, title="Lambeth", slug="lambeth", code="LAM")
    WardPageFactory(parent=borough, title="Brixton Acre Lane", slug="brixton-acre-lane")
    return borough


@pytest.fixture
def taxonomy(locale_en):
    return build_taxonomy()


def build_taxonomy() -> dict:
    return {
        "ebikes": AsbCategoryFactory(name="E-bikes and e-scooters", slug="e-bikes"),
        "noise": AsbCategoryFactory(name="Noise", slug="noise"),
        "burglary": CrimeTypeFactory(name="Burglary", slug="burglary"),
    }


@pytest.fixture
def updates(borough, wards):
    return UpdateIndexPageFactory(parent=borough, title="News and updates", slug="news")


@pytest.fixture
def polish(db):
    return Locale.objects.get_or_create(language_code="pl")[0]


@pytest.fixture
def arabic(db):
    return Locale.objects.get_or_create(language_code="ar")[0]


def signals(seconds_ago: float = 60) -> dict:
    return {
        spam.TOKEN_FIELD: spam.new_token(),
        spam.STAMP_FIELD: spam.new_stamp(time.time() - seconds_ago),
        spam.HONEYPOT_FIELD: "",
    }


@pytest.fixture
def signup_data(wards, taxonomy):
    def build(**overrides):
        data = {
            **signals(),
            "email": "resident@example.org",
            "wards": [str(wards[0].translation_key), str(wards[1].translation_key)],
            "topics": ["news", f"asb:{taxonomy['ebikes'].translation_key}"],
            "language": "en",
            "frequency": "immediate",
            "consent": "on",
        }
        data.update(overrides)
        return {k: v for k, v in data.items() if v is not None}

    return build


def build_hackney_and_taxonomy() -> dict:
    """What the `wards` and `taxonomy` fixtures and those they need build, as one dict
    (tests/shared_data.py)."""
    from boroughs.tests.factories import BoroughIndexPageFactory
    from home.models import HomePage

    borough_index = BoroughIndexPageFactory(parent=HomePage.objects.get(locale__language_code="en"))
    borough = BoroughPageFactory(parent=borough_index, title="Hackney", slug="hackney", code="HAC")
    return {
        "borough_index": borough_index,
        "borough": borough,
        "wards": build_wards(borough),
        "taxonomy": build_taxonomy(),
    }
