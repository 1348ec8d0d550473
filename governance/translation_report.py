"""The translation coverage report: per borough (and per site-wide section: advice, strategy,
anti-social behaviour…) and per locale, how many pages are translated, missing and out of date.

- Translated: the locale's page has its own content (`alias_of_id` is null).
- Missing: the English page has no real translation in that locale (still an alias of English).
- Out of date: a translated page whose English source was published after wagtail-localize last
  synced it (`TranslationSource.last_updated_at`, set when the source is extracted or synced); a
  page translated without wagtail-localize (no source) is out of date when the English page was
  published after it.

Central communications, translators and superusers see every row; a borough's editors see only
their own boroughs' rows. Queries are bounded: a fixed number whatever the size of the tree.
"""

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.db.models.functions import Substr
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Locale, Page
from wagtail_localize.models import TranslationSource

from boroughs.models import BoroughIndexPage, BoroughPage

from .dashboard import boroughs_for, subtree_q
from .models import BoroughRole, SiteGroup


def sees_whole_site(user) -> bool:
    """Superusers, Central communications and translators see every borough and section."""
    if not user.is_active or not user.is_authenticated:
        return False
    return user.is_superuser or SiteGroup.objects.filter(group__user=user).exists()


def report_roots(user) -> list[Page]:
    """The English roots of the rows this user may see: boroughs A to Z, then the site-wide
    sections (the home page's other children)."""
    if sees_whole_site(user):
        default = Locale.get_default()
        boroughs = list(BoroughPage.objects.filter(locale=default).order_by("title"))
        sections = list(
            Page.objects.filter(depth=3, locale=default)
            .exclude(content_type=ContentType.objects.get_for_model(BoroughIndexPage))
            .order_by("title")
        )
        return boroughs + sections
    return boroughs_for(user, BoroughRole.EDITORS)


def can_view_report(user) -> bool:
    return sees_whole_site(user) or bool(boroughs_for(user, BoroughRole.EDITORS))


def coverage_rows(roots: list[Page]) -> list[dict]:
    """One row per root and per non-default locale."""
    if not roots:
        return []
    default = Locale.get_default()
    locales = list(Locale.objects.exclude(pk=default.pk).order_by("language_code"))
    steplen = Page.steplen
    # Every locale's version of each root (one query)
    versions = list(
        Page.objects.filter(translation_key__in=[root.translation_key for root in roots]).values(
            "pk", "path", "depth", "translation_key", "locale_id", "alias_of_id"
        )
    )
    by_path = {v["path"]: v for v in versions}
    version_of = {(v["translation_key"], v["locale_id"]): v for v in versions}
    pages = Page.objects.filter(subtree_q(by_path)).order_by()
    # Totals and translated counts per locale and per root (one aggregate query)
    counts: dict = {}
    grouped = (
        pages.annotate(p3=Substr("path", 1, 3 * steplen), p4=Substr("path", 1, 4 * steplen))
        .values("locale_id", "p3", "p4")
        .annotate(total=Count("id"), translated=Count("id", filter=Q(alias_of__isnull=True)))
    )
    for row in grouped:
        root = by_path.get(row["p4"]) or by_path.get(row["p3"])
        if root is None:
            continue
        slot = counts.setdefault((root["translation_key"], row["locale_id"]), {"total": 0, "translated": 0})
        slot["total"] += row["total"]
        slot["translated"] += row["translated"]
    # Out of date: translated pages against their English page and its source (three queries)
    translated = list(
        pages.filter(alias_of__isnull=True)
        .exclude(locale=default)
        .values("path", "locale_id", "translation_key", "last_published_at")
    )
    keys = {row["translation_key"] for row in translated}
    english = dict(
        Page.objects.filter(locale=default, translation_key__in=keys).values_list(
            "translation_key", "last_published_at"
        )
    )
    synced = dict(
        TranslationSource.objects.filter(locale=default, object_id__in=keys).values_list("object_id", "last_updated_at")
    )
    stale: dict = {}
    for row in translated:
        changed = english.get(row["translation_key"])
        if changed is None:
            continue
        last_sync = synced.get(row["translation_key"], row["last_published_at"])
        if last_sync is None or changed > last_sync:
            root = by_path.get(row["path"][: 4 * steplen]) or by_path.get(row["path"][: 3 * steplen])
            if root is not None:
                key = (root["translation_key"], row["locale_id"])
                stale[key] = stale.get(key, 0) + 1
    root_sources = dict(
        TranslationSource.objects.filter(
            locale=default, object_id__in=[root.translation_key for root in roots]
        ).values_list("object_id", "pk")
    )
    rows = []
    for root in roots:
        english_total = counts.get((root.translation_key, default.pk), {}).get("total", 0)
        source_id = root_sources.get(root.translation_key)
        for locale in locales:
            done = counts.get((root.translation_key, locale.pk), {}).get("translated", 0)
            version = version_of.get((root.translation_key, locale.pk))
            rows.append(
                {
                    "root": root,
                    "is_borough": root.depth == 4,
                    "locale": locale,
                    "total": english_total,
                    "translated": done,
                    "missing": max(english_total - done, 0),
                    "out_of_date": stale.get((root.translation_key, locale.pk), 0),
                    "translate_url": reverse("wagtail_localize:submit_page_translation", args=[root.pk]),
                    "update_url": (
                        reverse("wagtail_localize:update_translations", args=[source_id]) if source_id else ""
                    ),
                    "edit_url": reverse("wagtailadmin_pages:edit", args=[version["pk"]]) if version else "",
                }
            )
    return rows


class TranslationCoverageReportView(WagtailAdminTemplateMixin, TemplateView):
    page_title = _("Translation coverage")
    header_icon = "site"
    template_name = "governance/translation_coverage.html"

    def dispatch(self, request, *args, **kwargs):
        if not can_view_report(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [{"url": "", "label": _("Reports")}, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["rows"] = coverage_rows(report_roots(self.request.user))
        return context


class TranslationCoverageMenuItem(MenuItem):
    def is_shown(self, request):
        return can_view_report(request.user)


def menu_item():
    return TranslationCoverageMenuItem(
        _("Translation coverage"),
        reverse("translation_coverage_report"),
        name="translation-coverage",
        icon_name="site",
        order=1050,
    )
