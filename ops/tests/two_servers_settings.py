"""Settings of the two app servers in ops/tests/test_two_servers.py: production's, unchanged,
except that static files are served from the apps' own directories (Django's plain storage,
no `collectstatic`). Collecting and compressing Wagtail's ~700 static files takes about a
minute; the deployment walkthrough (tools/deploy_walkthrough.py) covers collected static files
behind nginx, this test covers what the servers share."""

from cms.settings.production import *  # noqa: F403

STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}  # noqa: F405
