"""Screenshots of the field team's screens (docs/screenshots/field-*.png), on sample cases.

    xvfb-run -a --server-args="-screen 0 1366x768x24 -dpi 96" \\
        env QT_QPA_PLATFORM=xcb .venv/bin/python scripts/field_screenshots.py OUT_DIR

Builds a throwaway kiosk, adds a field team account, records a few sample cases for it
(through the same FieldDesk the screens use), logs in through the window as a member
would (name, PIN), and saves the list and a case being edited, in French and in Arabic.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.accounts import hash_account_pin
from kiosk.compose import build_kiosk
from kiosk.store.staff import StaffStore
from kiosk.ui.field.app import create_field_window, field_desk
from kiosk.ui.field.window import FieldWindow

PIN = "528163"
CASES = [
    {"case_type": "medical", "person_name": "Fatima Zahra Bénani", "country": "BE",
     "lang": "nl", "vehicle_plate": "1-ABC-234",
     "what_happened": "Malaise dans la file d'embarquement, port de Tanger Med, 14 h.",
     "action_taken": "Premiers soins par l'équipe du Croissant-Rouge.",
     "referral": "Hôpital Mohammed VI, Tanger", "follow_up": "Appeler la famille à 18 h."},
    {"case_type": "customs", "person_name": "Hassan El Amrani", "country": "FR",
     "lang": "fr", "vehicle_plate": "AB-123-CD",
     "what_happened": "Déclaration d'admission temporaire du véhicule perdue."},
    {"case_type": "social", "person_name": "عائشة الإدريسي", "country": "ES", "lang": "ary",
     "what_happened": "Famille de cinq personnes sans hébergement après l'annulation "
                      "de la traversée."},
    {"case_type": "transport", "person_name": "Youssef Ouchen", "country": "NL",
     "lang": "zgh", "vehicle_plate": "12345-أ-6",
     "what_happened": "Panne sur l'aire de repos d'Oued Laou."},
]


def wait(app: QApplication, ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def until(app: QApplication, done: object, ms: int = 15000) -> None:
    for _ in range(ms // 50):
        if done():  # type: ignore[operator]
            return
        wait(app, 50)
    raise SystemExit("timed out")


def shoot(app: QApplication, window: QWidget, path: Path) -> None:
    """Save the window at 1366x768 (a field team's laptop)."""
    window.resize(1366, 768)
    wait(app, 400)
    window.grab().save(str(path))
    print(path)


def main(out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    kiosk = build_kiosk(Path(tempfile.mkdtemp(prefix="field-shots-")))
    member = StaffStore(kiosk.store.engine).add(
        "Samira Idrissi", "field", hash_account_pin(PIN), datetime.now().astimezone())
    desk = field_desk(kiosk)
    for values in CASES:
        desk.record(member.id, values)
    first = desk.cases(member.id).cases[-1]
    desk.update(member.id, first.id, {"follow_up": "Famille jointe, sortie de l'hôpital "
                                                   "prévue demain matin."})
    window: FieldWindow = create_field_window(kiosk, app, "fr")
    window.resize(1366, 768)
    window.show()
    until(app, lambda: member.id in window.login.buttons)
    window.login.choose(member.id)
    for digit in PIN:
        window.login.pad.keys[digit].click()
    window.login.pad.keys["ok"].click()
    until(app, lambda: window.page == "cases" and window.cases.shown is not None)
    for lang in ("fr", "ar"):
        window.set_language(lang)
        window.show_cases()
        until(app, lambda: window.cases.table.rowCount() == len(CASES))
        shoot(app, window, out / f"field-list-{lang}.png")
        window.cases.table.cellClicked.emit(len(CASES) - 1, 0)
        until(app, lambda: window.page == "form")
        shoot(app, window, out / f"field-case-{lang}.png")
        window.form.cancel()
        until(app, lambda: window.page == "cases")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")))
