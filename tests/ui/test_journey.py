"""The whole visitor journey through the real widgets, down to the PDF and SQLite rows.

Every step is a click on the widget a visitor would touch; names are typed on the
on-screen keyboard key by key.  The kiosk is built by the real composition root on a
fresh data directory: real SQLite file, real PDF renderer, PDF-only printer.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from kiosk.ui.main_window import MainWindow
from kiosk.ui.widgets.keyboard import OnScreenKeyboard
from kiosk.usecases import IssuedTicket
from tests.ui.kiosk_helpers import (
    click,
    demo_kiosk,
    make_window,
    tap_through_to,
)

ROLL_WIDTH_PT = 80 / 25.4 * 72


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    # The test clicks faster than any hand: no tap guard here (it has its own test).
    return make_window(qtbot, demo_kiosk(tmp_path / "data", tap_guard_ms=0))


def type_on(keyboard: OnScreenKeyboard, qtbot: QtBot, text: str) -> None:
    """Touch the keyboard's keys one by one (shift for capitals, space bar for spaces)."""
    for char in text:
        if char == " ":
            key = keyboard.special_key("space")
        else:
            if char.isupper():
                shift = keyboard.special_key("shift")
                assert shift is not None
                qtbot.mouseClick(shift, Qt.MouseButton.LeftButton)
            key = keyboard.key_button(char.lower())
        assert key is not None, f"no key for {char!r} on layout {keyboard.current_layout()}"
        qtbot.mouseClick(key, Qt.MouseButton.LeftButton)


