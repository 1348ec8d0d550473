from django.urls import path

from .views import PersonalDataAccessReportView

app_name = "governance"
urlpatterns = [
    path("personal-data-access/", PersonalDataAccessReportView.as_view(), name="personal_data_access"),
    path(
        "personal-data-access/results/",
        PersonalDataAccessReportView.as_view(results_only=True),
        name="personal_data_access_results",
    ),
]
