"""The choices the forms offer: a borough's wards and the shared taxonomy.

Both are content, so they are cached under the content version (cms.core.cache): a warm form
page costs no queries for them, however many wards or categories there are.
"""

from django.conf import settings
from django.utils.translation import get_language, get_language_info, gettext_lazy
from django.utils.translation import gettext as _

from advice.models import AsbCategory, CrimeType
from boroughs.models import WardPage
from cms.core.cache import cached

WHOLE_BOROUGH = "borough"
SOMETHING_ELSE = "other"
# Languages Django itself does not name (its LANG_INFO has no Somali).
_LANGUAGE_NAMES = {"so": gettext_lazy("Somali")}


def wards(borough_path: str, depth: int) -> list[tuple[int, str]]:
    """(key, title) of the live wards under the borough page with this tree path, in that page's
    language. The key is language-independent: the id of the ward's original in the default
    language (a ward in /ar/ is an alias or a translation of the English ward), so a concern sent
    in Arabic names the same ward as one sent in English."""

    def compute():
        rows = list(
            WardPage.objects.filter(path__startswith=borough_path, depth=depth + 1)
            .live()
            .values_list("id", "title", "translation_key")
        )
        originals = dict(
            WardPage.objects.filter(
                translation_key__in=[key for _pk, _title, key in rows], locale__language_code=settings.LANGUAGE_CODE
            ).values_list("translation_key", "id")
        )
        return sorted(((originals.get(key, pk), title) for pk, title, key in rows), key=lambda row: row[1])

    return cached(f"concerns:wards:{borough_path}", compute)


def ward_choices(borough_path: str, depth: int, *, blank: str) -> list[tuple[str, str]]:
    return [
        ("", blank),
        *((str(pk), title) for pk, title in wards(borough_path, depth)),
        (WHOLE_BOROUGH, _("Not sure / whole borough")),
    ]


def taxonomy(locale_id: int | None) -> dict[str, list[tuple[int, str, str]]]:
    """ASB categories and crime types as (key, name, translation_key): every category of the default
    language, named in the page's locale where translated (in English otherwise). The key is the id
    of the default-language category, so answers in every language join up."""

    def compute():
        result = {}
        for kind, model in (("asb", AsbCategory), ("crime", CrimeType)):
            names = dict(model.objects.filter(locale_id=locale_id).values_list("translation_key", "name"))
            rows = model.objects.filter(locale__language_code=settings.LANGUAGE_CODE).values_list(
                "id", "name", "translation_key"
            )
            result[kind] = [(pk, names.get(tk, name), str(tk)) for pk, name, tk in rows]
        return result

    return cached(f"concerns:taxonomy:{locale_id}", compute)


def category_name(obj) -> str:
    """The name of an ASB category or crime type in the active language (the handler's, the
    resident's), whichever locale's row was stored."""
    if obj is None:
        return ""
    language = get_language() or settings.LANGUAGE_CODE

    def compute():
        names = {}
        for model in (AsbCategory, CrimeType):
            rows = model.objects.filter(locale__language_code__in=[settings.LANGUAGE_CODE, language]).values_list(
                "translation_key", "name", "locale__language_code"
            )
            for key, name, code in rows:
                if code == language or str(key) not in names:
                    names[str(key)] = name
        return names

    return cached(f"concerns:category-names:{language}", compute).get(str(obj.translation_key), str(obj))


def ward_name(ward) -> str:
    """A ward's title in the active language (its translation's, where one is live)."""
    if ward is None:
        return ""
    language = get_language() or settings.LANGUAGE_CODE
    if language == settings.LANGUAGE_CODE:
        return ward.title
    return cached(
        f"concerns:ward-name:{ward.translation_key}:{language}",
        lambda: (
            WardPage.objects.filter(
                translation_key=ward.translation_key, locale__language_code=language, alias_of__isnull=True
            )
            .live()
            .values_list("title", flat=True)
            .first()
            or ward.title
        ),
    )


def language_name(code: str) -> str:
    """A resident's language named in the active language ("Arabic", "arabski")."""
    if not code:
        return ""
    try:
        return str(get_language_info(code)["name_translated"])
    except KeyError:
        return str(_LANGUAGE_NAMES.get(code, code))


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
