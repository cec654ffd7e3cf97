"""The field team's screens (``kiosk field``) over a real SQLite file.

Real parts: the kiosk built by the composition root on a fresh data directory, staff
accounts in its database with argon2id PINs checked in a worker, the real FieldDesk and
FieldStore (each save one transaction with its outbox event).  What a team member sees
and what ends up in the database are both checked.
"""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from kiosk.accounts import StaffAccount, hash_account_pin
from kiosk.compose import Kiosk, build_kiosk
from kiosk.store.staff import StaffStore
from kiosk.ui.field.app import create_field_window, field_desk
from kiosk.ui.field.window import FieldWindow
from tests.ui.kiosk_helpers import click

PIN = "528163"
PIN_HASH = hash_account_pin(PIN)
NAME = "Youssef Amrani"


@dataclasses.dataclass
class Team:
    member: StaffAccount
    other: StaffAccount
    agent: StaffAccount


def db_rows(kiosk: Kiosk, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(kiosk.data_dir / "jisr.sqlite3") as db:
        return list(db.execute(sql))


@pytest.fixture
def kiosk(tmp_path: Path) -> Kiosk:
    data = tmp_path / "data"
    data.mkdir()
    return build_kiosk(data)


@pytest.fixture
def team(kiosk: Kiosk) -> Team:
    staff = StaffStore(kiosk.store.engine)
    now = datetime.now().astimezone()
    return Team(staff.add("Samira Idrissi", "field", PIN_HASH, now),
                staff.add("Omar Tazi", "field", PIN_HASH, now),
                staff.add("Karim B.", "agent", PIN_HASH, now))


class Picker:
    """The folder the team member would choose in the dialog (no one to click it)."""

    def __init__(self) -> None:
        self.folder: Path | None = None
        self.asked = 0

    def __call__(self, _parent: object, _title: str) -> Path | None:
        self.asked += 1
        return self.folder


@pytest.fixture
def picker() -> Picker:
    return Picker()


def open_window(qtbot: QtBot, kiosk: Kiosk, picker: Picker,
                lang: str = "fr") -> Iterator[FieldWindow]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window = create_field_window(kiosk, app, lang, folder_picker=picker)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    yield window
    window.close()
    app.removeEventFilter(window.idle)
    window.languages.release()


@pytest.fixture
def window(qtbot: QtBot, kiosk: Kiosk, team: Team, picker: Picker) -> Iterator[FieldWindow]:
    yield from open_window(qtbot, kiosk, picker)


def log_in(qtbot: QtBot, window: FieldWindow, account: StaffAccount) -> None:
    login = window.login
    qtbot.waitUntil(lambda: account.id in login.buttons, timeout=5000)
    click(qtbot, login.buttons[account.id])
    for digit in PIN:
        click(qtbot, login.pad.keys[digit])
    with qtbot.waitSignal(window.casesShown, timeout=15000):
        click(qtbot, login.pad.keys["ok"])
    assert window.page == "cases"


def type_text(qtbot: QtBot, widget: QLineEdit | QPlainTextEdit, text: str) -> None:
    """Keys for plain ASCII; other letters as an input method commits them (QTest
    only types ASCII)."""
    if text.isascii():
        qtbot.keyClicks(widget, text)
    elif isinstance(widget, QLineEdit):
        widget.insert(text)
    else:
        widget.insertPlainText(text)


def fill(qtbot: QtBot, window: FieldWindow, case_type: str = "medical",
         name: str = NAME, what: str = "Malaise au port de Tanger Med",
         plate: str = "", country: str | None = "FR") -> None:
    form = window.form
    click(qtbot, form.type_buttons[case_type])
    type_text(qtbot, form.name, name)
    if country is not None:
        form.country.setCurrentIndex(form.country.findData(country))
    if plate:
        type_text(qtbot, form.plate, plate)
    type_text(qtbot, form.story["what_happened"], what)


def record(qtbot: QtBot, window: FieldWindow, **values: str) -> None:
    click(qtbot, window.cases.new_button)
    assert window.page == "form"
    fill(qtbot, window, **values)  # type: ignore[arg-type]
    with qtbot.waitSignal(window.casesShown, timeout=10000):
        click(qtbot, window.form.save_button)


def shown_people(window: FieldWindow) -> list[str]:
    table = window.cases.table
    return [table.item(r, 2).text().strip("\u2068\u2069") for r in range(table.rowCount())]


def test_only_field_accounts_are_offered(qtbot: QtBot, window: FieldWindow,
                                         team: Team) -> None:
    qtbot.waitUntil(lambda: team.member.id in window.login.buttons, timeout=5000)
    assert set(window.login.buttons) == {team.member.id, team.other.id}
    assert window.page == "login" and not window.header.lock_button.isVisible()


def test_a_case_recorded_on_screen_is_stored_with_its_outbox_event(
        qtbot: QtBot, window: FieldWindow, kiosk: Kiosk, team: Team) -> None:
    log_in(qtbot, window, team.member)
    assert "pas encore enregistré" in window.cases.empty.text()
    record(qtbot, window, plate="12345-أ-6")
    assert window.page == "cases"
    assert shown_people(window) == [NAME]
    assert "Cas enregistré (version 1)" in window.cases.banner.message()
    assert "1 changement" in window.cases.pending.text()
    rows = db_rows(kiosk, "SELECT id, staff_id, case_type, person_name, country, "
                          "vehicle_plate, version FROM field_cases")
    assert len(rows) == 1
    case_id, staff_id, case_type, person, country, plate, version = rows[0]
    assert (staff_id, case_type, person, country, plate, version) == (
        team.member.id, "medical", NAME, "FR", "12345-أ-6", 1)
    events = db_rows(kiosk, "SELECT type, payload FROM outbox WHERE type LIKE 'field_case.%'")
    assert [t for t, _ in events] == ["field_case.recorded"]
    assert json.loads(str(events[0][1]))["case"]["id"] == case_id


def test_a_case_without_its_story_is_refused_and_the_field_named(
        qtbot: QtBot, window: FieldWindow, kiosk: Kiosk, team: Team) -> None:
    log_in(qtbot, window, team.member)
    click(qtbot, window.cases.new_button)
    fill(qtbot, window, what="   ")
    click(qtbot, window.form.save_button)
    assert window.page == "form"
    said = window.form.banner.message()
    assert "Ce qui s'est passé" in said and NAME not in said
    assert window.form.story["what_happened"].hasFocus()
    window.form.types.setExclusive(False)
    window.form.type_buttons["medical"].setChecked(False)
    click(qtbot, window.form.save_button)
    assert "Type d'assistance" in window.form.banner.message()
    assert db_rows(kiosk, "SELECT count(*) FROM field_cases") == [(0,)]
    assert db_rows(kiosk, "SELECT count(*) FROM outbox WHERE type LIKE 'field%'") == [(0,)]


def test_a_member_sees_and_finds_only_their_own_cases(
        qtbot: QtBot, window: FieldWindow, kiosk: Kiosk, team: Team) -> None:
    desk = field_desk(kiosk)
    desk.record(team.other.id, {"case_type": "customs", "person_name": "Fatima Bénani",
                                "what_happened": "Bagage retenu", "country": "BE"})
    log_in(qtbot, window, team.member)
    assert shown_people(window) == []
    record(qtbot, window, name="Hassan Élamrani", plate="AB-123-CD",
           what="Panne sur l'aire de repos")
    record(qtbot, window, name="Leila Moussaoui", case_type="social",
           what="Famille sans hébergement")
    assert shown_people(window) == ["Leila Moussaoui", "Hassan Élamrani"]  # newest first
    for query, found in (("elamrani", ["Hassan Élamrani"]), ("ab123cd", ["Hassan Élamrani"]),
                         ("hebergement", ["Leila Moussaoui"]), ("benani", [])):
        with qtbot.waitSignal(window.casesShown, timeout=5000):
            window.cases.search.setText(query)
        assert shown_people(window) == found, query
    assert "Aucun de vos cas" in window.cases.empty.text()


def test_editing_a_case_raises_its_version_and_queues_the_change(
        qtbot: QtBot, window: FieldWindow, kiosk: Kiosk, team: Team) -> None:
    log_in(qtbot, window, team.member)
    record(qtbot, window)
    click(qtbot, window.cases.new_button)  # a new form, then back: nothing saved
    click(qtbot, window.form.cancel_button)
    assert window.page == "cases"
    window.cases.table.cellClicked.emit(0, 2)  # a tap on the row
    qtbot.waitUntil(lambda: window.page == "form", timeout=5000)
    assert window.form.name.text() == NAME
    assert window.form.country.currentData() == "FR"
    with qtbot.waitSignal(window.casesShown, timeout=10000):  # nothing changed: no event
        click(qtbot, window.form.save_button)
    assert db_rows(kiosk, "SELECT count(*) FROM outbox WHERE type = 'field_case.updated'") \
        == [(0,)]
    window.cases.table.cellClicked.emit(0, 0)
    qtbot.waitUntil(lambda: window.page == "form", timeout=5000)
    type_text(qtbot, window.form.story["follow_up"], "Rappeler la famille à Bruxelles")
    with qtbot.waitSignal(window.casesShown, timeout=10000):
        click(qtbot, window.form.save_button)
    assert "version 2" in window.cases.banner.message()
    assert window.cases.table.item(0, 5).text() == "2"
    assert db_rows(kiosk, "SELECT version, follow_up FROM field_cases") == [
        (2, "Rappeler la famille à Bruxelles")]
    events = db_rows(kiosk, "SELECT type FROM outbox WHERE type LIKE 'field_case.%' "
                            "ORDER BY seq")
    assert events == [("field_case.recorded",), ("field_case.updated",)]


def test_leaving_a_changed_form_asks_once_more(qtbot: QtBot, window: FieldWindow,
                                               kiosk: Kiosk, team: Team) -> None:
    log_in(qtbot, window, team.member)
    click(qtbot, window.cases.new_button)
    qtbot.keyClicks(window.form.name, "Nadia")
    click(qtbot, window.form.cancel_button)
    assert window.page == "form" and "pas enregistrées" in window.form.banner.message()
    click(qtbot, window.form.cancel_button)
    assert window.page == "cases"
    assert db_rows(kiosk, "SELECT count(*) FROM field_cases") == [(0,)]


def test_lock_wipes_the_session(qtbot: QtBot, window: FieldWindow, team: Team) -> None:
    log_in(qtbot, window, team.member)
    record(qtbot, window)
    click(qtbot, window.cases.new_button)
    qtbot.keyClicks(window.form.name, "Rachid")
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.page == "login" and window.member is None
    assert window.form.name.text() == "" and window.cases.table.rowCount() == 0
    assert window.cases.banner.message() == "" and window.header.who.text() == ""
    log_in(qtbot, window, team.other)  # the next one sees none of it
    assert shown_people(window) == []


def test_the_window_locks_itself_when_left_alone(qtbot: QtBot, kiosk: Kiosk, team: Team,
                                                 picker: Picker) -> None:
    kiosk.config = dataclasses.replace(
        kiosk.config, queue=dataclasses.replace(kiosk.config.queue, lock_after_s=1))
    for window in open_window(qtbot, kiosk, picker):
        log_in(qtbot, window, team.member)
        qtbot.waitUntil(lambda: window.page == "login", timeout=5000)  # noqa: B023
        assert window.member is None


def test_in_arabic_the_screens_read_right_to_left(qtbot: QtBot, kiosk: Kiosk, team: Team,
                                                  picker: Picker) -> None:
    for window in open_window(qtbot, kiosk, picker, lang="ar"):
        assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
        log_in(qtbot, window, team.member)
        click(qtbot, window.cases.new_button)
        assert window.form.type_buttons["medical"].text() == "طبية"
        assert window.form.title.text() == "حالة جديدة"
        click(qtbot, window.header.lang_buttons["fr"])
        assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight
        qtbot.waitUntil(lambda: window.form.type_buttons["medical"].text()  # noqa: B023
                        == "Médicale", timeout=3000)


def test_the_handover_file_is_refused_in_words_on_a_device_never_enrolled(
        qtbot: QtBot, window: FieldWindow, team: Team, picker: Picker,
        tmp_path: Path) -> None:
    log_in(qtbot, window, team.member)
    picker.folder = tmp_path / "usb"
    picker.folder.mkdir()
    with qtbot.waitSignal(window.exportDone, timeout=10000):
        click(qtbot, window.cases.export_button)
    assert "pas enrôlé" in window.cases.banner.message()
    assert list(picker.folder.iterdir()) == []
    picker.folder = None  # the dialog closed without a folder: nothing happens
    click(qtbot, window.cases.export_button)
    assert picker.asked == 2 and window.cases.export_button.isEnabled()


def test_a_case_recorded_on_screen_reaches_the_centre_on_a_usb_stick(
        qtbot: QtBot, tmp_path: Path, picker: Picker) -> None:
    """The whole handover from the screens: a field device enrolled at a real centre
    (``kiosk server`` process) records a case on screen and writes the handover file;
    a prefecture kiosk imports it; the centre has the case's event under the field
    device."""
    from tests.field.test_field_handover import at_centre, do_import, make_world
    world = make_world(tmp_path / "world")
    try:
        kiosk = build_kiosk(world.field.data)
        member = StaffStore(kiosk.store.engine).add("Samira Idrissi", "field", PIN_HASH,
                                                   datetime.now().astimezone())
        picker.folder = tmp_path / "usb"
        picker.folder.mkdir()
        for window in open_window(qtbot, kiosk, picker):
            log_in(qtbot, window, member)
            record(qtbot, window, name="Fatima Zahra Bénani", case_type="transport")
            with qtbot.waitSignal(window.exportDone, timeout=20000) as done:
                click(qtbot, window.cases.export_button)
            exported = done.args[0].exported  # type: ignore[index]
            assert exported is not None and exported.path.parent == picker.folder
            assert "Fichier de remise écrit" in window.cases.banner.message()
            assert exported.path.name in window.cases.banner.message()
        case_id = str(db_rows(kiosk, "SELECT id FROM field_cases")[0][0])
        kiosk.store.engine.dispose()
        assert "Bénani".encode() not in exported.path.read_bytes()
        imported = do_import(world.importer, exported.path)
        assert imported.forwarded is not None and imported.forwarded.ok, imported
        events = {eid for _seq, eid, status in at_centre(world) if status == "accepted"}
        recorded = db_rows(kiosk, "SELECT event_id FROM outbox WHERE type = "
                                  f"'field_case.recorded' AND payload LIKE '%{case_id}%'")
        assert len(recorded) == 1 and recorded[0][0] in events
    finally:
        world.centre.stop()


def test_an_answer_for_the_member_who_locked_never_reaches_the_next(
        qtbot: QtBot, window: FieldWindow, team: Team) -> None:
    """A's save is still running when A locks and B logs in: B sees nothing of it, and
    B's own form and save work as usual."""
    import threading
    log_in(qtbot, window, team.member)
    gate = threading.Event()
    real_record = window.desk.record

    def slow_record(staff_id: str, values: dict[str, object]):  # type: ignore[no-untyped-def]
        gate.wait(10)
        return real_record(staff_id, values)

    window.desk.record = slow_record  # type: ignore[method-assign]
    click(qtbot, window.cases.new_button)
    fill(qtbot, window)
    click(qtbot, window.form.save_button)               # A's save, held at the gate
    window.lock()
    log_in(qtbot, window, team.other)
    click(qtbot, window.cases.new_button)
    type_text(qtbot, window.form.name, "Nadia")
    with qtbot.waitSignal(window.caseSaved, timeout=1500, raising=False) as late:
        gate.set()                                      # A's save ends now
    assert not late.signal_triggered
    assert window.page == "form" and window.form.name.text() == "Nadia"
    assert window.cases.banner.message() == ""
    window.desk.record = real_record  # type: ignore[method-assign]
    type_text(qtbot, window.form.story["what_happened"], "Perte de documents")
    click(qtbot, window.form.type_buttons["administrative"])
    with qtbot.waitSignal(window.caseSaved, timeout=10000) as saved:
        click(qtbot, window.form.save_button)
    assert saved.args[0].staff_id == team.other.id  # type: ignore[index]
    qtbot.waitUntil(lambda: window.cases.table.rowCount() == 1, timeout=5000)
    assert shown_people(window) == ["Nadia"]          # A's case is not B's
