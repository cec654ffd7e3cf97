"""The Qt Linguist files: complete, true to the code, and working once compiled.

``translations/kiosk_<lang>.ts`` hold the interface texts of each of the eight
languages (English, the source language, only its plural forms); the installer
compiles them with ``pyside6-lrelease``.  These tests fail when a language has no
file, when a string is left untranslated, when a translation loses a placeholder or
has the wrong number of plural forms, and when the code has a string the .ts files do
not know yet (the fix is then ``installer/update_translations.sh`` and translating what
it reports; docs/TRANSLATING.md).
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from kiosk.domain.text import KNOWN_LANGS
from kiosk.ui.i18n import LanguageSwitcher
from kiosk.ui.widgets import StepHeader

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "translations"
UI_DIR = ROOT / "kiosk" / "ui"
#: Every language the kiosk knows has its file; English, the source, only its plurals.
LANGUAGES = KNOWN_LANGS
SOURCE = "en"
#: numerus forms Qt asks for: Arabic zero, one, two, 3-10, 11-99, 100-102...; French
#: 0-1, 2+; Spanish, Dutch, German, Italian, English 1, 2+.  Qt has no plural rule for
#: Tamazight (zgh): lrelease and Linguist then use a single form for every count.
FORMS = {"ar": 6, "zgh": 1, "fr": 2, "en": 2, "es": 2, "nl": 2, "de": 2, "it": 2}
#: Tifinagh letters (U+2D30-U+2D7F); what else a Tamazight translation may hold in Latin
#: letters: names, codes and symbols kept as they are.
TIFINAGH = re.compile("[\u2d30-\u2d7f]")
LATIN_KEPT = re.compile(r"QR|PIN|CNIE|Jisr|Wi-Fi|ID|cm|min|s|kiosk staff-pin|"
                        r"AB123456|name@example\.com|USB|kiosk import|12345-A-6|AB-123-CD")
#: numerus forms that may say the count in words instead of %n ("دقيقتين": two minutes)
WORDED_FORMS = {"ar": {0, 1, 2}}
#: %1..%99 (and %L1), %n (and %Ln), {name} as used with str.format
PLACEHOLDER = re.compile(r"%L?(?:\d{1,2}|n)|\{[A-Za-z_]\w*\}")
UPDATE = "run installer/update_translations.sh, then translate what it lists " \
         "(translations/README.md)"


@dataclass(frozen=True)
class Message:
    """One message of a .ts file."""

    context: str
    source: str
    comment: str
    numerus: bool
    state: str  # "" (finished), "unfinished", "vanished" or "obsolete"
    forms: tuple[str, ...]  # the translation, or each numerus form

    @property
    def key(self) -> tuple[str, str, str]:
        return self.context, self.source, self.comment

    def __str__(self) -> str:
        return f"[{self.context}] {self.source!r}"


def read_ts(path: Path) -> list[Message]:
    """The messages of ``path``, obsolete ones left out."""
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, f"{path.name}: {message.findtext('source')!r}"
            numerus = message.get("numerus") == "yes"
            forms = tuple(form.text or "" for form in translation.iter("numerusform")) \
                if numerus else (translation.text or "",)
            state = translation.get("type", "")
            if state in ("vanished", "obsolete"):
                continue
            messages.append(Message(name, message.findtext("source") or "",
                                    message.findtext("comment") or "", numerus, state, forms))
    return messages


def placeholders(text: str) -> Counter[str]:
    return Counter(PLACEHOLDER.findall(text))


def qt_tool(name: str) -> str:
    """A PySide6 tool from this Python's environment, else from PATH."""
    here = Path(sys.executable).parent / name
    if here.exists():
        return str(here)
    found = shutil.which(name)
    if found is None:
        pytest.fail(f"{name} not found next to {sys.executable} nor on PATH "
                    "(it comes with PySide6-Essentials)")
    return found


