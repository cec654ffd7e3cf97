"""Starting the call board around a built kiosk and a queue source."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kiosk.compose import Kiosk
from kiosk.config import Config
from kiosk.devices.announcer import CallAnnouncer, make_announcer
from kiosk.domain.catalog import Catalog
from kiosk.domain.ports import QueueSource
from kiosk.domain.text import pick
from kiosk.ui.board.groups import GroupName
from kiosk.ui.board.window import BoardSettings, BoardWindow
from kiosk.ui.fonts import load_fonts, ui_font
from kiosk.ui.running import run_window

log = logging.getLogger(__name__)

#: Where the chime is kept in the data directory (staff may put their own chime.wav).
SOUNDS_DIR = "sounds"


def _clean(name: str) -> str:
    return name.replace("\u00ad", "")  # the catalog's soft hyphens (long German words)


def board_settings(config: Config, catalog: Catalog) -> BoardSettings:
    """The board of this site: its name, the groups of the services it offers (in the
    catalog's order, named in Arabic and French), its counters."""
    used = {service.group for service in catalog.in_context(config.site.context)}
    groups = tuple(GroupName(group.id, _clean(pick(group.names, "ar")),
                             _clean(pick(group.names, "fr")))
                   for group in catalog.groups.values() if group.id in used)
    return BoardSettings(site_name=config.site.name, groups=groups,
                         counters=config.site.counters)


def run_board(kiosk: Kiosk, source: QueueSource, fullscreen: bool = True,
              exit_after_start: bool = False, started: float | None = None,
              announcer: CallAnnouncer | None = None) -> int:
    """Show the board until it is closed; return the exit status.

    ``announcer`` defaults to the one this machine can have (chime and speech, chime
    only, or silent); it is closed at the end either way.
    """
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Jisr board")
    load_fonts()
    app.setStyle("Fusion")
    app.setFont(ui_font(20))
    if announcer is None:
        announcer = make_announcer(kiosk.data_dir / SOUNDS_DIR)
    window = BoardWindow(board_settings(kiosk.config, kiosk.catalog), source, announcer,
                         kiosk.desk.clock)
    if fullscreen:
        app.setOverrideCursor(Qt.CursorShape.BlankCursor)  # a TV: no pointer on the calls
    try:  # the window reads the queue while it runs (its start and stop)
        return run_window(app, window, window.firstFramePainted, fullscreen=fullscreen,
                          size=(1280, 720), exit_after_start=exit_after_start,
                          started=started, services=[window])
    finally:
        announcer.close()
