"""Helpers for idempotent demo loading: create what is missing, never touch what exists, and read
the demo content from the JSON files in demo/data/."""

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from django.db import transaction
from wagtail.models import Page

DATA_DIR = Path(__file__).resolve().parent / "data"


def data(name: str) -> Any:
    """The content of `demo/data/<name>.json` (read afresh on each call: loaders may change it)."""
    return json.loads((DATA_DIR / f"{name}.json").read_text(encoding="utf-8"))


class DemoLog:
    """Counts what a loader created or found, and prints one progress line per step."""

    def __init__(self, write: Callable[[str], None] | None = None):
        self.write = write or (lambda message: None)
        self.created = 0
        self.existing = 0

    def step(self, label: str, created: int, total: int) -> None:
        self.created += created
        self.existing += total - created
        self.write(f"  {label}: {total} ({created} new)")


def child_page(parent: Page, model: type[Page], slug: str, **fields) -> tuple[Page, bool]:
    """Return the live child of `parent` with `slug`, creating and publishing it if missing.

    An existing page is returned untouched, so a second run changes nothing and an editor's
    changes to demo pages are never overwritten."""
    existing = model.objects.child_of(parent).filter(slug=slug).first()
    if existing is not None:
        return existing, False
    with transaction.atomic():
        page = model(slug=slug, **fields)
        parent.add_child(instance=page)
        page.save_revision().publish()
    return page, True
