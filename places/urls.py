from django.urls import path

from . import views

app_name = "places"

urlpatterns = [
    path("postcode/", views.postcode_lookup, name="lookup"),
    path("postcode/near/", views.near_me, name="near"),
]
