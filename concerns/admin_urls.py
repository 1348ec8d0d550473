from django.urls import path

from .admin_views import ConcernDetailView, SurveyIndexView, SurveyResultsView

app_name = "concerns_admin"
urlpatterns = [
    path("<int:pk>/", ConcernDetailView.as_view(), name="detail"),
    path("surveys/", SurveyIndexView.as_view(), name="surveys"),
    path("surveys/<int:page_id>/", SurveyResultsView.as_view(), name="survey_results"),
]
