"""What screens may ask of the window that holds them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any, Protocol

from kiosk.compose import Kiosk
from kiosk.config import Config
from kiosk.domain.catalog import Catalog
from kiosk.domain.scan import ScanResult
from kiosk.domain.session import VisitorSession
from kiosk.ui.i18n import LanguageSwitcher
from kiosk.ui.scan_worker import ScanWorker
from kiosk.ui.sync_bridge import SyncBridge


class Navigator(Protocol):
    """The main window, as the screens see it."""

    session: VisitorSession
    catalog: Catalog
    config: Config
    kiosk: Kiosk
    #: the interface language in use (``languages.lang``)
    languages: LanguageSwitcher
    #: the sync worker seen from the UI thread
    sync_bridge: SyncBridge

    def show_screen(self, name: str) -> None:
        """Go forward to the named screen (Back returns here)."""

    def back(self) -> None:
        """Go back one step."""

    def home(self) -> None:
        """Start over: wipe the session and show the welcome screen."""

    def choose_language(self, lang: str) -> None:
        """Switch the whole interface to ``lang`` and go on to the categories."""

    def advance(self, current: str) -> None:
        """Go to the step after ``current`` in the service's journey."""

    def issue_ticket(self) -> None:
        """Issue the session's ticket off the UI thread, then show it."""

    def run_job(self, work: Callable[[], Any], on_success: Callable[[Any], None],
                on_failure: Callable[[str, str], None]) -> None:
        """Run ``work`` off the UI thread; the callbacks run on it."""

    def make_scan_worker(self) -> ScanWorker:
        """A camera loop for the scan screen (not started)."""

    def parse_scanned(self, data: bytes) -> ScanResult:
        """What typed or scanned bytes are, with their verdict."""

    def now(self) -> datetime:
        """The kiosk clock."""

    def open_staff(self) -> None:
        """The hidden staff gesture was made: show the PIN pad."""

    def show_staff_panel(self) -> None:
        """The right staff PIN was typed: show the sync status panel."""

    def set_language(self, lang: str) -> None:
        """Switch the interface to ``lang`` where we are (staff screens)."""
