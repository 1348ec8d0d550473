"""Wagtail hooks: who sees submissions, the audit's log actions and its report."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import AdminOnlyMenuItem

from . import admin_urls, audit
from .access import form_pages_for_user


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
    return [path("governance/", include(admin_urls, namespace="governance"))]


@hooks.register("register_reports_menu_item")
def register_personal_data_report():
    return AdminOnlyMenuItem(
        _("Personal data access"),
        reverse("governance:personal_data_access"),
        name="personal-data-access",
        icon_name="view",
        order=1100,
    )