# ----- (a) every message translated, placeholders kept ------------------------------
def test_every_language_has_a_translation_file() -> None:
    present = {path.stem.removeprefix("kiosk_") for path in TS_DIR.glob("kiosk_*.ts")}
    assert present == set(LANGUAGES), (
        f"translations/ should hold kiosk_<lang>.ts for exactly {sorted(LANGUAGES)}; "
        f"it has {sorted(present)}: {UPDATE}")
    assert set(FORMS) == set(LANGUAGES)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_message_is_translated_with_its_placeholders(lang: str) -> None:
    path = TS_DIR / f"kiosk_{lang}.ts"
    assert path.exists(), f"no {path.name}: {UPDATE}"
    root = ET.parse(path).getroot()
    assert root.get("language") == lang and root.get("sourcelanguage") == SOURCE
    messages = read_ts(path)
    assert messages, f"{path.name} has no messages"
    problems = []
    if lang == SOURCE:
        problems += [f"{message}: the source language keeps only plural messages"
                     for message in messages if not message.numerus]
    for message in messages:
        if message.state == "unfinished":
            problems.append(f"{message}: unfinished")
        if any(not form.strip() for form in message.forms):
            problems.append(f"{message}: empty translation")
        if message.numerus and len(message.forms) != FORMS[lang]:
            problems.append(f"{message}: {len(message.forms)} plural forms, "
                            f"{lang} needs {FORMS[lang]}")
        expected = placeholders(message.source)
        for index, form in enumerate(message.forms):
            found = placeholders(form)
            if message.numerus and index in WORDED_FORMS.get(lang, set()):
                found["%n"] = expected["%n"]
            if found != expected:
                problems.append(f"{message}: placeholders {sorted(found.elements())} in "
                                f"{form!r}, the source has {sorted(expected.elements())}")
    assert not problems, f"{path.name}:\n  " + "\n  ".join(problems)


def test_tamazight_is_written_in_tifinagh_and_flagged_for_review() -> None:
    """Every Tamazight translation is in Tifinagh (Latin letters only in names, codes
    and unit symbols) and waits for a native speaker's review (docs/TRANSLATING.md)."""
    problems = []
    for context in ET.parse(TS_DIR / "kiosk_zgh.ts").getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            where = f"[{name}] {message.findtext('source')!r}"
            comment = message.findtext("translatorcomment") or ""
            if not comment.startswith("review:"):
                problems.append(f"{where}: no translator comment starting 'review:'")
            translation = message.find("translation")
            assert translation is not None
            forms = [form.text or "" for form in translation.iter("numerusform")] \
                or [translation.text or ""]
            for form in forms:
                rest = LATIN_KEPT.sub("", PLACEHOLDER.sub("", form))
                latin = [char for char in rest if char.isalpha() and not TIFINAGH.match(char)]
                if latin or not TIFINAGH.search(form):
                    problems.append(f"{where}: not in Tifinagh: {form!r}")
    assert not problems, "kiosk_zgh.ts:\n  " + "\n  ".join(problems)


# ----- (b) compiled, loaded, and really used by the widgets --------------------------
LRELEASE_REPORTS: dict[str, str] = {}


