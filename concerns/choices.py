"""The choices the forms offer: a borough's wards and the shared taxonomy.

Both are content, so they are cached under the content version (cms.core.cache): a warm form
page costs no queries for them, however many wards or categories there are.
"""

from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail.models import Locale

from advice.models import AsbCategory, CrimeType
from boroughs.models import WardPage
from cms.core.cache import cached

WHOLE_BOROUGH = "borough"
SOMETHING_ELSE = "other"


def wards(borough_path: str, depth: int) -> list[tuple[int, str]]:
    """(id, title) of the live wards under the borough page with this tree path."""

    def compute():
        return list(
            WardPage.objects.filter(path__startswith=borough_path, depth=depth + 1)
            .live()
            .order_by("title")
            .values_list("id", "title")
        )

    return cached(f"concerns:wards:{borough_path}", compute)


def ward_choices(borough_path: str, depth: int, *, blank: str) -> list[tuple[str, str]]:
    return [
        ("", blank),
        *((str(pk), title) for pk, title in wards(borough_path, depth)),
        (WHOLE_BOROUGH, _("Not sure / whole borough")),
    ]


def taxonomy(locale_id: int | None) -> dict[str, list[tuple[int, str, str]]]:
    """ASB categories and crime types as (id, name, translation_key) in the page's locale,
    falling back to the default locale when that locale has none."""

    def compute():
        result = {}
        for key, model in (("asb", AsbCategory), ("crime", CrimeType)):
            rows = list(model.objects.filter(locale_id=locale_id).values_list("id", "name", "translation_key"))
            if not rows:
                default = Locale.get_default()
                rows = list(model.objects.filter(locale=default).values_list("id", "name", "translation_key"))
            result[key] = [(pk, name, str(tk)) for pk, name, tk in rows]
        return result

    return cached(f"concerns:taxonomy:{locale_id}", compute)


def category_choices(locale_id: int | None, *, blank: str | None, other: bool) -> list:
    groups = taxonomy(locale_id)
    choices: list = [("", blank)] if blank is not None else []
    if groups["asb"]:
        choices.append((_("Anti-social behaviour"), [(f"asb:{pk}", name) for pk, name, _tk in groups["asb"]]))
    if groups["crime"]:
        choices.append((_("Crime"), [(f"crime:{pk}", name) for pk, name, _tk in groups["crime"]]))
    if other:
        choices.append((SOMETHING_ELSE, _("Something else")))
    return choices


def split_category(value: str) -> tuple[str, int | None]:
    """ "asb:12" → ("asb", 12); "other" → ("other", None)."""
    kind, _sep, pk = value.partition(":")
    return kind, int(pk) if pk.isdigit() else None


def cache_key_language() -> str:
    return get_language() or "en"
