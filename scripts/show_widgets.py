"""Render each widget of the kit to a PNG, to look at them without a touch screen.

    QT_QPA_PLATFORM=offscreen python scripts/show_widgets.py [out_dir]

Writes to /tmp/widgets-png/ by default.  Pictograms missing from assets/pictograms are
replaced by simple stand-ins drawn into a temporary folder, for the look only.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kiosk.paths import assets_dir
from kiosk.ui.theme import apply_theme
from kiosk.ui.widgets import (
    ChecklistItem,
    MessageBanner,
    MoreTimeOverlay,
    OnScreenKeyboard,
    QrWidget,
    StepHeader,
    TileButton,
)

RTL = Qt.LayoutDirection.RightToLeft
LTR = Qt.LayoutDirection.LeftToRight
_STAND_INS = {
    "passport": '<rect x="18" y="8" width="60" height="80" rx="6" fill="#0B6B5A"/>'
                '<circle cx="48" cy="42" r="14" fill="none" stroke="#fff" stroke-width="4"/>'
                '<rect x="32" y="66" width="32" height="5" fill="#fff"/>',
    "id-card": '<rect x="6" y="20" width="84" height="56" rx="6" fill="#1F5E8C"/>'
               '<circle cx="30" cy="46" r="11" fill="#fff"/>'
               '<rect x="48" y="38" width="32" height="5" fill="#fff"/>'
               '<rect x="48" y="52" width="24" height="5" fill="#fff"/>',
    "car": '<rect x="8" y="40" width="80" height="28" rx="8" fill="#B5471B"/>'
           '<path d="M22 40 30 22h36l8 18z" fill="#B5471B"/>'
           '<circle cx="28" cy="70" r="9" fill="#333"/><circle cx="68" cy="70" r="9" fill="#333"/>',
}


#: Real pictogram names used below, with the stand-in drawn when one is missing.
_PICTOS = {"passport": "passport", "cnie": "id-card", "vehicle_temporary_import": "car"}


def pictogram_folder() -> Path:
    """assets/pictograms, or a temporary folder of stand-ins when ours are missing."""
    real = assets_dir() / "pictograms"
    if all((real / f"{name}.svg").is_file() for name in _PICTOS):
        return real
    folder = Path(tempfile.mkdtemp(prefix="jisr-pictos-"))
    for name, stand_in in _PICTOS.items():
        body = _STAND_INS[stand_in]
        svg = f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 96 96">{body}</svg>'
        (folder / f"{name}.svg").write_text(svg, encoding="utf-8")
    return folder


def save(widget: QWidget, out: Path, name: str, width: int, height: int = 0) -> None:
    """Show ``widget`` at ``width`` (and its natural or given height), save a PNG."""
    widget.resize(width, height or widget.sizeHint().height())
    widget.show()
    QApplication.processEvents()
    if not height:
        widget.resize(width, widget.sizeHint().height())
        QApplication.processEvents()
    widget.grab().save(str(out / f"{name}.png"))
    print(out / f"{name}.png")


def keyboards(out: Path) -> None:
    """The keyboard on each layout, typing into a field above it."""
    for layout, direction in (("ar", RTL), ("azerty", LTR), ("qwerty", LTR), ("digits", LTR)):
        QApplication.setLayoutDirection(direction)
        box = QWidget()
        column = QVBoxLayout(box)
        edit = QLineEdit()
        keyboard = OnScreenKeyboard("ar" if layout == "ar" else "fr")
        keyboard.attach(edit)
        keyboard.set_layout(layout)
        column.addWidget(edit)
        column.addWidget(keyboard)
        samples = {"ar": "بحث عن جواز", "azerty": "Hélène", "qwerty": "Smith",
                   "digits": "+212 6"}
        for char in samples[layout]:
            button = keyboard.key_button(char.lower()) or keyboard.special_key("space")
            if char.isupper():
                keyboard.special_key("shift").click()
            button.click()
        if layout == "azerty":
            keyboard.special_key("shift").click()
        save(box, out, f"keyboard_{layout}", 1280)


def tiles(out: Path, pictos: Path) -> None:
    """Four tiles, one with a missing pictogram and one with a long label."""
    for direction, texts in ((LTR, ("Passport", "National ID card (CNIE)",
                                     "Temporary import of a vehicle", "Something else")),
                             (RTL, ("جواز السفر", "البطاقة الوطنية للتعريف الإلكترونية",
                                    "الاستيراد المؤقت للسيارة", "شيء آخر"))):
        QApplication.setLayoutDirection(direction)
        box = QWidget()
        row = QHBoxLayout(box)
        row.setSpacing(20)
        for text, picto in zip(texts, (*_PICTOS, "missing"), strict=True):
            tile = TileButton(pictos / f"{picto}.svg", text)
            if picto == "vehicle_temporary_import":
                tile.set_detail("~ 20 min")
            row.addWidget(tile)
        save(box, out, f"tiles_{'rtl' if direction == RTL else 'ltr'}", 1100,
             max(box.heightForWidth(1100), box.sizeHint().height()))


def checklist(out: Path) -> None:
    """Two document rows, the first ticked, in both directions."""
    for direction, rows in ((LTR, (("Passport", "Original, valid 6 months"),
                                   ("Two ID photos", ""))),
                            (RTL, (("جواز السفر", "الأصل، صالح لمدة 6 أشهر"),
                                   ("صورتان شمسيتان", "")))):
        QApplication.setLayoutDirection(direction)
        box = QWidget()
        column = QVBoxLayout(box)
        for index, (text, detail) in enumerate(rows):
            item = ChecklistItem(text, detail)
            item.setChecked(index == 0)
            column.addWidget(item)
        save(box, out, f"checklist_{'rtl' if direction == RTL else 'ltr'}", 900)


def headers(out: Path) -> None:
    """The step header in French-like LTR and Arabic RTL."""
    for direction, title, name in ((LTR, "Which document do you need?", "header_ltr"),
                                   (RTL, "ما هي الوثيقة التي تحتاجها؟", "header_rtl")):
        QApplication.setLayoutDirection(direction)
        header = StepHeader(title)
        header.set_step(2, 5)
        save(header, out, name, 1280)


def others(out: Path) -> None:
    """QR code, banners, and the overlay over a mock screen."""
    QApplication.setLayoutDirection(LTR)
    qr = QrWidget("JISR|TNG01|A-042|2025-07-14T10:32|passport-renewal")
    save(qr, out, "qr", 320, 320)
    box = QWidget()
    column = QVBoxLayout(box)
    for level, text in (("error", "The printer is not answering. Please go to the counter; "
                                  "an agent will help you."),
                        ("info", "Your ticket number is A-042."), ("ok", "Saved.")):
        banner = MessageBanner()
        banner.show_message(text, level)
        column.addWidget(banner)
    save(box, out, "banners", 900)
    for direction, name in ((LTR, "overlay"), (RTL, "overlay_rtl")):
        QApplication.setLayoutDirection(direction)
        window = QWidget()
        window.setAutoFillBackground(True)
        column = QVBoxLayout(window)
        header = StepHeader("Your documents")
        header.set_step(3, 5)
        column.addWidget(header)
        column.addWidget(QLabel("Screen content below the overlay"), 1)
        if direction == RTL:
            header.set_title("وثائقك")
        overlay = MoreTimeOverlay(window)
        window.resize(1280, 800)
        window.show()
        overlay.start(15)
        save(window, out, name, 1280, 800)
        overlay.stop()


def screens(out: Path, pictos: Path) -> None:
    """A whole 1280x800 screen (header, field, tiles, checklist, keyboard) per direction."""
    for direction, lang, title, tiles_text, doc, query in (
            (LTR, "fr", "Que cherchez-vous ?", ("Passeport", "Carte nationale (CNIE)",
                                                "Véhicule"), "Acte de naissance", "pass"),
            (RTL, "ar", "عن ماذا تبحث؟", ("جواز السفر", "البطاقة الوطنية", "السيارة"),
             "عقد الازدياد", "جواز")):
        QApplication.setLayoutDirection(direction)
        window = QWidget()
        window.setAutoFillBackground(True)
        column = QVBoxLayout(window)
        column.setContentsMargins(0, 0, 0, 0)
        header = StepHeader(title)
        header.set_step(1, 5)
        column.addWidget(header)
        body = QVBoxLayout()
        body.setContentsMargins(32, 16, 32, 0)
        body.setSpacing(14)
        edit = QLineEdit(query)
        body.addWidget(edit)
        row = QHBoxLayout()
        for text, picto in zip(tiles_text, _PICTOS, strict=True):
            row.addWidget(TileButton(pictos / f"{picto}.svg", text))
        body.addLayout(row)
        body.addWidget(ChecklistItem(doc))
        column.addLayout(body, 1)
        keyboard = OnScreenKeyboard(lang)
        keyboard.attach(edit)
        column.addWidget(keyboard)
        save(window, out, f"screen_{lang}", 1280, 800)


def main() -> int:
    """Render everything into the folder given (default /tmp/widgets-png)."""
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/widgets-png")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    apply_theme(app)
    pictos = pictogram_folder()
    keyboards(out)
    tiles(out, pictos)
    checklist(out)
    headers(out)
    others(out)
    screens(out, pictos)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
