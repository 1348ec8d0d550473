"""View restrictions read from the cache (cms/core/models/queryset.py, cms/core/routing.py): a
section an editor makes private leaves every listing and asks for its password at once, in every
language, and comes back as soon as the restriction is removed; while no page is restricted,
`.public()` and routing read no restriction at all."""

import pytest
from django.core.cache import cache
from wagtail.models import Page, PageViewRestriction

from boroughs.models import BoroughPage
from boroughs.tests.factories import WardPageFactory
from cms.core.models.queryset import pages

pytestmark = pytest.mark.django_db


@pytest.fixture
def ward(borough):
    return WardPageFactory(parent=borough, title="Hackney Downs", slug="hackney-downs")


def _restrict(page) -> PageViewRestriction:
    return PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.PASSWORD, password="x")


def test_public_leaves_out_a_section_as_soon_as_it_is_restricted_and_back_when_it_is_not(borough, ward):
    cache.clear()
    assert set(BoroughPage.objects.live().public()) == {borough}
    assert pages().public().filter(pk=ward.pk).exists()  # cached: nothing is restricted
    restriction = _restrict(borough)
    assert list(BoroughPage.objects.live().public()) == []
    assert not pages().public().filter(pk__in=[borough.pk, ward.pk]).exists()  # the page and its section
    assert set(pages().not_public()) == {borough.page_ptr, ward.page_ptr}
    # The same rows as Wagtail's own `.public()`, which reads the restrictions each time.
    assert set(pages().live().public()) == set(Page.objects.live().public())
    restriction.delete()
    assert set(BoroughPage.objects.live().public()) == {borough}


def test_public_reads_no_restriction_once_cached(borough, django_assert_num_queries):
    cache.clear()
    list(BoroughPage.objects.live().public())  # reads and caches the restricted paths
    with django_assert_num_queries(1):  # the pages only
        assert list(BoroughPage.objects.live().public()) == [borough]


@pytest.mark.parametrize("lang", ["en", "ar", "pl"])
def test_a_restricted_page_asks_for_its_password_at_once_in_every_language(client, borough, ward, lang):
    url = f"/{lang}/your-area/hackney/hackney-downs/"
    cache.clear()
    assert "Hackney Downs" in client.get(url).content.decode()  # caches the route, without restrictions
    restriction = _restrict(borough)
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'name="password"' in html and "Hackney Downs" not in html
    assert 'name="password"' in client.get(url).content.decode()  # the cached route keeps the restriction
    restriction.delete()
    assert "Hackney Downs" in client.get(url).content.decode()
