"""Build the scale data set for benchmarks: the demo, then about 30,000 pages (demo/scale.py).

Idempotent: it loads the demo (itself idempotent), then adds only the scale pages that are missing.
Meant for a dedicated benchmark database (docs/performance.md), never one with editors' content."""

import time
from collections import Counter

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Locale, Page

from demo.base import DemoLog
from demo.scale import SIZES, build_scale, size
from home.models import HomePage


class Command(BaseCommand):
    help = "Build the benchmark data set: the demo plus ~30,000 pages in every locale (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--scale",
            type=float,
            default=1.0,
            help="Size relative to the full set (1 = ~30,000 pages; 0.01 for a quick test build).",
        )
        parser.add_argument("--skip-demo", action="store_true", help="Do not run load_demo first (it must have run).")

    def handle(self, *args, scale: float, skip_demo: bool, **options):
        if not 0 < scale <= 10:
            raise CommandError("--scale must be more than 0 and at most 10.")
        started = time.monotonic()
        verbose = options["verbosity"] > 0
        log = DemoLog(self.stdout.write if verbose else None)
        if not skip_demo:
            log.write("Loading the demo (load_demo)…")
            call_command("load_demo", verbosity=0)
            log.write(f"  Demo ready ({time.monotonic() - started:.1f} s)")
        home = HomePage.objects.filter(locale=Locale.get_default()).first()
        if home is None or not Page.objects.child_of(home).filter(slug="your-area").exists():
            raise CommandError("No demo site here: run `manage.py load_demo` first (or drop --skip-demo).")
        log.write(f"Adding the scale content (scale {scale:g}: per borough {self._sizes(scale)})…")
        counts = build_scale(home, scale, log)
        if verbose:
            self._report(counts, started)

    @staticmethod
    def _sizes(scale: float) -> str:
        return ", ".join(f"{size(name, scale)} {name}" for name in SIZES)

    def _report(self, counts: Counter, started: float) -> None:
        locales = dict(Locale.objects.values_list("pk", "language_code"))
        per_type = Counter()
        for (model, _locale), n in counts.items():
            per_type[model] += n
        for model, n in sorted(per_type.items()):
            self.stdout.write(f"  {model}: {n:,} new")
        per_locale = Counter()
        for (_model, locale), n in counts.items():
            per_locale[locales.get(locale, "?")] += n
        self.stdout.write("  New pages per locale: " + ", ".join(f"{c} {n:,}" for c, n in sorted(per_locale.items())))
        self.stdout.write(
            self.style.SUCCESS(
                f"Scale data ready: {sum(counts.values()):,} pages created, {Page.objects.count():,} pages in all "
                f"({time.monotonic() - started:.1f} s)."
            )
        )
