"""What the UI tests share: a real kiosk window on a fresh data directory, and a tap."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.compose import Kiosk, build_kiosk, ensure_demo_config
from kiosk.ui.app import create_window
from kiosk.ui.main_window import MainWindow


def demo_kiosk(data: Path, **kiosk_settings: int) -> Kiosk:
    """The demo site on ``data``, built by the real composition root.

    ``kiosk_settings`` override [kiosk] values after loading (tests use timeouts of a
    second, which the config file itself refuses).
    """
    ensure_demo_config(data)
    kiosk = build_kiosk(data)
    if kiosk_settings:
        kiosk.config = dataclasses.replace(
            kiosk.config, kiosk=dataclasses.replace(kiosk.config.kiosk, **kiosk_settings))
    return kiosk


def make_window(qtbot: QtBot, kiosk: Kiosk) -> MainWindow:
    """The kiosk window, 1280x800, shown; closed by qtbot after the test."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window = create_window(kiosk, app)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    return window


def click(qtbot: QtBot, widget: object) -> None:
    """A tap on ``widget``."""
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]


def tap_through_to(window: MainWindow, qtbot: QtBot, lang: str, category: str,
                   service: str) -> None:
    """Touch the welcome screen, pick ``lang``, then the category and service tiles."""
    click(qtbot, window.screens["welcome"])
    click(qtbot, window.screens["language"].buttons[lang])  # type: ignore[attr-defined]
    tap_tiles(window, qtbot, category, service)


def tap_tiles(window: MainWindow, qtbot: QtBot, category: str, service: str) -> None:
    """From the categories screen: the category tile, then the service tile."""
    click(qtbot, window.screens["categories"].tiles[category])  # type: ignore[attr-defined]
    click(qtbot, window.screens["services"].tiles[service])  # type: ignore[attr-defined]
