"""Every text the kiosk can show is drawn from its own fonts, without a single box.

The texts: every message of every ``translations/kiosk_*.ts`` (source, translation,
each plural form), every ``{lang: text}`` of every catalog file in every language,
and the non-ASCII strings written in the interface's code (the welcome invitations,
the language names, the keyboard's keys, country names).  Each is checked two ways:

* against the shipped files themselves (``QRawFont``): some font of the fallback chain
  :data:`kiosk.ui.fonts.FAMILIES`, at the regular and at the bold weight, has a glyph
  for every character — system fonts do not count;
* by laying it out as the application does (``QTextLayout`` with the application's
  font): every glyph run comes from a family of the chain, with no missing glyph.

A failure names the file, the message or catalog entry, and the missing character.
Other languages land in the catalog and the translations over time: the tests cover
whatever is there when they run.
"""

from __future__ import annotations

import ast
import json
import unicodedata
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtGui import QFont, QFontInfo, QTextLayout
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from kiosk.domain.countries import COUNTRIES
from kiosk.domain.text import KNOWN_LANGS, NATIVE_NAMES
from kiosk.ui import fonts
from kiosk.ui.theme import apply_theme
from kiosk.ui.widgets.keyboard_layouts import ROWS
from tests.ui.kiosk_helpers import demo_kiosk, make_window

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "translations"
CATALOG_DIR = ROOT / "assets" / "catalog"
CODE_DIRS = (ROOT / "kiosk" / "ui",)
MIXED = "ⵜⴰⵎⴰⵣⵉⵖⵜ / العربية / Français"
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@dataclass(frozen=True)
class Text:
    """A text the kiosk may show, and where it comes from."""

    where: str
    text: str


# ----- where the texts are ---------------------------------------------------------------
def ts_files() -> list[Path]:
    """The translation files present."""
    return sorted(TS_DIR.glob("kiosk_*.ts"))


def ts_texts(path: Path) -> Iterator[Text]:
    """Source and translation (each plural form) of every message of ``path``."""
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            where = f"{path.name} [{name}] {source[:50]!r}"
            yield Text(f"{where} (source)", source)
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("vanished", "obsolete"):
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")] \
                or [translation.text or ""]
            for index, form in enumerate(forms):
                suffix = f" (plural form {index})" if len(forms) > 1 else ""
                yield Text(f"{where} translation{suffix}", form)


def is_local_text(value: object) -> bool:
    """A ``{lang: text}`` map: language codes as keys (one at least a known language,
    the others looking like one), strings as values."""
    return (isinstance(value, dict) and any(k in KNOWN_LANGS for k in value)
            and all(isinstance(k, str) and (k in KNOWN_LANGS or _looks_like_lang(k))
                    for k in value)
            and all(isinstance(v, str) for v in value.values()))


def _looks_like_lang(key: str) -> bool:
    """A language code the kiosk does not know yet (2-3 lower-case letters)."""
    return 2 <= len(key) <= 3 and key.isascii() and key.isalpha() and key.islower()


