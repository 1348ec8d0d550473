"""Public alert URLs, under the language prefix (/pl/alerts/...), so each page answers in the
reader's language. Signed tokens are opaque path segments."""

from django.urls import path

from . import views

app_name = "alerts"

urlpatterns = [
    path("", views.signup, name="signup"),
    path("check-your-email/", views.check_email, name="check_email"),
    path("confirm/<str:token>/", views.confirm, name="confirm"),
    path("manage/<str:token>/", views.manage, name="manage"),
    path("unsubscribe/<str:token>/", views.one_click_unsubscribe, name="unsubscribe"),
    path("rate/<str:token>/", views.rate, name="rate"),
    path("messages/", views.archive, name="archive"),
    path("messages/feed/", views.ArchiveFeed(), name="feed"),
    path("messages/<int:pk>/", views.message, name="message"),
    path("messages/borough/<slug:borough_slug>/", views.archive, name="archive_borough"),
    path("messages/borough/<slug:borough_slug>/feed/", views.ArchiveFeed(), name="feed_borough"),
]
