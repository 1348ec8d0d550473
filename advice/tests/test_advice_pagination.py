"""The advice index a page at a time: bounded pages, topic contents that link to the page where
each topic starts, accessible page links, in English and in other locales (RTL included)."""

import pytest
from wagtail.models import Locale

from advice.models.pages import ADVICE_PER_PAGE
from advice.tests.factories import AdviceIndexPageFactory, AdvicePageFactory, AdviceTopicFactory
from home.models import HomePage
from tests.shared_data import share

pytestmark = pytest.mark.django_db


def build_thirty_advice() -> dict:
    """20 pieces of advice on "Burglary" (first in topic order) and 10 on "Fraud", in an advice
    index built once for the module (tests/shared_data.py)."""
    advice_index = AdviceIndexPageFactory(parent=HomePage.objects.get(locale__language_code="en"))
    burglary = AdviceTopicFactory(name="Burglary", slug="burglary", sort_order=1)
    fraud = AdviceTopicFactory(name="Fraud", slug="fraud", sort_order=2)
    for n in range(20):
        AdvicePageFactory(parent=advice_index, title=f"Burglary advice {n:02d}", topic=burglary)
    for n in range(10):
        AdvicePageFactory(parent=advice_index, title=f"Fraud advice {n:02d}", topic=fraud)
    return {"thirty_advice": advice_index}


globals().update(share(build_thirty_advice, ["thirty_advice"]))


def cards(html: str) -> int:
    return html.count('class="card advice-card"')


def test_each_page_shows_at_most_a_page_of_advice_in_topic_order(client, thirty_advice):
    assert ADVICE_PER_PAGE == 24
    first = client.get(thirty_advice.url).content.decode()
    assert cards(first) == 24
    assert first.index("Burglary advice 00") < first.index("Burglary advice 19") < first.index("Fraud advice 03")
    assert "Fraud advice 04" not in first
    assert '<nav class="pagination" aria-label="Pages">' in first
    assert '<a href="?page=1" aria-current="page">' in first
    assert 'href="?page=2" rel="next"' in first

    second = client.get(thirty_advice.url, {"page": 2}).content.decode()
    assert cards(second) == 6
    assert "Fraud advice 04" in second and "Fraud advice 09" in second
    assert "Burglary advice" not in second
    assert 'href="?page=1" rel="prev"' in second
    # The contents list every topic; each links to the page where its advice starts.
    assert 'href="?page=1#topic-burglary"' in second
    assert 'href="#topic-fraud"' in second
    assert 'href="#topic-burglary"' in first and 'href="#topic-fraud"' in first


@pytest.mark.parametrize("asked", ["99", "0", "-1", "two", "1" * 30, "2%00"])
def test_a_page_number_out_of_range_or_not_a_number_is_never_an_error(client, thirty_advice, asked):
    response = client.get(thirty_advice.url, {"page": asked})
    assert response.status_code == 200
    assert cards(response.content.decode()) == (6 if asked == "99" else 24)


@pytest.mark.parametrize(
    ("language", "direction", "next_label", "pages_label"),
    [("ar", "rtl", "التالي", "الصفحات"), ("pl", "ltr", "Następna", "Strony")],
)
def test_pages_of_advice_in_other_locales(client, thirty_advice, language, direction, next_label, pages_label):
    locale = Locale.objects.get_or_create(language_code=language)[0]
    index = thirty_advice.copy_for_translation(locale, copy_parents=True, alias=True)
    for advice in thirty_advice.get_children().specific():
        advice.copy_for_translation(locale, alias=True)
    assert index.url.startswith(f"/{language}/")
    first = client.get(index.url).content.decode()
    assert f'lang="{language}" dir="{direction}"' in first
    assert cards(first) == 24
    assert f'<nav class="pagination" aria-label="{pages_label}">' in first
    assert next_label in first
    second = client.get(index.url, {"page": 2}).content.decode()
    assert cards(second) == 6
    assert "Fraud advice 09" in second