@pytest.fixture(scope="module")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every .ts file compiled the way installer/install.sh does."""
    folder = tmp_path_factory.mktemp("qm")
    for lang in LANGUAGES:
        ts, qm = TS_DIR / f"kiosk_{lang}.ts", folder / f"kiosk_{lang}.qm"
        run = subprocess.run([qt_tool("pyside6-lrelease"), str(ts), "-qm", str(qm)],
                             capture_output=True, text=True, check=False)
        LRELEASE_REPORTS[lang] = run.stdout + run.stderr
        assert run.returncode == 0 and qm.exists(), LRELEASE_REPORTS[lang]
    return folder


@pytest.mark.parametrize("lang", LANGUAGES)
def test_lrelease_finds_nothing_left_to_translate(compiled: Path, lang: str) -> None:
    report = LRELEASE_REPORTS[lang]
    assert re.search(r"\(\d+ finished and 0 unfinished\)", report), report
    assert "untranslated" not in report, report
    # lrelease drops plural forms the language does not have: FORMS agrees with Qt
    assert "plural forms" not in report, report


@pytest.mark.parametrize("lang", LANGUAGES)
def test_lrelease_finds_every_translation_valid(lang: str, tmp_path: Path) -> None:
    """lrelease's own checks: place markers, accelerators, surrounding spaces, ending
    punctuation."""
    run = subprocess.run([qt_tool("pyside6-lrelease"), "-fail-on-invalid",
                          str(TS_DIR / f"kiosk_{lang}.ts"), "-qm", str(tmp_path / "x.qm")],
                         capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stdout + run.stderr


FINISH, START_OVER, COUNTRY = (("TicketScreen", "Finish"), ("StepHeader", "Start over"),
                               ("Fields", "Choose a country from the list."))
EXPECTED = {
    "fr": {FINISH: "Terminer", START_OVER: "Recommencer",
           COUNTRY: "Choisissez un pays dans la liste."},
    "ar": {FINISH: "إنهاء", START_OVER: "البدء من جديد", COUNTRY: "اختر بلدًا من القائمة."},
    "zgh": {FINISH: "ⵙⵎⴷ", START_OVER: "ⴱⴷⵓ ⴷⴰⵖ", COUNTRY: "ⵙⵜⵉ ⵢⴰⵜ ⵜⵎⵓⵔⵜ ⵣⴳ ⵜⵍⴳⴰⵎⵜ."},
    "es": {FINISH: "Terminar", START_OVER: "Empezar de nuevo",
           COUNTRY: "Elija un país de la lista."},
    "nl": {FINISH: "Klaar", START_OVER: "Opnieuw beginnen", COUNTRY: "Kies een land uit de lijst."},
    "de": {FINISH: "Fertig", START_OVER: "Neu beginnen",
           COUNTRY: "Wählen Sie ein Land aus der Liste."},
    "it": {FINISH: "Fine", START_OVER: "Ricomincia", COUNTRY: "Scegli un paese dall'elenco."},
    "en": {},  # the source language: only plurals
}
WAIT = ("TicketScreen", "Estimated wait: about %n minute(s)")
PLURALS = {
    "fr": {1: "environ 1 minute", 2: "environ 2 minutes", 25: "environ 25 minutes"},
    "ar": {1: "دقيقة واحدة", 2: "دقيقتين", 5: "5 دقائق", 25: "25 دقيقة", 101: "101 دقيقة",
           103: "103 دقائق"},
    "zgh": {1: "ⵣⵓⵏⴷ 1 min", 25: "ⵣⵓⵏⴷ 25 min"},
    "en": {1: "about 1 minute", 2: "about 2 minutes", 25: "about 25 minutes"},
    "es": {1: "alrededor de 1 minuto", 2: "alrededor de 2 minutos"},
    "nl": {1: "ongeveer 1 minuut", 2: "ongeveer 2 minuten"},
    "de": {1: "etwa 1 Minute", 2: "etwa 2 Minuten"},
    "it": {1: "circa 1 minuto", 2: "circa 2 minuti"},
}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_compiled_translation_translates(qapp: QApplication, compiled: Path, lang: str) -> None:
    translator = QTranslator()
    assert translator.load(str(compiled / f"kiosk_{lang}.qm"))
    for (context, source), expected in EXPECTED[lang].items():
        assert translator.translate(context, source) == expected
    if lang == SOURCE:
        assert translator.translate(*FINISH) == ""  # English words come from the code
    # installed, as the kiosk does, so that Qt puts the count in place of %n
    qapp.installTranslator(translator)
    try:
        for n, expected in PLURALS[lang].items():
            text = QCoreApplication.translate(*WAIT, None, n)
            assert expected in text, (n, text)
    finally:
        qapp.removeTranslator(translator)


@pytest.mark.parametrize(("lang", "back", "direction"), [
    ("fr", "Retour", Qt.LayoutDirection.LeftToRight),
    ("ar", "الرجوع", Qt.LayoutDirection.RightToLeft),
    ("zgh", "ⴰⵖⵓⵍ", Qt.LayoutDirection.LeftToRight),
    ("es", "Atrás", Qt.LayoutDirection.LeftToRight),
    ("nl", "Terug", Qt.LayoutDirection.LeftToRight),
    ("de", "Zurück", Qt.LayoutDirection.LeftToRight),
    ("it", "Indietro", Qt.LayoutDirection.LeftToRight),
])
def test_language_switch_shows_the_translation(qapp: QApplication, compiled: Path, lang: str,
                                               back: str,
                                               direction: Qt.LayoutDirection) -> None:
    header = StepHeader()
    before = header.back_button.text()
    switcher = LanguageSwitcher(qapp, (lang,), compiled)
    try:
        switcher.switch(lang)
        QCoreApplication.processEvents()
        assert header.back_button.text().strip() == back
        assert qapp.layoutDirection() == direction
    finally:
        switcher.switch("en")
        QCoreApplication.processEvents()
    # back to English, this translator is gone again: the header shows what it did before
    assert header.back_button.text() == before
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    header.deleteLater()


# ----- (c) the .ts files know every string of the code ------------------------------
@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> list[Message]:
    """What pyside6-lupdate finds in kiosk/ui now (what update_translations.sh merges)."""
    fresh = tmp_path_factory.mktemp("lupdate") / "fresh.ts"
    sources = sorted(str(path) for path in UI_DIR.rglob("*.py"))
    run = subprocess.run([qt_tool("pyside6-lupdate"), "-silent", "-locations", "none",
                          "-source-language", "en", "-target-language", "fr",
                          *sources, "-ts", str(fresh)],
                         capture_output=True, text=True, check=False)
    assert run.returncode == 0 and fresh.exists(), run.stdout + run.stderr
    return read_ts(fresh)


def test_code_strings_have_a_context(extracted: list[Message]) -> None:
    stray = [str(message) + (f" / {message.comment!r}" if message.comment else "")
             for message in extracted if not message.context]
    assert not stray, (
        "lupdate finds these strings outside any class or translate() context, so the "
        "kiosk can never show them translated.  Use self.tr(...) inside a class, or call "
        "QCoreApplication.translate(\"Context\", \"text\") by that name (an alias must be "
        "called 'translate', not 'tr', or lupdate reads it as tr(source, "
        "disambiguation)):\n  " + "\n  ".join(stray))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_ts_files_are_up_to_date_with_the_code(extracted: list[Message], lang: str) -> None:
    in_code = {message.key: message for message in extracted
               if message.context and (lang != SOURCE or message.numerus)}
    in_ts = {message.key: message for message in read_ts(TS_DIR / f"kiosk_{lang}.ts")}
    new = [str(in_code[key]) for key in in_code.keys() - in_ts.keys()]
    gone = [str(in_ts[key]) for key in in_ts.keys() - in_code.keys()]
    plural = [str(in_code[key]) for key in in_code.keys() & in_ts.keys()
              if in_code[key].numerus != in_ts[key].numerus]
    report = [f"in the code, not in kiosk_{lang}.ts: {text}" for text in sorted(new)]
    report += [f"in kiosk_{lang}.ts, no longer in the code: {text}" for text in sorted(gone)]
    report += [f"plural in one, not the other: {text}" for text in sorted(plural)]
    assert not report, f"translations/kiosk_{lang}.ts is out of date: {UPDATE}.\n  " \
        + "\n  ".join(report)


APPLICATIONS = ("QCoreApplication", "QGuiApplication", "QApplication")


def _text_argument(call: ast.Call) -> ast.expr | None:
    """The text argument of a tr()/translate() call as lupdate reads it, else None."""
    func = call.func
    if isinstance(func, ast.Name):
        name = func.id
    elif isinstance(func, ast.Attribute) and (
            func.attr == "tr"
            or (isinstance(func.value, ast.Name) and func.value.id in APPLICATIONS)):
        name = func.attr
    else:
        return None  # e.g. QPainter.translate(dx, dy)
    index = {"tr": 0, "translate": 1}.get(name)
    if index is None or len(call.args) <= index:
        return None
    return call.args[index]


def test_translated_texts_are_literals() -> None:
    """lupdate reads only string literals: tr(variable) or tr(f"...") is never translated."""
    bad = []
    for path in sorted(UI_DIR.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            text = _text_argument(node)
            if text is not None and not (isinstance(text, ast.Constant)
                                         and isinstance(text.value, str)):
                bad.append(f"{path.relative_to(ROOT)}:{node.lineno}: {ast.unparse(node)}")
    assert not bad, "translate a string literal, then fill it in:\n  " + "\n  ".join(bad)
