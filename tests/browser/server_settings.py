"""Settings for the demo server the browser tests drive: the test settings, with the concern
form's time trap and rate limit relaxed (a browser is faster than any resident)."""

from cms.settings.test import *  # noqa: F403

ENGAGE_CONCERN_MIN_SECONDS = 0
ENGAGE_CONCERN_RATE_LIMIT = (1000, 600)
DEBUG = False
