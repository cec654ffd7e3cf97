"""The sync package keeps to its place: no Qt, no server, and light to start."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

SYNC = Path(__file__).resolve().parents[2] / "kiosk" / "sync"


def test_sync_imports_neither_the_ui_nor_the_server_nor_qt() -> None:
    bad = []
    for path in sorted(SYNC.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import) else
                     [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            bad += [f"{path.name}: {n}" for n in names
                    if n.startswith(("kiosk.ui", "kiosk.server", "PySide6", "kiosk.devices"))]
    assert bad == []


def test_status_and_the_runner_load_without_requests_qt_or_the_camera() -> None:
    code = ("import sys, kiosk.sync.cli, kiosk.sync.runner, kiosk.sync.report;"
            "print(sorted(m for m in ('requests', 'PySide6', 'cv2', 'fastapi')"
            " if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60, check=True)
    assert done.stdout.strip() == "[]"
