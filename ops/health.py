"""/health/ (liveness) and /ready/ (readiness) for load balancers and orchestrators.

Both are outside the language prefix, need no login, are never cached and show no personal
data: only the name of each service and "ok", "degraded" or "unavailable".

- /health/ answers 200 while the process can answer at all; it touches no service.
- /ready/ checks the database, the shared cache and the media storage (django-health-check's
  checks). Without the database nothing works: 503. Without the cache the site serves uncached,
  and without the storage pages still render (uploads fail): the node stays in rotation with
  200 and "status": "degraded", so one shared outage does not take every server out at once.
"""

import dataclasses

from django.core.cache import caches
from django.http import JsonResponse
from django.utils.cache import add_never_cache_headers
from health_check.base import HealthCheck
from health_check.checks import Database, Storage
from health_check.exceptions import ServiceUnavailable
from health_check.views import HealthCheckView


@dataclasses.dataclass
class SharedCache(HealthCheck):
    """The cache answers a ping (fail-soft backend) or a write and read-back (any other backend)."""

    alias: str = "default"

    def run(self):
        cache = caches[self.alias]
        if hasattr(cache, "ping"):
            if not cache.ping():
                raise ServiceUnavailable("unreachable")
            return
        cache.set("engage:ready-probe", "ok", 10)
        if cache.get("engage:ready-probe") != "ok":
            raise ServiceUnavailable("does not keep values")


CRITICAL = {"database"}


class ReadyView(HealthCheckView):
    checks = ()

    def get_checks(self):
        return [Database(), SharedCache(), Storage()]

    async def get(self, request, *args, **kwargs):
        import asyncio

        with self.get_executor() as executor:
            results = await asyncio.gather(*(check.get_result(executor) for check in self.get_checks()))
        names = {Database: "database", SharedCache: "cache", Storage: "storage"}
        services = {}
        for result in results:
            name = names[type(result.check)]
            services[name] = "ok" if result.error is None else ("unavailable" if name in CRITICAL else "degraded")
        if any(services[name] != "ok" for name in CRITICAL):
            status, code = "unavailable", 503
        elif any(value != "ok" for value in services.values()):
            status, code = "degraded", 200
        else:
            status, code = "ok", 200
        return JsonResponse({"status": status, "services": services}, status=code)


async def health(request):
    response = JsonResponse({"status": "ok"})
    add_never_cache_headers(response)
    return response
