from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import admin_urls
from .admin_views import ConcernSubmissionsListView
from .models import ConcernFormPage
from .permissions import surveys_for_user
from .sections import borough_section

# The admin's list of a concern form's submissions (read by FormMixin.get_submissions_list_view_class).
# Set here, by the admin side, because the admin views import the models.
ConcernFormPage.submissions_list_view_class = ConcernSubmissionsListView


@hooks.register("register_admin_urls")
def register_concerns_admin_urls():
    return [path("concerns/", include(admin_urls, namespace="concerns_admin"))]


class SurveyMenuItem(MenuItem):
    def is_shown(self, request):
        return surveys_for_user(request.user).exists()


@hooks.register("register_admin_menu_item")
def register_survey_menu_item():
    return SurveyMenuItem(
        _("Priority surveys"),
        reverse("concerns_admin:surveys"),
        name="priority-surveys",
        icon_name="list-ul",
        order=710,
    )


hooks.register("engage_borough_sections", borough_section)
