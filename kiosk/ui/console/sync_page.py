"""The console's Sync tab: the kiosk's sync panel and its refused events, as they are.

The panel (:class:`~kiosk.ui.screens.staff_sync.StaffSyncScreen`) is reused whole,
without its own top bar (the console has one).  Its list of refused events is swapped
for one where Discard is a supervisor's act: an agent may Retry; the Discard button
is not offered to them at all.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from kiosk.sync.status import SyncControl
from kiosk.ui.screens.staff_sync import StaffSyncScreen
from kiosk.ui.widgets.dead_letters import DeadLetterList

if TYPE_CHECKING:
    from kiosk.ui.navigator import Navigator


class RoleDeadLetters(DeadLetterList):
    """Refused events with Retry for everyone and Discard for supervisors only."""

    def __init__(self, nav: Navigator, control: SyncControl, may_discard: bool) -> None:
        super().__init__(nav, control)
        self.may_discard = may_discard

    def set_may_discard(self, may: bool) -> None:
        """Who is logged in changed."""
        self.may_discard = may
        self._show_discard()

    def show_list(self) -> None:
        """The list, with Discard only for supervisors."""
        super().show_list()
        self._show_discard()

    def discard(self, event_id: str) -> None:
        """Set aside for good: refused unless a supervisor is logged in."""
        if self.may_discard:
            super().discard(event_id)

    def _show_discard(self) -> None:
        for row in self.rows.values():
            row.discard.setVisible(self.may_discard)


def sync_page(nav: object, may_discard: bool) -> StaffSyncScreen:
    """The sync panel for the console ``nav`` (it offers what the panel uses of a
    navigator: ``sync_bridge``, ``run_job``, ``now``, ``languages``, ``home`` and
    ``set_language``)."""
    navigator = cast("Navigator", nav)
    page = StaffSyncScreen(navigator)
    page.staff_header.hide()
    old = page.dead_letters
    new = RoleDeadLetters(navigator, page.bridge.control, may_discard)
    new.changed.connect(page.bridge.refresh)
    page.content.replaceWidget(old, new)
    old.hide()
    old.deleteLater()
    page.dead_letters = new
    return page
