"""Operations URLs, outside the language prefix: liveness, readiness and local-disk media."""

from django.conf import settings
from django.urls import path, re_path

from .health import ReadyView, health
from .media import media

urlpatterns = [
    path("health/", health, name="health"),
    path("ready/", ReadyView.as_view(), name="ready"),
]

if settings.DEBUG or getattr(settings, "ENGAGE_SERVE_MEDIA", False):
    urlpatterns.append(re_path(rf"^{settings.MEDIA_URL.strip('/')}/(?P<path>.+)$", media, name="media"))
