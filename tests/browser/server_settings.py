"""Settings for the demo server the browser tests drive: the test settings, with the concern
form's time trap and rate limit relaxed (a browser is faster than any resident), and the one
origin of absolute URLs set to the server's own address (tests/browser/conftest.py)."""

import os

from cms.settings.test import *  # noqa: F403

ENGAGE_BASE_URL = WAGTAILADMIN_BASE_URL = os.environ.get("ENGAGE_BASE_URL", ENGAGE_BASE_URL)  # noqa: F405

ENGAGE_CONCERN_MIN_SECONDS = 0
ENGAGE_CONCERN_RATE_LIMIT = (1000, 600)
DEBUG = False
