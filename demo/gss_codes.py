"""Demo data: the ONS GSS codes of the 32 boroughs and the demo wards (demo/data/gss_codes.json).

Idempotent: a page that already has a code (an editor may have set it) is left alone; a page
that gets one is saved as a new published revision, so the editor sees it in the admin."""

import json
from pathlib import Path

from boroughs.models import BoroughPage, WardPage

from .base import DemoLog

DATA = Path(__file__).parent / "data" / "gss_codes.json"


def load_gss_codes(home, log: DemoLog) -> None:
    data = json.loads(DATA.read_text(encoding="utf-8"))
    created = total = 0
    boroughs = {b.slug: b for b in BoroughPage.objects.descendant_of(home).filter(locale_id=home.locale_id)}
    for slug, code in data["boroughs"].items():
        borough = boroughs.get(slug)
        if borough is None:
            continue
        total += 1
        created += _set_code(borough, code)
        for ward_slug, ward_code in data["wards"].get(slug, {}).items():
            ward = WardPage.objects.child_of(borough).filter(slug=ward_slug).first()
            if ward is not None:
                total += 1
                created += _set_code(ward, ward_code)
    log.step("GSS codes of boroughs and wards", created, total)


def _set_code(page, code: str) -> bool:
    if page.gss_code:
        return False
    page.gss_code = code
    page.save_revision().publish()
    return True
