"""Every catalog text prints from the ticket's fonts, each script from its own font.

A PDF has no font fallback: a character the chosen font lacks prints as nothing, or
as a box.  So every ``{lang: text}`` of every catalog file, in every language present
(the languages issue adds es, nl, de, it and zgh as they land), is laid out the way
the ticket lays it out (shaped, wrapped, reordered, cut into runs, regular and bold),
and every character of every run must be in the font that run is drawn with.  A
failure names the file, the entry, the language and the character.

Tifinagh: left to right, unshaped, in Noto Sans Tifinagh; bold Tifinagh is drawn
stroked (Noto has no bold Tifinagh), the other scripts from their bold files.
"""

from __future__ import annotations

import dataclasses
import json
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from ticket_samples import CATALOG, RESIDENCE, make_ticket

from kiosk.devices.bidi_text import layout
from kiosk.devices.fonts import FAMILIES, FontSet, register_fonts
from kiosk.devices.ticket_pdf import PdfTicketRenderer
from kiosk.domain.text import KNOWN_LANGS

ROOT = Path(__file__).resolve().parents[2]
CATALOG_DIR = ROOT / "assets" / "catalog"
TIFINAGH = "Jisr-NotoSansTifinagh-Regular"
#: what a ticket may print: the site name from config.toml, in any script
SITE_NAMES = ("Préfecture de Tanger-Assilah - Accueil MRE", "عمالة طنجة أصيلة",
              "ⵜⴰⵎⴰⵣⵉⵖⵜ / العربية / Français")


def needs_glyph(char: str) -> bool:
    """False for what nothing is drawn for (controls, bidi marks, joiners)."""
    return unicodedata.category(char) not in ("Cc", "Cf", "Zl", "Zp")


def local_texts(value: object, path: str) -> Iterator[tuple[str, str, str]]:
    """(where, lang, text) for every ``{lang: text}`` map under ``value``."""
    if isinstance(value, dict) and any(k in KNOWN_LANGS for k in value) and all(
            isinstance(k, str) and 2 <= len(k) <= 3 and k.isalpha() and k.islower()
            and isinstance(v, str) for k, v in value.items()):
        for lang, text in value.items():
            yield path, lang, text
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from local_texts(item, f"{path}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            label = item.get("id") if isinstance(item, dict) else None
            yield from local_texts(item, f"{path}[{label or index}]")


CATALOG_FILES = sorted(p for p in CATALOG_DIR.glob("*.json") if p.name != "catalog.schema.json")


def print_problems(fonts: FontSet, where: str, text: str) -> list[str]:
    """Characters of ``text`` that would print from a font without them."""
    problems = []
    for bold in (False, True):
        for line in layout(fonts, text.replace("{n}", "12").replace("{date}", "30/06/2025"),
                           10, 180, bold):
            for run in line.runs:
                for char in dict.fromkeys(run.text):
                    if needs_glyph(char) and not fonts.covers(run.font, char):
                        others = [f for f in fonts.coverage if fonts.covers(f, char)]
                        having = f"has it: {', '.join(others)}" if others \
                            else "no ticket font has it"
                        problems.append(
                            f"{where}: U+{ord(char):04X} {char!r} "
                            f"{unicodedata.name(char, '?')} would print in {run.font}, "
                            f"which lacks it ({'bold' if bold else 'regular'}; {having})"
                            f" — {text[:50]!r}")
    return problems


@pytest.mark.parametrize("path", CATALOG_FILES, ids=lambda p: p.name)
def test_every_catalog_text_prints_from_the_ticket_fonts(path: Path) -> None:
    fonts = register_fonts()
    texts = list(local_texts(json.loads(path.read_text(encoding="utf-8")), path.name))
    assert texts or path.name.startswith("domains"), f"no text found in {path.name}"
    problems = [p for where, lang, text in texts
                for p in print_problems(fonts, f"{where}.{lang}", text)]
    assert not problems, f"{len(problems)} character(s) would not print:\n  " + \
        "\n  ".join(problems)


def test_site_names_and_mixed_scripts_print() -> None:
    fonts = register_fonts()
    for name in SITE_NAMES:
        assert print_problems(fonts, "site name", name) == []


def test_the_checker_sees_a_character_no_font_has() -> None:
    problems = print_problems(register_fonts(), "here", "Straße 字")
    assert problems and "U+5B57" in problems[0] and "no ticket font has it" in problems[0]


def test_each_script_prints_from_its_own_font() -> None:
    fonts = register_fonts()
    line = layout(fonts, "ⵜⴰⵎⴰⵣⵉⵖⵜ / العربية / Français", 10, 500)[0]
    by_font: dict[str, str] = {}
    for run in line.runs:
        by_font[run.font] = by_font.get(run.font, "") + run.text
    assert set("ⵜⴰⵎⴰⵣⵉⵖ") <= set(by_font[TIFINAGH])
    assert "Français" in by_font["Jisr-NotoSans-Regular"]
    assert any("\ufe8e" <= ch <= "\ufefc" for ch in by_font["Jisr-NotoNaskhArabic-Regular"])


def test_tifinagh_prints_left_to_right_unshaped() -> None:
    fonts = register_fonts()
    text = "ⵜⴰⴽⴰⵔⴹⴰ ⵏⵏⴽ C-017"
    [line] = layout(fonts, text, 10, 500)
    assert not line.rtl and line.script == "tifinagh"
    assert line.text == text  # visual order is the reading order; no letter replaced
    assert [run.font for run in line.runs] == [TIFINAGH, "Jisr-NotoSans-Regular"]
    assert line.runs[0].text == "ⵜⴰⴽⴰⵔⴹⴰ ⵏⵏⴽ "


def test_bold_tifinagh_is_emboldened_and_other_bold_comes_from_bold_files() -> None:
    fonts = register_fonts()
    assert FAMILIES["tifinagh"][1] is None  # Noto has no bold Tifinagh
    [line] = layout(fonts, "ⵜⴰⴽⴰⵔⴹⴰ Ticket", 10, 500, bold=True)
    tifinagh, latin = line.runs
    assert tifinagh.font == TIFINAGH and tifinagh.embolden
    assert latin.font == "Jisr-NotoSans-Bold" and not latin.embolden
    [regular] = layout(fonts, "ⵜⴰⴽⴰⵔⴹⴰ", 10, 500)
    assert not any(run.embolden for run in regular.runs)


def test_a_tamazight_ticket_embeds_tifinagh_and_strokes_its_bold(tmp_path: Path) -> None:
    # the service name is printed bold: in Tamazight too
    service = dataclasses.replace(RESIDENCE, names={**RESIDENCE.names, "zgh": "ⵜⴰⵏⵙⴰ"})
    catalog = dataclasses.replace(CATALOG, services={**CATALOG.services, service.id: service})
    out = PdfTicketRenderer("80mm").render(make_ticket(service, "zgh"), catalog,
                                           tmp_path / "zgh.pdf")
    page = PdfReader(out).pages[0]
    fonts = {str(f.get_object()["/BaseFont"]).split("+")[-1]
             for f in page["/Resources"]["/Font"].values()}  # type: ignore[index]
    assert "NotoSansTifinagh-Regular" in fonts
    content = page.get_contents()
    assert content is not None and b" 2 Tr" in content.get_data()  # the bold title
    french = PdfTicketRenderer("80mm").render(make_ticket(RESIDENCE, "fr"), CATALOG,
                                              tmp_path / "fr.pdf")
    data = PdfReader(french).pages[0].get_contents()
    assert data is not None and b" 2 Tr" not in data.get_data()
