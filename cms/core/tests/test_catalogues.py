"""Every language the site offers has a complete, compiled catalogue of the site's own strings."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.utils.translation import to_locale

ROOT = Path(__file__).resolve().parents[3]


def test_every_language_has_a_catalogue():
    for code, _name in settings.LANGUAGES:
        if code == settings.LANGUAGE_CODE:
            continue
        directory = ROOT / "locale" / to_locale(code) / "LC_MESSAGES"
        assert (directory / "django.po").exists(), code
        assert (directory / "django.mo").exists(), code


def test_catalogues_cover_every_string_in_the_source():
    if not shutil.which("xgettext"):
        message = "GNU gettext (xgettext) is needed to check the catalogues: apt-get install gettext"
        if os.environ.get("ENGAGE_REQUIRE_BROWSER") == "1":
            pytest.fail(message)
        pytest.skip(message)
    result = subprocess.run(
        [sys.executable, "tools/check_catalogues.py"], cwd=ROOT, capture_output=True, text=True, timeout=600
    )
    assert result.returncode == 0, result.stdout + result.stderr