def rows(data: Path, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(data / "jisr.sqlite3") as db:
        return db.execute(sql).fetchall()


@pytest.mark.parametrize("lang,name,service_fr", [
    ("fr", "Amina El Idrissi", "Passeport biométrique"),
    ("ar", "محمد العلوي", "Passeport biométrique"),
])
def test_a_visitor_gets_a_passport_ticket(window: MainWindow, qtbot: QtBot, lang: str,
                                          name: str, service_fr: str,
                                          caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    screens = window.screens
    click(qtbot, screens["welcome"])
    assert window.current == "language"
    click(qtbot, screens["language"].buttons[lang])  # type: ignore[attr-defined]
    expected = Qt.LayoutDirection.RightToLeft if lang == "ar" else Qt.LayoutDirection.LeftToRight
    assert QApplication.layoutDirection() == expected
    assert window.current == "categories"
    click(qtbot, screens["categories"].tiles["travel"])  # type: ignore[attr-defined]
    click(qtbot, screens["services"].tiles["passport"])  # type: ignore[attr-defined]
    card = screens["card"]
    assert window.current == "card"
    checklist = card.checklist  # type: ignore[attr-defined]
    first_doc = next(iter(checklist))
    click(qtbot, checklist[first_doc])
    assert window.session.documents_ready == {first_doc}
    click(qtbot, card.next_button)  # type: ignore[attr-defined]

    assert window.current == "notice"
    click(qtbot, screens["notice"].accept)  # type: ignore[attr-defined]
    details = screens["details"]
    assert window.current == "details"
    keyboard = details.keyboard  # type: ignore[attr-defined]
    name_field = details.inputs["full_name"]  # type: ignore[attr-defined]
    assert isinstance(name_field, QLineEdit)
    click(qtbot, name_field)
    type_on(keyboard, qtbot, name)
    assert name_field.text() == name
    click(qtbot, details.next_button)  # type: ignore[attr-defined]
    assert window.current == "details", "the CNIE number is required"
    assert details.errors["cnie"].isVisible()  # type: ignore[attr-defined]
    cnie = details.inputs["cnie"]  # type: ignore[attr-defined]
    click(qtbot, cnie)
    assert keyboard.current_layout() in ("azerty", "qwerty")
    type_on(keyboard, qtbot, "AB")
    click(qtbot, keyboard.special_key("switch-digits"))
    type_on(keyboard, qtbot, "123456")
    assert cnie.text() == "AB123456"
    click(qtbot, details.next_button)  # type: ignore[attr-defined]

    assert window.current == "priority"
    click(qtbot, screens["priority"].buttons["elderly"])  # type: ignore[attr-defined]
    assert window.current == "confirm"
    with qtbot.waitSignal(window.ticketIssued, timeout=20000) as issued_signal:
        click(qtbot, screens["confirm"].confirm)  # type: ignore[attr-defined]
    issued = issued_signal.args[0]
    assert isinstance(issued, IssuedTicket)
    ticket = issued.ticket
    assert window.current == "ticket"
    assert screens["ticket"].number.text() == ticket.number  # type: ignore[attr-defined]
    assert ticket.number.startswith("V-")

    # The paper: a real 80 mm PDF naming the ticket and the service.
    pdf = PdfReader(str(issued.pdf))
    text = "\n".join(page.extract_text() for page in pdf.pages)
    assert ticket.number in text and service_fr in text
    assert abs(float(pdf.pages[0].mediabox.width) - ROLL_WIDTH_PT) < 0.5

    # The rows: request with its details, ticket, and its outbox entry, committed together.
    data = window.kiosk.data_dir
    assert rows(data, "SELECT number, priority FROM tickets") == [(ticket.number, "elderly")]
    [(fields,)] = rows(data, "SELECT fields FROM requests")
    assert name in str(fields) or name.encode("unicode_escape").decode() in str(fields)
    assert rows(data, "SELECT type FROM outbox") == [("request.created",)]

    # Nothing personal reached any log line on the way.
    logged = caplog.text
    assert name not in logged and "AB123456" not in logged
    assert ticket.number in logged  # the log is there, and speaks of tickets

    # Finishing wipes the visit and returns to the welcome screen.
    click(qtbot, screens["ticket"].done)  # type: ignore[attr-defined]
    assert window.current == "welcome"
    assert window.session.fields == {} and window.session.service_id is None
    assert details.inputs == {}  # type: ignore[attr-defined]
    assert name not in "".join(w.text() for w in window.findChildren(QLineEdit))


def test_search_with_the_keyboard_ignores_accents(window: MainWindow, qtbot: QtBot) -> None:
    click(qtbot, window.screens["welcome"])
    click(qtbot, window.screens["language"].buttons["fr"])  # type: ignore[attr-defined]
    click(qtbot, window.screens["categories"].tiles["search"])  # type: ignore[attr-defined]
    search = window.screens["search"]
    assert search.keyboard.current_layout() == "azerty"  # type: ignore[attr-defined]
    type_on(search.keyboard, qtbot, "declaration devises")  # type: ignore[attr-defined]
    assert "currency_declaration" not in search.buttons  # type: ignore[attr-defined]
    assert list(search.buttons) == []  # a hall kiosk: the customs service is at borders
    search.field.clear()  # type: ignore[attr-defined]
    type_on(search.keyboard, qtbot, "etat civil")  # type: ignore[attr-defined]
    assert "birth_certificate" in search.buttons  # type: ignore[attr-defined]
    click(qtbot, search.buttons["birth_certificate"])  # type: ignore[attr-defined]
    assert window.current == "card" and window.session.service_id == "birth_certificate"


def test_back_goes_one_step_back_and_keeps_ticked_documents(window: MainWindow,
                                                           qtbot: QtBot) -> None:
    tap_through_to(window, qtbot, "ar", "civil_identity", "cnie")
    card = window.screens["card"]
    doc = next(iter(card.checklist))  # type: ignore[attr-defined]
    click(qtbot, card.checklist[doc])  # type: ignore[attr-defined]
    click(qtbot, card.next_button)  # type: ignore[attr-defined]
    assert window.current == "notice"
    header = window.screens["notice"].header
    assert header is not None
    header.backRequested.emit()
    assert window.current == "card"
    assert card.checklist[doc].isChecked()  # type: ignore[attr-defined]
    window.screens["card"].header.backRequested.emit()  # type: ignore[union-attr]
    window.screens["services"].header.backRequested.emit()  # type: ignore[union-attr]
    assert window.current == "categories"


def test_declining_the_notice_gives_a_ticket_without_personal_details(
        window: MainWindow, qtbot: QtBot) -> None:
    tap_through_to(window, qtbot, "fr", "civil_identity", "cnie")
    click(qtbot, window.screens["card"].next_button)  # type: ignore[attr-defined]
    click(qtbot, window.screens["notice"].decline)  # type: ignore[attr-defined]
    assert window.current == "priority", "no details asked after declining"
    click(qtbot, window.screens["priority"].buttons["none"])  # type: ignore[attr-defined]
    with qtbot.waitSignal(window.ticketIssued, timeout=20000):
        click(qtbot, window.screens["confirm"].confirm)  # type: ignore[attr-defined]
    data = window.kiosk.data_dir
    assert rows(data, "SELECT fields, consent_at FROM requests") == [("{}", None)]
