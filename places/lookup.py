"""Postcode → the pages that serve it, in the reader's language.

`lookup(text)` answers with a `Result` whose `kind` is one of:
- "ward": a full London postcode with a ward page (`page`, `borough`);
- "borough": a full London postcode whose ward has no page yet (`borough`);
- "areas": an outward code ("E8"): the boroughs and wards it spans (`areas`);
- "city": the City of London, policed by the City of London Police;
- "outside": outside London: the force(s) that police it (`forces`);
- "unknown": well-formed but not in the directory; "malformed": not a postcode.
"""

import math
from dataclasses import dataclass, field

from django.utils import translation
from wagtail.models import Locale, Page

from boroughs.models import BoroughPage, WardPage
from cms.core.cache import cached

from . import forces as force_table
from .models import OutwardForce, Postcode
from .postcodes import classify, display


@dataclass
class Result:
    kind: str
    query: str = ""
    postcode: str = ""
    page: Page | None = None
    borough: Page | None = None
    areas: list = field(default_factory=list)
    forces: list = field(default_factory=list)

    @property
    def found(self) -> bool:
        return self.kind in ("ward", "borough", "areas", "city", "outside")


def in_reader_language(pages):
    """Each page's live public translation in the active language where there is one (else itself),
    in one query; order kept."""
    pages = [p for p in pages if p is not None]
    if not pages:
        return []
    language = translation.get_language() or ""
    translated = {
        p.translation_key: p
        for p in Page.objects.live()
        .public()
        .filter(translation_key__in=[p.translation_key for p in pages], locale__language_code=language)
        .specific()
    }
    return [translated.get(p.translation_key, p) for p in pages]


def _locale_codes() -> dict[int, str]:
    return cached("find:locale-codes", lambda: dict(Locale.objects.values_list("pk", "language_code")))


def reader_url(page, request=None) -> str:
    """The page's URL under the reader's language prefix: its own URL when it is in that language,
    else the same path under /<reader's language>/, which serves the page with the site's
    "shown in English" notice (cms/core/i18n.py) and keeps the reader in their language."""
    url = page.get_url(request) or ""
    language = translation.get_language() or ""
    source = _locale_codes().get(page.locale_id, "")
    prefix = f"/{source}/"
    if language and source and language != source and url.startswith(prefix):
        return f"/{language}/{url[len(prefix) :]}"
    return url


def _source_pages(model, codes):
    """Live public pages of `model` carrying these GSS codes, one per code (the source language's
    where a code is on several translations), keyed by code."""
    found = {}
    for page in model.objects.live().public().filter(gss_code__in=set(codes)).order_by("locale_id", "pk"):
        found.setdefault(page.gss_code, page)
    return found


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
    ward = _source_pages(WardPage, [postcode.ward_code]).get(postcode.ward_code)
    borough = _source_pages(BoroughPage, [postcode.borough_code]).get(postcode.borough_code)
    if ward is not None:
        ward, parent = in_reader_language([ward, ward.get_parent()])
        return Result("ward", query=text, postcode=postcode.display, page=ward, borough=parent)
    if borough is not None:
        (borough,) = in_reader_language([borough])
        return Result("borough", query=text, postcode=postcode.display, borough=borough)
    return Result("unknown", query=text, postcode=postcode.display)


def _outward(outward: str, text: str) -> Result:
    pairs = sorted(set(Postcode.objects.filter(outward=outward).values_list("borough_code", "ward_code")))
    if not pairs:
        forces = _forces(outward)
        if forces:
            return Result("outside", query=text, postcode=outward, forces=forces)
        return Result("unknown", query=text, postcode=outward)
    boroughs = _source_pages(BoroughPage, [b for b, _w in pairs])
    wards = _source_pages(WardPage, [w for _b, w in pairs])
    areas = []
    for borough_code in sorted({b for b, _w in pairs}):
        if borough_code == force_table.CITY_OF_LONDON_BOROUGH:
            areas.append({"city": True, "force": _force(force_table.CITY_OF_LONDON_POLICE)})
            continue
        borough = boroughs.get(borough_code)
        if borough is None:
            continue
        ward_pages = [wards[w] for b, w in pairs if b == borough_code and w in wards]
        borough, *ward_pages = in_reader_language([borough, *ward_pages])
        areas.append({"borough": borough, "wards": sorted(ward_pages, key=lambda p: p.title)})
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
