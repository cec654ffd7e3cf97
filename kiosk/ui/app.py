"""Starting the Qt application around an already-built kiosk."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtWidgets import QApplication

from kiosk.compose import Kiosk
from kiosk.ui.i18n import LanguageSwitcher
from kiosk.ui.main_window import MainWindow
from kiosk.ui.running import Service, run_window
from kiosk.ui.theme import apply_theme
from kiosk.ui.widgets.staff_header import STAFF_LANGUAGES

log = logging.getLogger(__name__)


def create_window(kiosk: Kiosk, app: QApplication) -> MainWindow:
    """Fonts, theme, language and the main window, ready to show."""
    # Before any widget: our fonts (assets/fonts, never the system's; every text of every
    # language, mixed scripts too, is drawn from the chain kiosk.ui.fonts.FAMILIES), then
    # style, palette, stylesheet, and the chain as the base font.
    apply_theme(app)
    # the visitors' languages, and the staff screens' (staff pick theirs on the panel)
    offered = tuple(dict.fromkeys((*kiosk.config.kiosk.languages, *STAFF_LANGUAGES)))
    languages = LanguageSwitcher(app, offered)
    languages.switch(kiosk.config.kiosk.languages[0])
    window = MainWindow(kiosk, languages)
    app.installEventFilter(window.idle)
    app.installEventFilter(window.tap_guard)
    return window


def install_crash_guard(window: MainWindow) -> None:
    """An exception escaping a Qt slot is our bug: log its type and place (never its
    message, which may carry a visitor's details) and start the visit over, rather than
    leave a half-built screen; the kiosk keeps running."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        log.error("unexpected error in the interface: %s\n%s", kind.__name__,
                  "".join(traceback.format_tb(tb)))
        try:
            window.home()
        except Exception as again:  # the reset itself failed: nothing more to try
            log.error("start-over failed too: %s", type(again).__name__)

    sys.excepthook = hook


def run_kiosk(kiosk: Kiosk, fullscreen: bool = True, exit_after_start: bool = False,
              started: float | None = None) -> int:
    """Run the kiosk until it is closed; return the exit status."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Jisr")
    window = create_window(kiosk, app)
    install_crash_guard(window)
    # The sync worker: built (not started) by kiosk.compose, started with the window.
    services: list[Service] = [kiosk.sync]
    if kiosk.hall_hint is not None:
        services.append(kiosk.hall_hint)
    return run_window(app, window, window.firstFramePainted, fullscreen=fullscreen,
                      size=(1280, 800), exit_after_start=exit_after_start, started=started,
                      services=services)
