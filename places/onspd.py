"""Import the ONS Postcode Directory (ONSPD) CSV: streaming, idempotent, in bulk.

The published file has one row per postcode ever issued in the UK (about 2.7 million) with, among
many columns: `pcd`/`pcd2`/`pcds` (the postcode in three spacings), `doterm` (date terminated,
empty while live), `oslaua` (local authority GSS code), `osward` (ward GSS code), `lat`/`long`
(WGS84 centroid, 99.999999/0.000000 where there is no grid reference) and `pfa` (police force
area). Newer editions name some columns by year (`lad25cd`, `wd25cd`, `pcd7`…): both are read.

Kept: live postcodes in London (local authority E09…) in full; for everywhere else, only which
police force areas each outward code touches. Terminated postcodes are skipped, and removed if an
earlier import stored them. A second import of the same file changes nothing.
"""

import csv
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from django.db import transaction

from .models import OutwardForce, Postcode
from .postcodes import compact

BATCH = 5000
PROGRESS_EVERY = 100_000

# Column name (lower case) → what we use it for; the first present wins.
COLUMNS = {
    "postcode": ["pcds", "pcd", "pcd2", "pcd7", "pcd8"],
    "terminated": ["doterm"],
    "borough": ["oslaua", re.compile(r"^lad\d\dcd$")],
    "ward": ["osward", re.compile(r"^wd\d\dcd$")],
    "latitude": ["lat"],
    "longitude": ["long"],
    "force": ["pfa", re.compile(r"^pfa\d\dcd$")],
}


class OnspdFormatError(ValueError):
    pass


@dataclass
class ImportResult:
    rows: int = 0
    london: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    terminated: int = 0
    removed: int = 0
    outside: int = 0
    forces_added: int = 0
    bad_rows: int = 0
    outward_forces: set = field(default_factory=set)

    @property
    def changed(self) -> int:
        return self.created + self.updated + self.removed + self.forces_added


def _columns(header: list[str]) -> dict[str, int]:
    names = [name.strip().lower().lstrip("\ufeff") for name in header]
    found = {}
    for key, candidates in COLUMNS.items():
        for candidate in candidates:
            matches = [
                i
                for i, n in enumerate(names)
                if (candidate.match(n) if isinstance(candidate, re.Pattern) else n == candidate)
            ]
            if matches:
                found[key] = matches[0]
                break
    missing = [key for key in COLUMNS if key not in found]
    if missing:
        raise OnspdFormatError(f"Not an ONSPD file: no column for {', '.join(missing)} (header: {header[:12]}…)")
    return found


def _coordinate(value: str) -> float | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    # ONSPD's "no grid reference": latitude 99.999999, longitude 0.000000.
    return None if number >= 99 else number


def import_onspd(lines: Iterable[str], progress: Callable[[str], None] | None = None) -> ImportResult:
    """Import ONSPD rows from an iterable of CSV lines (an open text file); see the module docstring."""
    progress = progress or (lambda message: None)
    reader = csv.reader(line for line in lines if not line.startswith("#"))
    try:
        header = next(reader)
    except StopIteration:
        raise OnspdFormatError("The file is empty.") from None
    col = _columns(header)
    result = ImportResult()
    batch: list[Postcode] = []
    gone: list[str] = []
    for row in reader:
        result.rows += 1
        if result.rows % PROGRESS_EVERY == 0:
            progress(f"  {result.rows:,} rows read, {result.london:,} London postcodes kept…")
        try:
            code = compact(row[col["postcode"]])
            borough = row[col["borough"]].strip()
        except IndexError:
            result.bad_rows += 1
            continue
        if not code:
            result.bad_rows += 1
            continue
        if row[col["terminated"]].strip():
            result.terminated += 1
            if borough.startswith("E09"):
                gone.append(code)
            continue
        if not borough.startswith("E09"):
            result.outside += 1
            force = row[col["force"]].strip()
            if force:
                result.outward_forces.add((code[:-3], force))
            continue
        result.london += 1
        batch.append(
            Postcode(
                postcode=code,
                outward=code[:-3],
                borough_code=borough,
                ward_code=row[col["ward"]].strip(),
                latitude=_coordinate(row[col["latitude"]]),
                longitude=_coordinate(row[col["longitude"]]) if _coordinate(row[col["latitude"]]) is not None else None,
            )
        )
        if len(batch) >= BATCH:
            _save(batch, result)
            batch = []
        if len(gone) >= BATCH:
            result.removed += Postcode.objects.filter(postcode__in=gone).delete()[0]
            gone = []
    _save(batch, result)
    if gone:
        result.removed += Postcode.objects.filter(postcode__in=gone).delete()[0]
    _save_forces(result)
    progress(f"  {result.rows:,} rows read.")
    return result


FIELDS = ["outward", "borough_code", "ward_code", "latitude", "longitude"]


@transaction.atomic
def _save(batch: list[Postcode], result: ImportResult) -> None:
    if not batch:
        return
    # The same postcode twice in one file: the last row wins.
    by_code = {p.postcode: p for p in batch}
    existing = Postcode.objects.in_bulk(list(by_code))
    new, changed = [], []
    for code, postcode in by_code.items():
        old = existing.get(code)
        if old is None:
            new.append(postcode)
        elif any(getattr(old, f) != getattr(postcode, f) for f in FIELDS):
            changed.append(postcode)
        else:
            result.unchanged += 1
    Postcode.objects.bulk_create(new, batch_size=BATCH)
    Postcode.objects.bulk_update(changed, FIELDS, batch_size=1000)
    result.created += len(new)
    result.updated += len(changed)


@transaction.atomic
def _save_forces(result: ImportResult) -> None:
    existing = set(OutwardForce.objects.values_list("outward", "force_code"))
    missing = sorted(result.outward_forces - existing)
    OutwardForce.objects.bulk_create([OutwardForce(outward=o, force_code=f) for o, f in missing], batch_size=BATCH)
    result.forces_added = len(missing)
