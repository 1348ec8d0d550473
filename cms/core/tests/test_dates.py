"""Dates by CLDR rules, per locale, with the exact string a reader of each language expects."""

import datetime

import pytest
from django.template import Context, Template
from django.utils import translation

from cms.core.dates import long_date

DAY = datetime.date(2026, 12, 2)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "2 December 2026"),
        ("pl", "2 grudnia 2026"),  # genitive month, lower case (Django's "F" gave "2 Grudzień 2026")
        ("zh-hans", "2026年12月2日"),  # (Django's gave "2 十二月 2026")
        ("ar", "2 ديسمبر 2026"),
        ("ur", "2 دسمبر، 2026"),
        ("tr", "2 Aralık 2026"),  # noqa: RUF001 (Turkish dotless i)
        ("ro", "2 decembrie 2026"),
        ("pt", "2 de dezembro de 2026"),
        ("es", "2 de diciembre de 2026"),
        ("bn", "2 ডিসেম্বর, 2026"),
        ("so", "Diseembar 2, 2026"),
    ],
)
def test_long_date_per_locale(language, expected):
    with translation.override(language):
        assert long_date(DAY) == expected
        assert Template("{% load core_tags %}{{ day|long_date }}").render(Context({"day": DAY})) == expected


def test_no_date_is_empty():
    assert long_date(None) == ""
