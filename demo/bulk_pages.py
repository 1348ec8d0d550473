"""Create many live pages at once, for the scale data set (demo/scale.py).

Wagtail's `add_child()` + `save_revision().publish()` costs dozens of queries per page (tree
locking, slug checks, a revision, a log entry, search and reference index updates, cache bumps);
30,000 of them take most of an hour. `BulkPages` instead:

- computes the tree paths (treebeard's materialised path) in memory, one query per parent;
- inserts the `wagtailcore_page` rows with one `bulk_create` per batch and each page type's own
  table with one multi-row INSERT per batch (Django refuses `bulk_create` for multi-table
  inheritance, so this uses the queryset's `_insert`, as `bulk_create` itself does);
- inserts inline children (orderables) and parental many-to-many rows with `bulk_create`;
- gives every English page an alias in each other locale, as wagtail-localize's locale
  synchronisation does (`alias_of` the English page, under the parent's alias or translation),
  copying its inline children and many-to-many rows;
- fires no model signals: the caller re-indexes search and references once, at the end.

The pages are live and published, without revisions (Wagtail edits a page without revisions from
its own row). Only for benchmark data: editors' pages go through Wagtail's own API.
"""

import copy
import uuid
from collections import defaultdict
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import F
from django.utils import timezone
from wagtail.models import Page

BATCH = 500


@dataclass
class Planned:
    """A page to create, its inline children by relation name, and its many-to-many targets."""

    page: Page
    children: dict[str, list] = field(default_factory=dict)
    m2m: dict[str, list] = field(default_factory=dict)


def _chunks(items: list, size: int = BATCH):
    for start in range(0, len(items), size):
        yield items[start : start + size]


