"""Starting the console around an already-built kiosk (``kiosk console``)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from kiosk.compose import Kiosk
from kiosk.queue_desk import QueueDesk
from kiosk.ui.console.window import ConsoleWindow
from kiosk.ui.i18n import LanguageSwitcher
from kiosk.ui.running import run_window
from kiosk.ui.theme import apply_theme
from kiosk.ui.widgets.staff_header import STAFF_LANGUAGES

#: an agent's PC (the window's size when not full screen)
WINDOW_SIZE = (1366, 768)


def first_language(kiosk: Kiosk, wanted: str | None = None) -> str:
    """The console's language at start: ``wanted``, else the kiosk's first language
    when it is a staff language, else French."""
    for lang in (wanted, *kiosk.config.kiosk.languages):
        if lang in STAFF_LANGUAGES:
            return lang
    return "fr"


def create_console(kiosk: Kiosk, app: QApplication, lang: str | None = None,
                   desk: QueueDesk | None = None) -> ConsoleWindow:
    """Fonts, theme, the staff languages, and the console window, ready to show
    (``desk``: the counters' use case, ``kiosk.queue_desk()`` when None)."""
    apply_theme(app)
    languages = LanguageSwitcher(app, STAFF_LANGUAGES)
    window = ConsoleWindow(kiosk, languages, desk=desk)
    window.set_language(first_language(kiosk, lang))
    app.installEventFilter(window.idle)
    return window


def run_console(kiosk: Kiosk, fullscreen: bool = True, exit_after_start: bool = False,
                lang: str | None = None, started: float | None = None) -> int:
    """Run the console until it is closed; return the exit status."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Jisr console")
    window = create_console(kiosk, app, lang)
    # The sync worker sends this PC's events (the counter's too) and feeds the Sync tab.
    return run_window(app, window, window.firstFramePainted, fullscreen=fullscreen,
                      size=WINDOW_SIZE, exit_after_start=exit_after_start, started=started,
                      services=[kiosk.sync])
