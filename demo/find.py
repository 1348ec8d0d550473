"""Demo data for finding things (issue 18): the boroughs' and wards' GSS codes, then the SAMPLE
postcode file (places/data/ONSPD_SAMPLE_engage_demo.csv) so the postcode box answers in the demo.
Both steps are idempotent."""

from pathlib import Path

from places.onspd import import_onspd

from .base import DemoLog
from .gss_codes import load_gss_codes

SAMPLE = Path(__file__).resolve().parent.parent / "places" / "data" / "ONSPD_SAMPLE_engage_demo.csv"


def load_find_demo(home, log: DemoLog) -> None:
    load_gss_codes(home, log)
    with SAMPLE.open(encoding="utf-8", newline="") as lines:
        result = import_onspd(lines)
    log.step("Sample postcodes (not ONSPD data)", result.created, result.london)
