"""Postcode → the pages that serve it, in the reader's language.

`lookup(text)` answers with a `Result` whose `kind` is one of:
- "ward": a full London postcode with a ward page (`page`, `borough`: {"title", "url", "lang"});
- "borough": a full London postcode whose ward has no page yet (`borough`);
- "areas": an outward code ("E8"): the boroughs and wards it spans (`areas`);
- "city": the City of London, policed by the City of London Police;
- "outside": outside London: the force(s) that police it (`forces`);
- "unknown": well-formed but not in the directory; "malformed": not a postcode.
"""

import math
import uuid
from dataclasses import dataclass, field

from django.conf import settings
from django.core.cache import cache
from django.utils import translation
from wagtail.models import Locale

from boroughs.models import BoroughPage, WardPage
from cms.core.cache import cached, versioned

from . import forces as force_table
from .models import OutwardForce, Postcode
from .postcodes import classify, display


@dataclass
class Result:
    kind: str
    query: str = ""
    postcode: str = ""
    page: dict | None = None  # {"title", "url", "lang"} (see _place)
    borough: dict | None = None
    areas: list = field(default_factory=list)
    forces: list = field(default_factory=list)

    @property
    def found(self) -> bool:
        return self.kind in ("ward", "borough", "areas", "city", "outside")


# Maps read from the shared cache are also kept in this process: each is unpickled once per
# process and content version, not once per request (the scale set's map of every ward in every
# language is thousands of entries). A small token stored beside the map in the shared cache says
# whether this process's copy is still the current one: a publish anywhere bumps the shared
# content version (a new token key), and a cleared cache loses the token.
_process_copies: dict[str, tuple[str, object]] = {}


def memoised(key: str, compute):
    token_key = versioned(f"{key}:token")
    token = cache.get(token_key)
    copy = _process_copies.get(key)
    if token is not None and copy is not None and copy[0] == token:
        return copy[1]
    value = cached(key, compute)
    if token is None:
        token = uuid.uuid4().hex
        cache.set(token_key, token, 60 * 60 * 24)
    _process_copies[key] = (token, value)
    return value


def locale_codes() -> dict[int, str]:
    return memoised("find:locale-codes", lambda: dict(Locale.objects.values_list("pk", "language_code")))


def reader_url(page, request=None) -> str:
    """The page's URL under the reader's language prefix: its own URL when it is in that language,
    else the same path under /<reader's language>/, which serves the page with the site's
    "shown in English" notice (cms/core/i18n.py) and keeps the reader in their language."""
    return _reprefix(page.get_url(request) or "", locale_codes().get(page.locale_id, ""))


def _reprefix(url: str, source: str) -> str:
    language = translation.get_language() or ""
    prefix = f"/{source}/"
    if language and source and language != source and url.startswith(prefix):
        return f"/{language}/{url[len(prefix) :]}"
    return url


def _places() -> dict:
    """Every live public borough and ward page with a GSS code, in every language it exists in:
    {"by_code": {gss_code: translation_key}, "pages": {translation_key: {"kind", "parent",
    "titles": {language: (title, url)}}}}. Cached until content changes: a lookup then needs only
    its postcode query."""

    def compute():
        codes = locale_codes()
        by_code, pages = {}, {}
        for model, kind in ((BoroughPage, "borough"), (WardPage, "ward")):
            for page in (
                model.objects.live()
                .public()
                .only("id", "title", "url_path", "path", "depth", "locale_id", "translation_key", "gss_code")
            ):
                entry = pages.setdefault(
                    str(page.translation_key), {"kind": kind, "path": page.path, "parent": None, "titles": {}}
                )
                entry["titles"][codes.get(page.locale_id, "")] = (page.title, page.get_url())
                if page.gss_code:
                    by_code.setdefault(page.gss_code, str(page.translation_key))
        borough_paths = {}
        for key, entry in pages.items():
            if entry["kind"] == "borough":
                borough_paths[entry["path"]] = key
        for entry in pages.values():
            if entry["kind"] == "ward":
                entry["parent"] = borough_paths.get(entry["path"][:-4])
        return {"by_code": by_code, "pages": pages}

    return memoised("find:places", compute)


def _place(places: dict, key: str | None) -> dict | None:
    """{"title", "url", "lang"} of the page with this translation_key in the reader's language, else
    in the default language under the reader's prefix."""
    return _in_reader_language(places["pages"].get(key) if key else None)


def borough_a_to_z() -> list[dict]:
    """Every live borough ({"title", "url", "lang"}, see _place), A to Z in the reader's language;
    from the cached map: no query."""
    places = _places()
    boroughs = (_place(places, key) for key, entry in places["pages"].items() if entry["kind"] == "borough")
    return sorted(boroughs, key=lambda borough: borough["title"])


