"""Admin integration: the editor's "alert residents" switch with the number it will reach (in the
page editor's action menu, so it travels with every way of publishing: publish, submit for
approval, schedule), the alerts menu and its views."""

from django.apps import apps
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.action_menu import ActionMenuItem
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem

from concerns.forms import SURVEY_EXTENSION_HOOK
from concerns.permissions import submissions_for_user

from . import admin_urls, matching, permissions
from .models import PublishChoice
from .survey import survey_opt_in

FIELD = "alerts-send"
MARKER = "alerts-choice"


class AlertSwitchMenuItem(ActionMenuItem):
    """A checkbox, on by default: "Alert N subscribers when this is published"."""

    name = "alerts-switch"
    label = _("Alert subscribers")
    template_name = "alerts/admin/alert_switch.html"
    order = 1000  # never the default (first) item

    @staticmethod
    def page_class(context):
        page = context.get("page")
        if page is not None:
            return type(page)
        match = getattr(context["request"], "resolver_match", None)
        kwargs = match.kwargs if match else {}
        try:
            return apps.get_model(kwargs.get("content_type_app_name", ""), kwargs.get("content_type_model_name", ""))
        except (LookupError, ValueError):
            return None

    def is_shown(self, context):
        page_class = self.page_class(context)
        return page_class is not None and issubclass(page_class, matching.ALERT_PAGE_TYPES)

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        page = parent_context.get("page")
        if page is not None and page.pk:
            reach = matching.count_for_page(page)
        else:
            reach = matching.count_for_new(self.page_class(parent_context), parent_context.get("parent_page"))
        context.update({"reach": reach, "field": FIELD, "marker": MARKER})
        return context


@hooks.register("register_page_action_menu_item")
def register_alert_switch():
    return AlertSwitchMenuItem()


def remember_choice(request, page):
    """Record the switch for the revision just saved (publish, submit or schedule)."""
    if request.method != "POST" or request.POST.get(MARKER) != "1":
        return
    revision_id = getattr(page, "latest_revision_id", None)
    if revision_id is None:
        return
    PublishChoice.objects.update_or_create(
        revision_id=revision_id,
        defaults={"send": request.POST.get(FIELD) == "1", "chosen_by": request.user},
    )


# The priority survey's opt-in: respondents may ask for alerts about the concerns they chose.
hooks.register(SURVEY_EXTENSION_HOOK, survey_opt_in)

hooks.register("before_publish_page", remember_choice)
hooks.register("after_create_page", remember_choice)
hooks.register("after_edit_page", remember_choice)


@hooks.register("register_admin_urls")
def register_alerts_admin_urls():
    return [path("alerts/", include(admin_urls, namespace="alerts_admin"))]


class BoroughMenuItem(MenuItem):
    def is_shown(self, request):
        if not hasattr(request, "_alerts_menu_shown"):  # once per request, not once per item
            request._alerts_menu_shown = bool(permissions.boroughs_for_user(request.user)) or (
                permissions.can_send_forcewide(request.user)
            )
        return request._alerts_menu_shown


class HandlerMenuItem(MenuItem):
    def is_shown(self, request):
        return submissions_for_user(request.user).exists()


@hooks.register("register_admin_menu_item")
def register_alerts_menu():
    menu = Menu(
        items=[
            BoroughMenuItem(_("Messages and ratings"), reverse("alerts_admin:report"), name="alerts-report", order=1),
            BoroughMenuItem(
                _("Send a message to subscribers"), reverse("alerts_admin:compose"), name="alerts-compose", order=2
            ),
            BoroughMenuItem(_("Subscribers"), reverse("alerts_admin:subscribers"), name="alerts-subscribers", order=3),
            HandlerMenuItem(
                _("Updates to residents"), reverse("alerts_admin:concern_replies"), name="alerts-replies", order=4
            ),
        ]
    )
    return SubmenuMenuItem(_("Alerts"), menu, name="alerts", icon_name="mail", order=720)
