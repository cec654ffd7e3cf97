"""Shared test setup: Qt runs without a display, and the translations are compiled.

The installer compiles translations/*.ts to .qm; a developer who edited a .ts since
would otherwise test against a stale .qm, and see English where CI sees French.
"""

import os
import shutil
import subprocess
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TRANSLATIONS = Path(__file__).resolve().parents[1] / "translations"


def _compile_stale_translations() -> None:
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    tool = str(lrelease) if lrelease.exists() else shutil.which("pyside6-lrelease")
    if tool is None:
        return  # the translation tests say so themselves
    for ts in TRANSLATIONS.glob("*.ts"):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True,
                           timeout=60)


_compile_stale_translations()