def index_page(model) -> dict | None:
    """The live public page of an index model (the borough index, the advice index) as {"title",
    "url", "lang"} in the reader's language; cached until content changes."""

    def compute():
        codes = locale_codes()
        titles = {}
        for page in (
            model.objects.live().public().order_by("path").only("id", "title", "url_path", "path", "depth", "locale_id")
        ):
            titles.setdefault(codes.get(page.locale_id, ""), (page.title, page.get_url()))
        return {"titles": titles} if titles else None

    return _in_reader_language(memoised(f"find:index:{model._meta.label_lower}", compute))


def _in_reader_language(entry: dict | None) -> dict | None:
    if entry is None:
        return None
    language = translation.get_language() or ""
    if language in entry["titles"]:
        title, url = entry["titles"][language]
        return {"title": title, "url": url, "lang": language}
    source = settings.LANGUAGE_CODE if settings.LANGUAGE_CODE in entry["titles"] else next(iter(entry["titles"]))
    title, url = entry["titles"][source]
    return {"title": title, "url": _reprefix(url, source), "lang": source}


def lookup(text: str) -> Result:
    kind, code = classify(text)
    if kind == "malformed":
        return Result("malformed", query=text)
    if kind == "full":
        return _full(code, text)
    return _outward(code, text)


def _full(code: str, text: str) -> Result:
    postcode = Postcode.objects.filter(postcode=code).first()
    if postcode is None:
        forces = _forces(code[:-3])
        if forces:
            return Result("outside", query=text, postcode=display(code), forces=forces)
        return Result("unknown", query=text, postcode=display(code))
    return _for_postcode(postcode, text)


def _for_postcode(postcode: Postcode, text: str) -> Result:
    if postcode.borough_code == force_table.CITY_OF_LONDON_BOROUGH:
        return Result("city", query=text, postcode=postcode.display, forces=[_force(force_table.CITY_OF_LONDON_POLICE)])
    places = _places()
    ward_key = places["by_code"].get(postcode.ward_code)
    ward = _place(places, ward_key)
    if ward is not None:
        borough = _place(places, places["pages"][ward_key]["parent"])
        return Result("ward", query=text, postcode=postcode.display, page=ward, borough=borough)
    borough = _place(places, places["by_code"].get(postcode.borough_code))
    if borough is not None:
        return Result("borough", query=text, postcode=postcode.display, borough=borough)
    return Result("unknown", query=text, postcode=postcode.display)


def _outward(outward: str, text: str) -> Result:
    pairs = set(Postcode.objects.filter(outward=outward).values_list("borough_code", "ward_code").distinct())
    if not pairs:
        forces = _forces(outward)
        if forces:
            return Result("outside", query=text, postcode=outward, forces=forces)
        return Result("unknown", query=text, postcode=outward)
    places = _places()
    areas = []
    for borough_code in sorted({b for b, _w in pairs}):
        if borough_code == force_table.CITY_OF_LONDON_BOROUGH:
            areas.append({"city": True, "force": _force(force_table.CITY_OF_LONDON_POLICE)})
            continue
        borough = _place(places, places["by_code"].get(borough_code))
        if borough is None:
            continue
        wards = [_place(places, places["by_code"].get(w)) for b, w in pairs if b == borough_code]
        areas.append({"borough": borough, "wards": sorted((w for w in wards if w), key=lambda w: w["title"])})
    areas.sort(key=lambda area: area.get("borough", {}).get("title", ""))
    if not areas:
        return Result("unknown", query=text, postcode=outward)
    return Result("areas", query=text, postcode=outward, areas=areas)


def _force(code: str) -> dict:
    return {"code": code, "name": force_table.force_name(code), "url": force_table.POLICE_UK_FORCE_FINDER}


def _forces(outward: str) -> list[dict]:
    codes = sorted(set(OutwardForce.objects.filter(outward=outward).values_list("force_code", flat=True)))
    return [_force(code) for code in codes]


# --- "Use my location": the nearest imported postcode centroid -------------------------------

LONDON_BOX = (51.2, 51.75, -0.6, 0.4)  # lat min/max, long min/max, with a margin


def nearest(latitude: float, longitude: float) -> Postcode | None:
    """The imported postcode whose centroid is nearest, searching ever wider boxes (indexed on
    latitude); None outside London's box."""
    lat_min, lat_max, lng_min, lng_max = LONDON_BOX
    if not (lat_min <= latitude <= lat_max and lng_min <= longitude <= lng_max):
        return None
    scale = math.cos(math.radians(latitude))
    for step in (0.002, 0.01, 0.05, 0.3):
        candidates = Postcode.objects.filter(
            latitude__range=(latitude - step, latitude + step),
            longitude__range=(longitude - step / scale, longitude + step / scale),
        ).only("postcode", "latitude", "longitude", "borough_code", "ward_code")
        best = min(
            candidates,
            key=lambda p: (p.latitude - latitude) ** 2 + ((p.longitude - longitude) * scale) ** 2,
            default=None,
        )
        if best is not None:
            return best
    return None
