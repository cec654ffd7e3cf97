"""What the staff screens share: no accessibility bar, and the staff bar on top (title,
the staff's language, Close)."""

from __future__ import annotations

from kiosk.ui.navigator import Navigator
from kiosk.ui.screens.base import Screen
from kiosk.ui.widgets.staff_header import StaffHeader


class StaffScreen(Screen):
    """A screen for kiosk staff: a :class:`StaffHeader` instead of the visitors' header.

    Close goes back to the welcome screen; a language button switches the interface
    where we are.
    """

    accessibility_bar = False  # staff only

    def __init__(self, nav: Navigator) -> None:
        super().__init__(nav, with_header=False)
        self.staff_header = StaffHeader()
        self.staff_header.closeRequested.connect(nav.home)
        self.staff_header.languageRequested.connect(nav.set_language)
        self.root.insertWidget(0, self.staff_header)

    def show_staff_header(self, title: str) -> None:
        """The bar's title (already translated) and the language in use."""
        self.staff_header.set_title(title)
        self.staff_header.set_language(self.nav.languages.lang)