class BulkPages:
    """Collects pages under existing parents, then `flush()` writes them all."""

    def __init__(self):
        self.planned: list[Planned] = []
        self._next_step: dict[int, int] = {}
        self._taken: dict[int, set[str]] = {}
        self._added: dict[int, int] = defaultdict(int)
        self.now = timezone.now()

    # -- planning ---------------------------------------------------------------------------
    def existing_slugs(self, parent: Page) -> set[str]:
        if parent.pk not in self._taken:
            rows = Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1).values_list("slug", "path")
            self._taken[parent.pk] = {slug for slug, _path in rows}
            last = max((path for _slug, path in rows), default=None)
            self._next_step[parent.pk] = Page._str2int(last[-Page.steplen :]) + 1 if last else 1
        return self._taken[parent.pk]

    def _place(self, parent_pk: int, parent_path: str, parent_depth: int, parent_url: str, page: Page) -> None:
        step = self._next_step[parent_pk]
        self._next_step[parent_pk] = step + 1
        self._added[parent_pk] += 1
        page.path = parent_path + Page._int2str(step).rjust(Page.steplen, "0")
        page.depth = parent_depth + 1
        page.url_path = f"{parent_url}{page.slug}/"
        page.numchild = 0
        page.live = True
        page.has_unpublished_changes = False
        page.draft_title = page.title
        page.first_published_at = page.last_published_at = self.now
        page.content_type = ContentType.objects.get_for_model(type(page))

    def add(self, parent: Page, page: Page, children: dict | None = None, m2m: dict | None = None) -> bool:
        """Plan `page` as the last child of `parent`; False (and nothing planned) if the slug is taken."""
        taken = self.existing_slugs(parent)
        if page.slug in taken:
            return False
        taken.add(page.slug)
        page.locale_id = parent.locale_id
        page.translation_key = uuid.uuid4()
        self._place(parent.pk, parent.path, parent.depth, parent.url_path, page)
        self.planned.append(Planned(page, children or {}, m2m or {}))
        return True

    # -- writing ----------------------------------------------------------------------------
    def flush(self, write=None) -> list[Planned]:
        """Write every planned page; return them (with their ids) and forget them."""
        planned, self.planned = self.planned, []
        write = write or (lambda message: None)
        for number, chunk in enumerate(_chunks(planned), start=1):
            self._insert_pages([p.page for p in chunk])
            self._insert_children(chunk)
            if number % 10 == 0:
                write(f"    {number * BATCH:,} of {len(planned):,} pages written")
        for parent_pk, added in self._added.items():
            Page.objects.filter(pk=parent_pk).update(numchild=F("numchild") + added)
        self._added.clear()
        return planned

    @staticmethod
    def _insert_pages(pages: list[Page]) -> None:
        base_fields = [f for f in Page._meta.concrete_fields if not f.primary_key]
        bases = [Page(**{f.attname: getattr(page, f.attname) for f in base_fields}) for page in pages]
        Page.objects.bulk_create(bases, batch_size=BATCH)
        by_model = defaultdict(list)
        for page, base in zip(pages, bases, strict=True):
            page.id = page.pk = base.pk
            page.page_ptr_id = base.pk
            by_model[type(page)].append(page)
        for model, objs in by_model.items():
            fields = list(model._meta.local_concrete_fields)
            size = max(1, connection.ops.bulk_batch_size(fields, objs))
            for chunk in _chunks(objs, min(size, BATCH)):
                model._base_manager._insert(chunk, fields=fields)

    @staticmethod
    def _insert_children(planned: list[Planned]) -> None:
        children = defaultdict(list)
        through_rows = defaultdict(list)
        for item in planned:
            page = item.page
            for relation, objs in item.children.items():
                key = type(page)._meta.get_field(relation).field.attname
                for obj in objs:
                    setattr(obj, key, page.pk)
                    children[type(obj)].append(obj)
            for name, targets in item.m2m.items():
                m2m_field = type(page)._meta.get_field(name)
                through = m2m_field.remote_field.through
                source, target = m2m_field.m2m_field_name(), m2m_field.m2m_reverse_field_name()
                for obj in targets:
                    through_rows[through].append(through(**{f"{source}_id": page.pk, f"{target}_id": obj.pk}))
        for model, objs in children.items():
            model.objects.bulk_create(objs, batch_size=BATCH)
        for through, rows in through_rows.items():
            through.objects.bulk_create(rows, batch_size=BATCH)

    # -- aliases ----------------------------------------------------------------------------
    def plan_aliases(self, originals: list[Planned], locale_ids: list[int]) -> int:
        """Plan an alias of each original page in each locale, under its parent's counterpart
        there (translation or alias). Pages whose parent has no counterpart are skipped."""
        parent_paths = {item.page.path[: -Page.steplen] for item in originals}
        parents = Page.objects.filter(path__in=parent_paths).values("path", "translation_key")
        key_of = {row["path"]: row["translation_key"] for row in parents}
        counterparts = {
            (row["translation_key"], row["locale_id"]): row
            for row in Page.objects.filter(translation_key__in=set(key_of.values()), locale_id__in=locale_ids).values(
                "pk", "path", "depth", "url_path", "translation_key", "locale_id"
            )
        }
        planned = 0
        for item in originals:
            original = item.page
            parent_key = key_of.get(original.path[: -Page.steplen])
            for locale_id in locale_ids:
                parent = counterparts.get((parent_key, locale_id))
                if parent is None:
                    continue
                if parent["pk"] not in self._next_step:
                    self.existing_slugs(Page(pk=parent["pk"], path=parent["path"], depth=parent["depth"]))
                if original.slug in self._taken[parent["pk"]]:
                    continue
                self._taken[parent["pk"]].add(original.slug)
                alias = copy.copy(original)
                alias.pk = alias.id = alias.page_ptr_id = None
                alias._state = copy.copy(original._state)
                alias._state.adding = True
                alias.alias_of_id = original.pk
                alias.locale_id = locale_id
                alias.translation_key = original.translation_key
                self._place(parent["pk"], parent["path"], parent["depth"], parent["url_path"], alias)
                self.planned.append(
                    Planned(
                        alias,
                        {name: [_copy_child(obj) for obj in objs] for name, objs in item.children.items()},
                        item.m2m,
                    )
                )
                planned += 1
        return planned


def _copy_child(obj):
    clone = copy.copy(obj)
    clone._state = copy.copy(obj._state)
    clone._state.adding = True
    clone.pk = None
    return clone
