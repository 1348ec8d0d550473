"""The ASB page stays bounded: each category lists its first five current priorities and links to
all of them, a page at a time, in every locale (Arabic and Polish here)."""

import pytest
from wagtail.models import Locale

from advice.models import AsbCategory
from advice.tests.factories import AsbPageFactory
from boroughs.tests.factories import BoroughIndexPageFactory, BoroughPageFactory
from demo.advice import load_taxonomy
from demo.base import DemoLog
from home.models import HomePage
from tests.shared_data import share

from .conftest import priority_maker

pytestmark = pytest.mark.django_db


def build_asb_with_priorities() -> dict:
    """An ASB page and 26 current noise priorities in Hackney (plus a resolved one), built once for
    the module (tests/shared_data.py)."""
    home_page = HomePage.objects.get(locale__language_code="en")
    borough_index = BoroughIndexPageFactory(parent=home_page)
    borough = BoroughPageFactory(parent=borough_index, title="Hackney", slug="hackney", code="HAC")
    load_taxonomy(home_page, DemoLog())
    noise = AsbCategory.objects.get(slug="noise", locale=home_page.locale)
    make_priority = priority_maker()
    for n in range(26):
        make_priority(borough, title=f"Noise priority {n:02d}", asb_categories=[noise])
    make_priority(borough, title="Old noise", status="resolved", asb_categories=[noise])
    return {"asb_with_priorities": AsbPageFactory(parent=home_page), "borough": borough}


globals().update(share(build_asb_with_priorities, ["asb_with_priorities", "borough"]))


def article(html: str, slug: str = "noise") -> str:
    return html.split(f'id="asb-{slug}"')[1].split("</article>")[0]


def test_a_category_lists_five_priorities_and_links_to_all_of_them(client, asb_with_priorities):
    noise = article(client.get(asb_with_priorities.url).content.decode())
    assert noise.count("Hackney: Noise priority") == 5
    assert "Noise priority 00" in noise and "Noise priority 04" in noise and "Noise priority 05" not in noise
    assert '<a href="?priorities=noise#asb-noise">See all 26 local police priorities about Noise</a>' in noise
    assert "Old noise" not in noise


def test_all_of_a_categorys_priorities_a_page_at_a_time(client, asb_with_priorities):
    html = client.get(asb_with_priorities.url, {"priorities": "noise"}).content.decode()
    noise = article(html)
    assert noise.count("Hackney: Noise priority") == 20
    assert "Noise priority 19" in noise and "Noise priority 20" not in noise
    assert '<nav class="pagination" aria-label="Pages">' in noise
    assert 'href="?priorities=noise&amp;page=2#asb-noise" rel="next"' in noise
    assert "See all" not in noise
    assert html.count('<article class="asb-category"') == 13  # the other categories are still there

    second = article(client.get(asb_with_priorities.url, {"priorities": "noise", "page": "2"}).content.decode())
    assert second.count("Hackney: Noise priority") == 6
    assert "Noise priority 25" in second
    assert 'aria-current="page"' in second and 'rel="prev"' in second


@pytest.mark.parametrize("asked", [{"priorities": "no-such-category"}, {"priorities": "noise", "page": "x"}])
def test_unknown_category_or_page_is_never_an_error(client, asb_with_priorities, asked):
    response = client.get(asb_with_priorities.url, asked)
    assert response.status_code == 200
    assert article(response.content.decode()).count("Hackney: Noise priority") in (5, 20)


@pytest.mark.parametrize(
    ("language", "direction", "see_all", "pages_label"),
    [
        ("ar", "rtl", "عرض كل أولويات الشرطة المحلية", "الصفحات"),
        ("pl", "ltr", "Zobacz wszystkie 26 lokalnych priorytetów policji", "Strony"),
    ],
)
def test_pages_of_priorities_in_other_locales(
    client, asb_with_priorities, borough, language, direction, see_all, pages_label
):
    locale = Locale.objects.get_or_create(language_code=language)[0]
    AsbCategory.objects.get(slug="noise", locale=asb_with_priorities.locale).copy_for_translation(locale).save()
    page = asb_with_priorities.copy_for_translation(locale, copy_parents=True, alias=True)
    index = borough.get_children().first()
    index.copy_for_translation(locale, copy_parents=True, alias=True)
    for priority in index.get_children().specific():
        priority.copy_for_translation(locale, alias=True)
    html = client.get(page.url).content.decode()
    assert f'lang="{language}" dir="{direction}"' in html
    noise = article(html)
    assert noise.count("Noise priority") == 5
    assert see_all in noise
    listed = article(client.get(page.url, {"priorities": "noise", "page": "2"}).content.decode())
    assert listed.count("Noise priority") == 6
    assert f'aria-label="{pages_label}"' in listed
