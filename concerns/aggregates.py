"""Counting survey answers: per borough and per ward for staff, and the public "You told us".

Counts group by the taxonomy's translation key, so answers given on any translation of a survey
add up. Spam is never counted. Publicly, only counts of at least conf.survey_public_minimum()
(5) are shown; smaller ones are added up as "other concerns", itself shown only when it reaches
the minimum, so no small group of residents can be singled out.
"""

from collections import Counter, defaultdict

from django.db.models import Count
from django.utils.translation import gettext as _

from advice.models import AsbCategory, CrimeType

from . import conf
from .models import SurveyResponse


def _names(locale_id) -> dict[str, str]:
    """translation_key → name, in the page's locale where a translation exists."""
    names: dict[str, str] = {}
    for model in (AsbCategory, CrimeType):
        for key, name, loc in model.objects.values_list("translation_key", "name", "locale_id"):
            if str(key) not in names or loc == locale_id:
                names[str(key)] = name
    return names


def responses_for(survey_page):
    return SurveyResponse.objects.filter(form_translation_key=survey_page.translation_key, is_spam=False)


def counts(survey_page, *, by_ward: bool = False) -> dict:
    """{"total": n, "rows": [(name, count)], "wards": [(ward title, total, [(name, count)])]}"""
    responses = responses_for(survey_page)
    total = responses.count()
    per_key: Counter = Counter()
    per_ward: dict = defaultdict(Counter)
    ward_totals: Counter = Counter()
    for relation in ("asb_categories", "crime_types"):
        rows = (
            responses.filter(**{f"{relation}__isnull": False})
            .values(f"{relation}__translation_key", "ward__title")
            .annotate(n=Count("pk"))
        )
        for row in rows:
            key = str(row[f"{relation}__translation_key"])
            per_key[key] += row["n"]
            if by_ward:
                per_ward[row["ward__title"] or ""][key] += row["n"]
    names = _names(survey_page.locale_id)
    result = {"total": total, "rows": [(names.get(k, "?"), n) for k, n in per_key.most_common()]}
    if by_ward:
        for ward, n in responses.values_list("ward__title").annotate(n=Count("pk")):
            ward_totals[ward or ""] = n
        result["wards"] = [
            (
                ward or _("Ward not given"),
                ward_totals[ward],
                [(names.get(k, "?"), n) for k, n in per_ward[ward].most_common()],
            )
            for ward in sorted(per_ward, key=lambda w: (w == "", w))
        ]
    return result


def public_counts(survey_page) -> dict:
    """The published aggregate: counts under the minimum hidden, grouped as "other concerns"."""
    minimum = conf.survey_public_minimum()
    data = counts(survey_page)
    shown = [(name, n) for name, n in data["rows"] if n >= minimum]
    hidden = sum(n for _name, n in data["rows"] if n < minimum)
    rows = [{"label": name, "count": n} for name, n in shown]
    if hidden >= minimum:
        rows.append({"label": _("Other concerns"), "count": hidden, "other": True})
    top = max((row["count"] for row in rows), default=0)
    for row in rows:
        row["percent"] = round(100 * row["count"] / top) if top else 0
    total = data["total"] if data["total"] >= minimum else 0
    return {"rows": rows, "total": total}


def with_percentages(rows: list[tuple[str, int]]) -> list[dict]:
    top = max((n for _name, n in rows), default=0)
    return [{"label": name, "count": n, "percent": round(100 * n / top) if top else 0} for name, n in rows]
