"""Two boroughs as the admin sees them (Hackney and Lambeth, each with a ward, a concern form
with concerns and a survey with responses), a third (Camden) as a destination, the roles from
`setup_roles`, one user per role, and a second locale ("pl") when a test asks for it."""

from dataclasses import dataclass

import pytest
from django.core.cache import cache
from django.urls import reverse
from wagtail.models import Locale, Page

from boroughs.models import BoroughPage
from boroughs.tests.factories import BoroughPageFactory, WardPageFactory
from concerns.models import ConcernSubmission, SurveyResponse
from concerns.tests.factories import (
    ConcernFormPageFactory,
    ConcernSubmissionFactory,
    SurveyPageFactory,
    SurveyResponseFactory,
)
from governance.models import BoroughGroup, BoroughRole, SiteGroup, SiteRole
from governance.roles import setup_roles

from .factories import UserFactory


@pytest.fixture(autouse=True)
def _clear_cache():
    cache.clear()
    yield
    cache.clear()


@dataclass
class Area:
    """One borough and what the tests touch in it."""

    borough: BoroughPage
    ward: Page
    form: Page
    survey: Page
    concerns: list
    responses: list

    def snapshot(self):
        """Everything a denied action must leave as it was."""
        pages = Page.objects.descendant_of(self.borough, inclusive=True).order_by("path")
        return {
            "pages": list(pages.values_list("pk", "path", "title", "slug", "live", "latest_revision_id")),
            "concerns": sorted(
                ConcernSubmission.objects.filter(form_translation_key=self.form.translation_key).values_list(
                    "pk", "status"
                )
            ),
            "responses": sorted(
                SurveyResponse.objects.filter(form_translation_key=self.survey.translation_key).values_list(
                    "pk", flat=True
                )
            ),
        }


def build_area(parent, title, slug, code) -> Area:
    borough = BoroughPageFactory(parent=parent, title=title, slug=slug, code=code)
    ward = WardPageFactory(parent=borough, title=f"{title} Central", slug=f"{slug}-central")
    form = ConcernFormPageFactory(parent=borough, title=f"Tell {title}", slug="tell-us")
    survey = SurveyPageFactory(parent=borough, title=f"{title} survey", slug="priority-survey")
    concerns = [ConcernSubmissionFactory(page=form, borough=borough, reference=f"{code}-2026-{n:06d}") for n in (1, 2)]
    responses = [SurveyResponseFactory(page=survey, borough=borough) for _ in range(2)]
    return Area(borough, ward, form, survey, concerns, responses)


@pytest.fixture
def hackney(borough_index) -> Area:
    return build_area(borough_index, "Hackney", "hackney", "HAC")


@pytest.fixture
def lambeth(borough_index) -> Area:
    return build_area(borough_index, "Lambeth", "lambeth", "LAM")


def build_camden(borough_index) -> BoroughPage:
    return BoroughPageFactory(parent=borough_index, title="Camden", slug="camden", code="CAM")


@pytest.fixture
def camden(borough_index) -> BoroughPage:
    return build_camden(borough_index)


@pytest.fixture
def roles(hackney, lambeth, camden):
    return setup_roles()


def build_governance() -> dict:
    """What the `users` fixture and those it needs build, as one dict (tests/shared_data.py):
    Hackney, Lambeth, Camden, the roles and one user per role."""
    from boroughs.tests.factories import BoroughIndexPageFactory
    from home.models import HomePage

    borough_index = BoroughIndexPageFactory(parent=HomePage.objects.get(locale__language_code="en"))
    hackney = build_area(borough_index, "Hackney", "hackney", "HAC")
    lambeth = build_area(borough_index, "Lambeth", "lambeth", "LAM")
    camden = build_camden(borough_index)
    roles = setup_roles()
    return {
        "borough_index": borough_index,
        "hackney": hackney,
        "lambeth": lambeth,
        "camden": camden,
        "roles": roles,
        "users": build_users(hackney, lambeth),
    }


SHARED = ["borough_index", "hackney", "lambeth", "camden", "roles", "users"]


def borough_group(area: Area, role: str):
    return BoroughGroup.objects.get(borough=area.borough, role=role).group


def site_group(role: str):
    return SiteGroup.objects.get(role=role).group


@pytest.fixture
def users(roles, hackney, lambeth):
    return build_users(hackney, lambeth)


def build_users(hackney: Area, lambeth: Area) -> dict:
    """One user per role; the roles' groups must exist (`setup_roles`)."""
    return {
        "hackney_editor": UserFactory(username="hackney-ed", groups=[borough_group(hackney, BoroughRole.EDITORS)]),
        "hackney_handler": UserFactory(
            username="hackney-handler", groups=[borough_group(hackney, BoroughRole.HANDLERS)]
        ),
        "lambeth_editor": UserFactory(username="lambeth-ed", groups=[borough_group(lambeth, BoroughRole.EDITORS)]),
        "central": UserFactory(username="central", groups=[site_group(SiteRole.CENTRAL)]),
        "translator": UserFactory(username="translator", groups=[site_group(SiteRole.TRANSLATORS)]),
    }


@pytest.fixture
def superuser(db):
    return UserFactory(username="administrator", is_superuser=True, is_staff=True)


@pytest.fixture
def locale_pl(db):
    locale, _ = Locale.objects.get_or_create(language_code="pl")
    return locale


def is_denied(response) -> bool:
    """Wagtail's admin refuses with a redirect to the dashboard (and a message), a 403 or a 404."""
    if response.status_code == 302:
        return response["Location"] == reverse("wagtailadmin_home")
    return response.status_code in (403, 404)
