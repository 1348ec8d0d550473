"""Build the demo site: taxonomy, the 12 BCUs, all 32 boroughs and what each domain adds.

Idempotent: it creates what is missing and leaves what exists alone, so a second run changes
nothing. The loaders and their order are the plain list `demo.loaders.LOADERS`. The search and
reference indexes are updated once per saved object at the end (demo/indexing.py)."""

import time

from django.core.management.base import BaseCommand
from django.db import transaction

from demo.base import DemoLog
from demo.indexing import deferred_index_updates
from demo.loaders import LOADERS
from home.setup import ensure_site_root


class Command(BaseCommand):
    help = "Load the demo content (idempotent: safe to run again)."

    def handle(self, *args, **options):
        started, cpu = time.monotonic(), time.process_time()
        verbose = options["verbosity"] > 0
        log = DemoLog(self.stdout.write if verbose else None)
        log.write("Loading demo content…")
        with transaction.atomic(), deferred_index_updates():
            home = ensure_site_root()
            for loader in LOADERS:
                loader(home, log)
        if verbose:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Demo content ready: {log.created} created, {log.existing} already there "
                    f"({time.monotonic() - started:.1f} s, {time.process_time() - cpu:.1f} s of CPU)."
                )
            )
