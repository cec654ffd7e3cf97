"""Starting the field team's window around an already-built kiosk (``kiosk field``)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from kiosk.compose import Kiosk
from kiosk.errors import InputError
from kiosk.field_desk import FieldDesk
from kiosk.store.field import FieldStore
from kiosk.store.staff import StaffStore
from kiosk.sync.enrolment import load_enrolment
from kiosk.ui.console.app import WINDOW_SIZE, first_language
from kiosk.ui.field.window import FieldWindow, PickFolder, pick_folder
from kiosk.ui.i18n import LanguageSwitcher
from kiosk.ui.running import run_window
from kiosk.ui.theme import apply_theme
from kiosk.ui.widgets.staff_header import STAFF_LANGUAGES


def field_desk(kiosk: Kiosk) -> FieldDesk:
    """The field cases of this device: the kiosk's database, its enrolled site (else
    the configured one), its clock."""
    try:
        enrolment = load_enrolment(kiosk.data_dir)
    except InputError:  # a damaged enrolment: cases are still recorded, under the config's
        enrolment = None
    site = enrolment.site_code if enrolment is not None else kiosk.config.site.code
    return FieldDesk(FieldStore(kiosk.store.engine), kiosk.data_dir, site,
                     kiosk.desk.clock.now)


def create_field_window(kiosk: Kiosk, app: QApplication, lang: str | None = None,
                        folder_picker: PickFolder = pick_folder) -> FieldWindow:
    """Fonts, theme, the staff languages, and the field window, ready to show."""
    apply_theme(app)
    languages = LanguageSwitcher(app, STAFF_LANGUAGES)
    window = FieldWindow(field_desk(kiosk), StaffStore(kiosk.store.engine), languages,
                         kiosk.config.queue.lock_after_s, folder_picker=folder_picker)
    window.set_language(first_language(kiosk, lang))
    app.installEventFilter(window.idle)
    return window


def run_field(kiosk: Kiosk, fullscreen: bool = True, exit_after_start: bool = False,
              lang: str | None = None, started: float | None = None) -> int:
    """Run the field window until it is closed; return the exit status.  The sync
    worker runs too: cases go to the centre whenever a connection exists."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Jisr field")
    window = create_field_window(kiosk, app, lang)
    return run_window(app, window, window.firstFramePainted, fullscreen=fullscreen,
                      size=WINDOW_SIZE, exit_after_start=exit_after_start, started=started,
                      services=[kiosk.sync])
