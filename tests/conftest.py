"""Shared test setup: Qt runs without a display (offscreen platform)."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
