"""Wagtail hooks: who sees submissions, the audit's log actions and its report, and the role
dashboards (panels, summary counts, the explorer's starting page)."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import AdminOnlyMenuItem
from wagtail.admin.site_summary import PagesSummaryItem
from wagtail.admin.ui.sidebar import PageExplorerMenuItem as PageExplorerMenuItemComponent
from wagtail.admin.wagtail_hooks import ExplorerMenuItem
from wagtail.models import GroupPagePermission

from . import admin_urls, audit, dashboard, translation_report
from .access import form_pages_for_user
from .models import BoroughRole


@hooks.register("filter_form_submissions_for_user")
def submissions_only_for_handlers(user, editable_forms):
    """Replace Wagtail's rule ("whoever may edit the form page") with ours: the borough's concern
    handlers and superusers. The queryset Wagtail passes in is deliberately not used."""
    return form_pages_for_user(user)


@hooks.register("register_log_actions")
def register_personal_data_actions(actions):
    audit.register_actions(actions)


@hooks.register("register_admin_urls")
def register_governance_urls():
    return [
        path("governance/", include(admin_urls, namespace="governance")),
        path(
            "reports/translation-coverage/",
            translation_report.TranslationCoverageReportView.as_view(),
            name="translation_coverage_report",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_translation_coverage_report():
    return translation_report.menu_item()


@hooks.register("register_reports_menu_item")
def register_personal_data_report():
    return AdminOnlyMenuItem(
        _("Personal data access"),
        reverse("governance:personal_data_access"),
        name="personal-data-access",
        icon_name="view",
        order=1100,
    )


# Role dashboards (governance/dashboard.py): each role's admin home opens on its own work.


@hooks.register("construct_homepage_panels")
def add_role_panels(request, panels):
    user = request.user
    if dashboard.is_approver(user):
        panels.append(dashboard.ApproverPanel(user))
    for borough in dashboard.boroughs_for(user, BoroughRole.EDITORS):
        panels.append(dashboard.EditorPanel(user, borough))
    handled = dashboard.boroughs_for(user, BoroughRole.HANDLERS)
    if handled:
        panels.append(dashboard.HandlerPanel(user, handled))


def _own_start_page(user):
    """A borough editor's own borough (the first, A to Z, if several); None for a user with
    permissions above the boroughs (Central communications, translators, superusers).

    Wagtail starts a user at the closest common ancestor of the pages they may edit; a borough
    editor edits their borough in every locale, and those pages have only the tree root in common,
    so the explorer would open on eleven home pages."""
    if user.is_superuser:
        return None
    boroughs = dashboard.boroughs_for(user, BoroughRole.EDITORS)
    if not boroughs:
        return None
    above_boroughs = GroupPagePermission.objects.filter(group__user=user, page__depth__lt=boroughs[0].depth)
    return None if above_boroughs.exists() else boroughs[0]


@hooks.register("construct_homepage_summary_items", order=100)
def borough_summary_items(request, items):
    """A borough editor sees their borough's page count, not the site's; a handler sees new concerns."""
    borough = _own_start_page(request.user)
    if borough is not None:
        items[:] = [item for item in items if not isinstance(item, PagesSummaryItem)]
        items.insert(0, dashboard.BoroughPagesSummaryItem(request, borough))
    if dashboard.boroughs_for(request.user, BoroughRole.HANDLERS):
        items.append(dashboard.NewConcernsSummaryItem(request))


class BoroughExplorerMenuItem(ExplorerMenuItem):
    """Wagtail's "Pages" menu item, opening at the editor's own borough."""

    def __init__(self, *args, start_page, **kwargs):
        super().__init__(*args, **kwargs)
        self.start_page = start_page

    def get_context(self, request):
        context = super().get_context(request)
        context["start_page_id"] = self.start_page.pk
        return context

    def render_component(self, request):
        return PageExplorerMenuItemComponent(
            self.name, self.label, self.url, self.start_page.pk, icon_name=self.icon_name, classname=self.classname
        )


@hooks.register("construct_main_menu", order=100)
def explorer_opens_at_own_borough(request, menu_items):
    borough = _own_start_page(request.user)
    if borough is None:
        return
    for index, item in enumerate(menu_items):
        if item.name == "explorer":
            menu_items[index] = BoroughExplorerMenuItem(
                item.label,
                reverse("wagtailadmin_explore", args=[borough.pk]),
                name=item.name,
                icon_name=item.icon_name,
                classname=item.classname,
                order=item.order,
                start_page=borough,
            )
