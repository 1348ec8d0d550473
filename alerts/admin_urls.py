from django.urls import path

from . import admin_views

app_name = "alerts_admin"

urlpatterns = [
    path("", admin_views.AlertReportView.as_view(), name="report"),
    path("send/", admin_views.ComposeView.as_view(), name="compose"),
    path("subscribers/", admin_views.SubscribersView.as_view(), name="subscribers"),
    path("subscribers/export.csv", admin_views.export_subscribers, name="export"),
    path("concerns/", admin_views.ConcernRepliesView.as_view(), name="concern_replies"),
    path("concerns/<int:pk>/", admin_views.ConcernReplyView.as_view(), name="concern_reply"),
]
