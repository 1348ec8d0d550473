#!/usr/bin/env python3
"""Fail when any of the site's own strings is missing from a language's catalogue.

Runs Django's `makemessages` for every language in settings.LANGUAGES on a temporary copy of the
source tree (so the real catalogues are never touched), then reports, per language, the msgids
that are untranslated or fuzzy. It also checks every committed catalogue is complete and that its
compiled .mo is current. Needs GNU gettext (`xgettext`, `msgmerge`). Exit 0: complete."""

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent
IGNORE = shutil.ignore_patterns(".venv", ".git", "media", "staticfiles", "node_modules", "__pycache__", "*.sqlite3")
SOURCE_DIRS = [p for p in ROOT.iterdir() if p.is_dir() and (p / "__init__.py").exists()] + [ROOT / "templates"]


def locale_dirs() -> dict[str, Path]:
    return {path.name: path for path in sorted((ROOT / "locale").iterdir()) if path.is_dir()}


def problems_in(po_path: Path) -> list[str]:
    po = polib.pofile(str(po_path))
    return [e.msgid for e in po.untranslated_entries()] + [e.msgid for e in po.fuzzy_entries()]


def main() -> int:
    failures: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for source in SOURCE_DIRS:
            shutil.copytree(source, work / source.name, ignore=IGNORE)
        shutil.copytree(ROOT / "locale", work / "locale")
        shutil.copy(ROOT / "manage.py", work / "manage.py")
        languages = list(locale_dirs())
        args = [sys.executable, "manage.py", "makemessages", "--no-obsolete", "-v0"]
        args += ["--ignore=tests", "--ignore=*/tests/*", "--ignore=tools"]
        for language in languages:
            args += ["-l", language]
        env = {**os.environ, "DJANGO_SETTINGS_MODULE": "cms.settings.test", "PYTHONPATH": str(work)}
        subprocess.run(args, cwd=work, env=env, check=True)
        for language in languages:
            missing = problems_in(work / "locale" / language / "LC_MESSAGES" / "django.po")
            if missing:
                failures.append(f"{language}: {len(missing)} string(s) missing, e.g. {missing[:3]}")
    for language, path in locale_dirs().items():
        po_path = path / "LC_MESSAGES" / "django.po"
        mo_path = path / "LC_MESSAGES" / "django.mo"
        if problems_in(po_path):
            failures.append(f"{language}: the committed catalogue has untranslated or fuzzy entries")
        if not mo_path.exists():
            failures.append(f"{language}: django.mo missing (run manage.py compilemessages)")
        else:
            compiled = {e.msgid: e.msgstr for e in polib.mofile(str(mo_path))}
            source = {e.msgid: e.msgstr for e in polib.pofile(str(po_path)) if e.translated() and not e.msgid_plural}
            stale = [m for m, s in source.items() if m and compiled.get(m) != s]
            if stale:
                failures.append(f"{language}: django.mo is out of date (run manage.py compilemessages)")
    if failures:
        print("Message catalogues are incomplete:\n  " + "\n  ".join(failures))
        return 1
    print(f"Message catalogues complete for {len(locale_dirs())} languages.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
