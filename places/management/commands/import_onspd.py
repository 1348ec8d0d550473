"""`manage.py import_onspd ONSPD_FEB_2026_UK.csv`: load the ONS Postcode Directory (places/onspd.py)."""

import time

from django.core.management.base import BaseCommand, CommandError

from places.onspd import OnspdFormatError, import_onspd


class Command(BaseCommand):
    help = (
        "Import the ONS Postcode Directory CSV (the 'Data/ONSPD_<MMM>_<YYYY>_UK.csv' file of the ONSPD "
        "download): London postcodes in full, police force areas for the rest. Idempotent."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="Path to the ONSPD CSV file.")

    def handle(self, *args, path, **options):
        started = time.monotonic()
        verbose = options["verbosity"] > 0
        write = self.stdout.write if verbose else None
        try:
            with open(path, encoding="utf-8-sig", newline="") as lines:
                if write:
                    write(f"Importing {path}…")
                result = import_onspd(lines, progress=write)
        except FileNotFoundError:
            raise CommandError(f"No such file: {path}") from None
        except (OnspdFormatError, UnicodeDecodeError) as error:
            raise CommandError(str(error)) from None
        if verbose:
            self.stdout.write(
                self.style.SUCCESS(
                    f"{result.rows:,} rows: {result.london:,} live London postcodes "
                    f"({result.created:,} new, {result.updated:,} changed, {result.unchanged:,} unchanged), "
                    f"{result.terminated:,} terminated skipped ({result.removed:,} removed), "
                    f"{result.outside:,} outside London ({result.forces_added:,} new outward-code force areas), "
                    f"{result.bad_rows:,} unreadable rows; {time.monotonic() - started:.1f} s."
                )
            )