def local_texts(value: object, path: str) -> Iterator[tuple[str, dict[str, str]]]:
    """Every ``{lang: text}`` map under ``value``, with its JSON path."""
    if is_local_text(value):
        assert isinstance(value, dict)
        yield path, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from local_texts(item, f"{path}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            label = item.get("id") if isinstance(item, dict) else None
            yield from local_texts(item, f"{path}[{label or index}]")


def catalog_files() -> list[Path]:
    """The catalog files present (the schema is not one)."""
    return sorted(p for p in CATALOG_DIR.glob("*.json") if p.name != "catalog.schema.json")


def catalog_texts(path: Path) -> Iterator[Text]:
    """Every text of every language of one catalog file."""
    data = json.loads(path.read_text(encoding="utf-8"))
    for where, texts in local_texts(data, path.name):
        for lang, text in texts.items():
            yield Text(f"{where}.{lang}", text)


def code_texts() -> Iterator[Text]:
    """Non-ASCII strings written in the interface's code (docstrings and character
    sets tested with ``in`` aside), the language names, country names and keyboard
    keys."""
    for folder in CODE_DIRS:
        for path in sorted(folder.rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            # not shown: docstrings, and sets of characters tested with ``in``
            skipped = {id(node.value) for node in ast.walk(tree)
                       if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)}
            skipped |= {id(operand) for node in ast.walk(tree) if isinstance(node, ast.Compare)
                        for op, operand in zip(node.ops, node.comparators, strict=True)
                        if isinstance(op, ast.In | ast.NotIn)}
            for node in ast.walk(tree):
                if isinstance(node, ast.Constant) and isinstance(node.value, str) \
                        and not node.value.isascii() and id(node) not in skipped:
                    yield Text(f"{path.relative_to(ROOT)}:{node.lineno}", node.value)
    for lang, name in NATIVE_NAMES.items():
        yield Text(f"NATIVE_NAMES[{lang!r}]", name)
    for code, names in COUNTRIES.items():
        for lang, name in names.items():
            yield Text(f"COUNTRIES[{code!r}][{lang!r}]", name)
    for layout, rows in ROWS.items():
        yield Text(f"keyboard {layout}", "".join("".join(row) for row in rows))
        yield Text(f"keyboard {layout} (capitals)", "".join("".join(row) for row in rows).upper())


def present_languages() -> list[str]:
    """The languages the catalog or the translations have now (English, the source
    language, always), in the order of :data:`KNOWN_LANGS`, then any unknown ones."""
    found = {"en"} | {path.stem.removeprefix("kiosk_") for path in ts_files()}
    for path in catalog_files():
        data = json.loads(path.read_text(encoding="utf-8"))
        for _where, texts in local_texts(data, path.name):
            found.update(texts)
    return [lang for lang in KNOWN_LANGS if lang in found] + sorted(found - set(KNOWN_LANGS))


SOURCES = {**{p.name: p for p in ts_files()}, **{p.name: p for p in catalog_files()}}


def texts_of(source: str) -> list[Text]:
    """The texts of one source file, or of the code."""
    if source == "code":
        return list(code_texts())
    path = SOURCES[source]
    return list(ts_texts(path) if path.suffix == ".ts" else catalog_texts(path))


# ----- how a text is checked --------------------------------------------------------------
def describe(char: str) -> str:
    """``U+00DF 'ß' LATIN SMALL LETTER SHARP S``."""
    return f"U+{ord(char):04X} {char!r} {unicodedata.name(char, '(no name)')}"


def drawn_families(text: str, font: QFont) -> tuple[set[str], list[str]]:
    """Lay ``text`` out with ``font`` as a widget would: the families the glyphs come
    from, and the characters drawn as a missing glyph (glyph 0, the box)."""
    families: set[str] = set()
    boxes: list[str] = []
    for line in text.splitlines() or [""]:
        layout = QTextLayout(line, font)
        layout.beginLayout()
        layout.createLine()
        layout.endLayout()
        for run in layout.glyphRuns():
            families.add(run.rawFont().familyName())
            indexes = run.glyphIndexes()
            if 0 in indexes:
                positions = run.stringIndexes()
                boxes += [line[positions[i]] for i, glyph in enumerate(indexes)
                          if glyph == 0 and i < len(positions)]
    return families, boxes


def glyph_problems(item: Text, font: QFont, bold_font: QFont) -> list[str]:
    """Why ``item`` would not show whole from our fonts (empty when it does)."""
    problems = []
    for bold in (False, True):
        weight = "bold" if bold else "regular"
        for char in fonts.uncovered(item.text, bold=bold):
            problems.append(f"{item.where}: {describe(char)} is in none of "
                            f"{', '.join(fonts.FAMILIES)} ({weight}) — text {item.text[:60]!r}")
        families, boxes = drawn_families(item.text, bold_font if bold else font)
        strangers = families - set(fonts.FAMILIES)
        if strangers:
            problems.append(f"{item.where}: drawn partly from system font(s) "
                            f"{', '.join(sorted(strangers))} ({weight}) — text {item.text[:60]!r}")
        for char in dict.fromkeys(boxes):
            problems.append(f"{item.where}: {describe(char)} drawn as a box ({weight})")
    return problems


@pytest.fixture(scope="module")
def app_fonts(qapp: QApplication) -> tuple[QFont, QFont]:
    """The application's font after the theme is applied, regular and bold."""
    apply_theme(qapp)
    regular = QFont(qapp.font())
    bold = QFont(regular)
    bold.setBold(True)
    return regular, bold


# ----- the tests ---------------------------------------------------------------------------
def test_the_chain_comes_from_our_files(app_fonts: tuple[QFont, QFont]) -> None:
    assert set(fonts.FAMILIES) <= set(fonts.load_fonts())
    for bold in (False, True):
        for path in fonts.font_files(bold):
            assert path.is_file(), f"{path} is missing from assets/fonts"
        assert all(raw.isValid() for raw in fonts.raw_fonts(bold))
    regular, _bold = app_fonts
    assert tuple(regular.families()) == fonts.FAMILIES
    assert QFontInfo(regular).family() == "Noto Sans"
    licence = (fonts.fonts_dir() / "LICENSE-Noto.txt").read_text(encoding="utf-8")
    assert "SIL Open Font License" in licence or "OFL" in licence


@pytest.mark.parametrize("bold", [False, True], ids=["regular", "bold"])
def test_a_mixed_line_is_drawn_from_the_three_fonts(app_fonts: tuple[QFont, QFont],
                                                    bold: bool) -> None:
    font = app_fonts[1] if bold else app_fonts[0]
    three = {"Noto Sans", "Noto Naskh Arabic", "Noto Sans Tifinagh"}
    families, boxes = drawn_families(MIXED, font)
    assert families == three and not boxes
    assert fonts.uncovered(MIXED, bold=bold) == []
    # a font that names only one of our families still falls back to the other two
    families, boxes = drawn_families(MIXED + " ●", QFont("Noto Sans"))
    assert families == {*three, "Noto Sans Symbols2"} and not boxes


def test_the_checker_sees_a_missing_glyph(app_fonts: tuple[QFont, QFont]) -> None:
    """A character none of our fonts has (CJK) is reported, with its name and place."""
    problems = glyph_problems(Text("here", "Straße 字"), *app_fonts)
    assert problems and all("here" in p for p in problems)
    assert any("U+5B57" in p and "CJK" in p for p in problems)
    assert any("drawn partly from system font" in p for p in problems) or \
        any("drawn as a box" in p for p in problems)
    assert fonts.uncovered("ä ö ü ß ñ à è ç é É Ç ÿ œ Œ « » € ’ – — …") == []
    assert fonts.uncovered("\u200f\u2068x\u2069\n") == []  # marks have no glyph to draw


def test_the_texts_are_found(app_fonts: tuple[QFont, QFont]) -> None:
    assert "ar" in present_languages() and "fr" in present_languages()
    assert len(ts_files()) >= 2 and len(catalog_files()) >= 5
    assert sum(len(texts_of(name)) for name in SOURCES) > 1000
    assert any("ⵜⴰⵎⴰⵣⵉⵖⵜ" in item.text for item in code_texts())


@pytest.mark.parametrize("source", [*sorted(SOURCES), "code"])
def test_every_text_has_its_glyphs(app_fonts: tuple[QFont, QFont], source: str) -> None:
    items = texts_of(source)
    assert items, f"no text found in {source}"
    problems = [p for item in items for p in glyph_problems(item, *app_fonts)]
    assert not problems, f"{len(problems)} missing glyph(s) in {source}:\n  " + \
        "\n  ".join(problems)


def test_every_widget_draws_with_the_chain(tmp_path: Path, qtbot: QtBot) -> None:
    """No widget of the window (every screen, shown or not) sets a font of its own
    outside the chain: each resolves to Noto Sans with Arabic and Tifinagh behind it."""
    window = make_window(qtbot, demo_kiosk(tmp_path / "data"))
    strangers = []
    for widget in [window, *window.findChildren(QWidget)]:
        font = widget.font()
        chain = {name.lower() for name in (font.family(), *font.families(),
                                           *QFont.substitutes(font.family()))}
        if QFontInfo(font).family() not in fonts.FAMILIES or \
                not {family.lower() for family in fonts.FAMILIES} <= chain:
            strangers.append(f"{type(widget).__name__}#{widget.objectName()}: "
                             f"{font.families() or font.family()}")
    assert not strangers, "widgets with a font outside the chain:\n  " + "\n  ".join(strangers)
