"""Admin sign-in lockout (django-axes): per account and per client address, behind the configured
client-address header, with a clear message in the reader's language, lifted after the cool-off."""

import datetime

import pytest
from axes.models import AccessAttempt
from django.contrib.auth.models import Permission

from governance.tests.factories import UserFactory

PASSWORD = "correct horse battery staple"
LOGIN = "/admin/login/"


@pytest.fixture(autouse=True)
def _axes_on(settings):
    settings.AXES_ENABLED = True
    settings.AXES_FAILURE_LIMIT = 5


def _staff(username):
    user = UserFactory(username=username, password=PASSWORD)
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    return user


def _sign_in(client, username, password, address="203.0.113.5", **headers):
    client.logout()
    return client.post(LOGIN, {"username": username, "password": password}, REMOTE_ADDR=address, **headers)


def _signed_in(response) -> bool:
    return response.status_code == 302 and "/admin/login/" not in response["Location"]


@pytest.mark.django_db
def test_wrong_passwords_lock_the_account_even_for_the_right_one(client):
    _staff("sergeant")
    for _ in range(5):
        response = _sign_in(client, "sergeant", "wrong password")
        assert response.status_code in (200, 429)
    response = _sign_in(client, "sergeant", PASSWORD)
    assert response.status_code == 429
    assert not _signed_in(response)
    page = response.content.decode()
    assert "Sign-in paused" in page
    assert "15 minutes" in page
    assert 'role="alert"' in page
    # The account is locked from every address, not only the one that guessed.
    assert _sign_in(client, "sergeant", PASSWORD, address="198.51.100.7").status_code == 429


@pytest.mark.django_db
def test_another_account_from_another_address_is_unaffected(client):
    _staff("sergeant")
    _staff("inspector")
    for _ in range(6):
        _sign_in(client, "sergeant", "wrong password")
    assert _signed_in(_sign_in(client, "inspector", PASSWORD, address="198.51.100.7"))


@pytest.mark.django_db
def test_an_address_guessing_many_accounts_is_locked(client):
    _staff("inspector")
    for number in range(5):
        _sign_in(client, f"guess{number}", "wrong password")
    assert _sign_in(client, "inspector", PASSWORD).status_code == 429
    assert _signed_in(_sign_in(client, "inspector", PASSWORD, address="198.51.100.7"))


@pytest.mark.django_db
def test_lockout_counts_the_configured_client_header_behind_a_proxy(client, settings):
    settings.ENGAGE_CLIENT_IP_HEADER = "HTTP_X_FORWARDED_FOR"
    _staff("inspector")
    for number in range(5):
        _sign_in(client, f"guess{number}", "x", address="10.0.0.1", HTTP_X_FORWARDED_FOR="1.2.3.4, 203.0.113.5")
    # Same proxy, another resident's address: not locked; the guessing address is.
    assert _signed_in(_sign_in(client, "inspector", PASSWORD, address="10.0.0.1", HTTP_X_FORWARDED_FOR="198.51.100.7"))
    locked = _sign_in(client, "inspector", PASSWORD, address="10.0.0.1", HTTP_X_FORWARDED_FOR="9.9.9.9, 203.0.113.5")
    assert locked.status_code == 429


@pytest.mark.django_db
def test_lockout_lifts_after_the_cool_off(client):
    _staff("sergeant")
    for _ in range(5):
        _sign_in(client, "sergeant", "wrong password")
    assert _sign_in(client, "sergeant", PASSWORD).status_code == 429
    AccessAttempt.objects.update(attempt_time=datetime.datetime.now(datetime.UTC) - datetime.timedelta(minutes=16))
    assert _signed_in(_sign_in(client, "sergeant", PASSWORD))


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "expected", "direction"),
    [("ar", "تم إيقاف تسجيل الدخول مؤقتًا", "rtl"), ("pl", "Logowanie wstrzymane", "ltr")],
)
def test_lockout_message_in_the_readers_language(client, language, expected, direction):
    _staff("sergeant")
    for _ in range(6):
        response = _sign_in(client, "sergeant", "wrong password", HTTP_ACCEPT_LANGUAGE=language)
    assert response.status_code == 429
    page = response.content.decode()
    assert expected in page
    assert f'dir="{direction}"' in page
