"""Operations: what running Engage in production needs, apart from any content or resident data.

It stands apart from `cms.core` (which renders content) and from the domains because none of
this is about content: health and readiness endpoints for load balancers, the system checks for
shared services and the job schedule, the scheduler that runs ENGAGE_SCHEDULE on one node, the
request id carried into the JSON logs, serving local-disk media, and reference-index tasks that
survive rows replaced before the worker runs. It imports no domain app.
"""

from django.apps import AppConfig


class OpsConfig(AppConfig):
    name = "ops"
    verbose_name = "Operations"

    def ready(self):
        from . import checks  # noqa: F401  (registers the system checks)
        from .reference_index import install

        install()  # reference-index tasks that tolerate replaced rows (ops/reference_index.py)
