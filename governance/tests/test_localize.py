"""wagtail-localize asks only for the site-wide permission; governance adds the page: only
Translators and Central communications submit or sync, and only what they may edit."""

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse
from wagtail.models import Page
from wagtail_localize.models import Translation, TranslationSource

from advice.tests.factories import AsbCategoryFactory

from .conftest import is_denied

pytestmark = pytest.mark.django_db


def grant_submit_translation(user):
    """A permission given by hand to one user, outside the managed groups."""
    user.user_permissions.add(Permission.objects.get(codename="submit_translation"))
    return type(user).objects.get(pk=user.pk)  # a fresh instance: no cached permissions


def submit_page(client, page, locale):
    return client.post(reverse("wagtail_localize:submit_page_translation", args=[page.pk]), {"locales": [locale.pk]})


def test_translator_submits_a_page_for_translation(client, users, hackney, locale_pl):
    client.force_login(users["translator"])
    submit_page(client, hackney.borough, locale_pl)
    assert Page.objects.filter(translation_key=hackney.borough.translation_key, locale=locale_pl).exists()


def test_borough_editor_cannot_submit_even_own_borough(client, users, hackney, locale_pl):
    client.force_login(users["hackney_editor"])
    assert is_denied(submit_page(client, hackney.borough, locale_pl))
    assert not Page.objects.filter(locale=locale_pl).exists()


def test_permission_alone_does_not_open_another_borough(client, users, hackney, lambeth, locale_pl):
    editor = grant_submit_translation(users["lambeth_editor"])
    client.force_login(editor)
    assert is_denied(submit_page(client, hackney.borough, locale_pl))
    assert not Page.objects.filter(translation_key=hackney.borough.translation_key, locale=locale_pl).exists()
    # …while their own borough is theirs to send.
    submit_page(client, lambeth.borough, locale_pl)
    assert Page.objects.filter(translation_key=lambeth.borough.translation_key, locale=locale_pl).exists()


def test_sync_of_another_boroughs_translations_is_refused(client, users, hackney, locale_pl):
    client.force_login(users["translator"])
    submit_page(client, hackney.borough, locale_pl)
    source = TranslationSource.objects.get(object_id=hackney.borough.translation_key)
    url = reverse("wagtail_localize:update_translations", args=[source.pk])

    editor = grant_submit_translation(users["lambeth_editor"])
    client.force_login(editor)
    synced_before = source.last_updated_at
    assert is_denied(client.post(url, {}))
    source.refresh_from_db()
    assert source.last_updated_at == synced_before

    client.force_login(users["central"])
    response = client.post(url, {})
    assert response.status_code == 302 and not is_denied(response)
    source.refresh_from_db()
    assert source.last_updated_at > synced_before


def test_snippet_translation_needs_the_snippet_permission(client, users, locale_pl):
    category = AsbCategoryFactory()
    url = reverse("wagtail_localize:submit_snippet_translation", args=["advice", "asbcategory", category.pk])
    editor = grant_submit_translation(users["hackney_editor"])
    client.force_login(editor)
    assert is_denied(client.post(url, {"locales": [locale_pl.pk]}))
    client.force_login(users["translator"])
    client.post(url, {"locales": [locale_pl.pk]})
    assert Translation.objects.filter(target_locale=locale_pl, source__object_id=category.translation_key).exists()
