"""Build the demo site: taxonomy, the 12 BCUs, all 32 boroughs and what each domain adds.

Idempotent: it creates what is missing and leaves what exists alone, so a second run changes
nothing. Every domain app contributes a loader; the home app, which gathers from the domains,
calls them in dependency order."""

import time

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction

from advice.demo import load_advice, load_featured_advice, load_taxonomy
from boroughs.demo import load_boroughs, load_neighbourhoods
from cms.core.demo import DemoLog
from concerns.demo import load_concern_pages
from demo.find import load_find_demo
from home.setup import ensure_site_root
from home.translations import load_translations
from meetings.demo import load_meetings
from strategy.demo import load_strategy


class Command(BaseCommand):
    help = "Load the demo content (idempotent: safe to run again)."

    def handle(self, *args, **options):
        started = time.monotonic()
        verbose = options["verbosity"] > 0
        log = DemoLog(self.stdout.write if verbose else None)
        log.write("Loading demo content…")
        with transaction.atomic():
            home = ensure_site_root()
            locale = home.locale
            load_taxonomy(locale, log)
            load_boroughs(home, log)
            load_neighbourhoods(home, log)
            # --- find (issue 18): ONS GSS codes of the boroughs and demo wards, then the sample postcodes.
            load_find_demo(home, log)
            # ---
            load_advice(home, log)
            load_featured_advice(home, log)
            load_meetings(home, log)  # after the boroughs' priorities, which its actions link to
            load_strategy(home, log)
            load_concern_pages(home, log)  # after the wards, which concerns and survey answers name
            load_translations(log)  # last: translates pages created above (home/demo_translations/*.po)
            # Roles and the approval workflow for every borough (governance app, by command name).
            call_command("setup_roles", verbosity=0)
            if getattr(settings, "ENGAGE_DEMO_USERS", False):
                call_command("ensure_demo_users", quiet=True)
        if verbose:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Demo content ready: {log.created} created, {log.existing} already there "
                    f"({time.monotonic() - started:.1f} s)."
                )
            )
