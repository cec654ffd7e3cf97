"""Layout checks over every screen of the visitor journey, in every language present.

The real window (1280x800, the real theme and fonts) is driven through the journey by
taps, as in ``test_journey``; at each step every *visible* widget is checked:

(a) no text is clipped: a label's or button's text fits the widget at its wrapped size,
    no word runs out of it, no widget is cut by its parent or drawn over a sibling,
    the screen fits in 1280x800, and no text is elided by Qt (line edit
    placeholders, combo boxes);
(b) every touch target (buttons, tiles, rows, keys, fields) is at least 15 mm each way
    at the default scale (96 dpi: 57 px);
(c) the layout is mirrored in Arabic and only there: layout directions, every row,
    grid and form in reading order (Back on the right in Arabic), the Back arrow
    pointing back, and the keyboard mirrored where it should be: its Arabic letters
    right to left in every language, its Latin letters and digits never.

The languages are those present in the catalog or the translations when the tests
run (:func:`tests.ui.test_fonts.present_languages`), all offered on the kiosk; each
failure names the language, the screen and the widget.  ``JISR_LAYOUT_SHOTS=DIR`` also
saves a PNG of every step checked into DIR, to look at what a failure describes.
"""

from __future__ import annotations

import dataclasses
import itertools
import math
import os
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import cast

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QImage
from PySide6.QtGui import Qt as QtGui
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QBoxLayout,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyleOptionButton,
    QStyleOptionComboBox,
    QStyleOptionFrame,
    QWidget,
)
from pytestqt.qtbot import QtBot

from kiosk.domain.payloads import sign_prereg
from kiosk.domain.text import is_rtl
from kiosk.domain.tickets import TicketStatus
from kiosk.keys import load_or_create_signing_key
from kiosk.ui.main_window import MainWindow
from kiosk.ui.screens.base import Screen
from kiosk.ui.screens.welcome import TOUCH_TO_START
from kiosk.ui.theme import PRIMARY
from kiosk.ui.widgets.icons import make_icon
from kiosk.ui.widgets.keyboard_page import KeyboardPage
from tests.ui.kiosk_helpers import click, demo_kiosk, make_window, tap_through_to
from tests.ui.test_fonts import present_languages

LANGS = present_languages()
SCREEN = (1280, 800)
SCREEN_SIZE = QSize(*SCREEN)
#: 15 mm at the default scale (96 px per inch), rounded up: 57 px.
MIN_TARGET_PX = math.ceil(15 / 25.4 * 96)
LTR, RTL = Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft
#: Where to save a picture of every step checked (``JISR_LAYOUT_SHOTS``), if anywhere.
SHOTS = Path(os.environ["JISR_LAYOUT_SHOTS"]) if os.environ.get("JISR_LAYOUT_SHOTS") else None
#: The offscreen platform warns on every shown window; nothing to do with our widgets.
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


# ----- what a walk records ------------------------------------------------------------
@dataclass
class Findings:
    """The problems found in one language, per check, each naming screen and widget."""

    lang: str
    clipped: list[str] = field(default_factory=list)
    small: list[str] = field(default_factory=list)
    mirroring: list[str] = field(default_factory=list)
    states: list[str] = field(default_factory=list)
    ordered_pairs: int = 0  # pairs of neighbours whose reading order was checked
    seconds: float = 0.0


def settle() -> None:
    """Let Qt lay out, and delete the widgets a screen threw away (old tiles, rows)."""
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        QApplication.processEvents()


def short(text: str, room: int = 48) -> str:
    """A text cut for a failure message."""
    text = " ".join(text.split())
    return repr(text if len(text) <= room else text[: room - 1] + "…")


def widget_name(widget: QWidget, window: MainWindow) -> str:
    """How a failure names a widget: the attribute that holds it on its screen (or
    header, keyboard...), else its class and object name, with its text."""
    owner_path: list[str] = []
    node: QWidget | None = widget
    while node is not None and node is not window:
        owner = node.parentWidget()
        label = _attribute_name(node, owner) if owner is not None else None
        if label is None:
            label = type(node).__name__ + (f"#{node.objectName()}" if node.objectName() else "")
        owner_path.append(label)
        if isinstance(node, Screen):
            break
        node = owner
    name = " > ".join(reversed(owner_path[:3]))
    text = visible_text(widget)
    return f"{name} {short(text)}" if text else name


def _attribute_name(node: QWidget, owner: QWidget) -> str | None:
    """``next_button``, ``tiles['passport']``... when an ancestor keeps ``node`` so."""
    holder: QWidget | None = owner
    for _ in range(4):
        if holder is None:
            return None
        for attr, value in vars(holder).items():
            if value is node:
                return f"{type(holder).__name__}.{attr}"
            if isinstance(value, dict):
                for key, item in value.items():
                    if item is node:
                        return f"{type(holder).__name__}.{attr}[{key!r}]"
            if isinstance(value, list) and any(item is node for item in value):
                return f"{type(holder).__name__}.{attr}[…]"
        holder = holder.parentWidget()
    return None


def visible_text(widget: QWidget) -> str:
    """The text a widget draws itself (tiles and rows draw theirs with child labels)."""
    if isinstance(widget, QLabel):
        return widget.text()
    if isinstance(widget, QAbstractButton):
        return QAbstractButton.text(widget)
    if isinstance(widget, QLineEdit):
        return widget.text() or widget.placeholderText()
    if isinstance(widget, QComboBox):
        return widget.currentText()
    return ""


def shown(root: QWidget) -> list[QWidget]:
    """``root`` and every widget under it that is on screen (hidden pages, screens and
    rows are not: they are not checked)."""
    return [w for w in [root, *root.findChildren(QWidget)]
            if w.isVisible() and w.width() > 0 and w.height() > 0]


# ----- (a) clipped text -----------------------------------------------------------------
TOLERANCE = 1  # px: rounding between font metrics and layout


def label_clip(label: QLabel) -> str | None:
    """Why ``label``'s text does not fit it, or None."""
    text = label.text()
    if not text or (label.pixmap() is not None and not label.pixmap().isNull()):
        return None
    rect = label.contentsRect()
    margin = label.margin()
    room = rect.adjusted(margin, margin, -margin, -margin)
    if label.indent() > 0:
        room.setWidth(room.width() - label.indent())
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and QtGui.mightBeRichText(text))
    fm = QFontMetrics(label.font())
    need_h = label.heightForWidth(label.width())
    if label.wordWrap():
        if not rich:
            flags = int(label.alignment().value) | Qt.TextFlag.TextWordWrap.value
            need_w = fm.boundingRect(QRect(0, 0, room.width(), 100_000), flags, text).width()
            if need_w > room.width() + TOLERANCE:
                return (f"a word does not fit: needs {need_w} px across, "
                        f"has {room.width()} px")
    else:
        hint = label.sizeHint()
        need_w = hint.width() - (label.width() - room.width()) if rich else fm.boundingRect(
            QRect(0, 0, 100_000, 100_000), int(label.alignment().value), text).width()
        if need_w > room.width() + TOLERANCE:
            return f"needs {need_w} px across, has {room.width()} px (no word wrap)"
    if need_h > label.height() + TOLERANCE:
        return f"needs {need_h} px high at {label.width()} px wide, has {label.height()} px"
    return None


def button_clip(button: QPushButton) -> str | None:
    """Why a push button's own text (and icon) does not fit it.

    Across, the text may use at most half of the button's side padding (past that it
    touches the rounded border, or is cut by it); down, its ink must fit inside the
    padding (Naskh's tall line box around a short word does not count).
    """
    text = QAbstractButton.text(button)
    if not text:
        return None
    option = QStyleOptionButton()
    button.initStyleOption(option)
    room = button.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option,
                                         button)
    fm = QFontMetrics(button.font())
    lines = text.split("\n")
    need_w = max(fm.horizontalAdvance(line.replace("&&", "&")) for line in lines)
    need_h = fm.tightBoundingRect(text).height() if len(lines) == 1 \
        else fm.size(Qt.TextFlag.TextShowMnemonic.value, text).height()
    if not button.icon().isNull():
        need_w += button.iconSize().width() + 4  # QCommonStyle's icon-text spacing
        need_h = max(need_h, button.iconSize().height())
    allowed_w = room.width() + (button.width() - room.width()) // 2
    if need_w > allowed_w + TOLERANCE or need_h > room.height() + TOLERANCE:
        return (f"text needs {need_w}x{need_h} px, the button has room for "
                f"{allowed_w}x{room.height()} px ({button.width()}x{button.height()} px "
                f"with its padding)")
    return None


def line_edit_clip(edit: QLineEdit) -> str | None:
    """A placeholder too long for its field: Qt elides it ("Type a few lett…")."""
    text = edit.placeholderText()
    if edit.text() or not text:
        return None
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    room = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    margins = edit.textMargins()
    width = room.width() - margins.left() - margins.right() - 4  # QLineEdit's 2 px each side
    width -= sum(child.width() + 3 for child in edit.findChildren(QAbstractButton))
    need = QFontMetrics(edit.font()).horizontalAdvance(text)
    if need > width + TOLERANCE:
        return f"placeholder elided: needs {need} px, has {width} px"
    return None


def combo_clip(combo: QComboBox) -> str | None:
    """The current choice too long for the box: Qt elides it."""
    text = combo.currentText()
    if not text:
        return None
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    room = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                        QStyle.SubControl.SC_ComboBoxEditField, combo)
    need = QFontMetrics(combo.font()).horizontalAdvance(text)
    if need > room.width() + TOLERANCE:
        return f"choice elided: needs {need} px, has {room.width()} px"
    return None


def cut_by_parent(widget: QWidget, window: QWidget) -> QWidget | None:
    """The ancestor ``widget`` reaches out of (what is outside is not drawn), if any.

    A scroll area's viewport is no such cut: what is beyond it can be scrolled to.
    """
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent.parentWidget(), QAbstractScrollArea):
            return None
        inside = QRect(widget.mapTo(parent, widget.rect().topLeft()), widget.size())
        if not parent.rect().adjusted(-TOLERANCE, -TOLERANCE, TOLERANCE,
                                      TOLERANCE).contains(inside):
            return parent
        if parent is window:
            return None
        parent = parent.parentWidget()
    return None


def child_label(widget: QWidget) -> str:
    """A widget named briefly, among its siblings: its text, else its class and name."""
    text = visible_text(widget)
    if text:
        return short(text, 20)
    return type(widget).__name__ + (f"#{widget.objectName()}" if widget.objectName() else "")


def overlaps(widgets: list[QWidget]) -> list[tuple[QWidget, str]]:
    """Texts and touch targets drawn over a sibling (a squeezed layout stacks them, and
    the one below is partly hidden): one finding per parent."""
    found: list[tuple[QWidget, str]] = []
    by_parent: dict[int, tuple[QWidget, list[QWidget]]] = {}
    for widget in widgets:
        parent = widget.parentWidget()
        if parent is not None and (visible_text(widget) or is_target(widget)):
            by_parent.setdefault(id(parent), (parent, []))[1].append(widget)
    for parent, siblings in by_parent.values():
        pairs: list[tuple[QWidget, QWidget, QRect]] = []
        for index, first in enumerate(siblings):
            for second in siblings[index + 1:]:
                common = first.geometry().intersected(second.geometry())
                if common.width() > TOLERANCE and common.height() > TOLERANCE:
                    pairs.append((first, second, common))
        if pairs:
            most = max(pairs, key=lambda pair: pair[2].width() * pair[2].height())[2]
            sample = ", ".join(f"{child_label(a)} and {child_label(b)}"
                               for a, b, _common in pairs[:3])
            found.append((parent, f"{len(pairs)} pair(s) of its texts or targets overlap "
                                  f"(up to {most.width()}x{most.height()} px): {sample}"
                                  f"{', …' if len(pairs) > 3 else ''}"))
    return found


def clipped(widget: QWidget) -> str | None:
    """Why ``widget``'s text is not shown whole, or None."""
    if isinstance(widget, QLabel):
        return label_clip(widget)
    if isinstance(widget, QPushButton):
        return button_clip(widget)
    if isinstance(widget, QLineEdit):
        return line_edit_clip(widget)
    if isinstance(widget, QComboBox):
        return combo_clip(widget)
    return None


# ----- (b) touch targets -----------------------------------------------------------------
def is_target(widget: QWidget) -> bool:
    """Buttons, tiles, rows, keys and fields a finger presses (not the labels drawn on
    them, which let touches through)."""
    if not isinstance(widget, QAbstractButton | QComboBox | QLineEdit):
        return False
    node: QWidget | None = widget
    while node is not None:
        if node.testAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents):
            return False
        node = node.parentWidget()
    return True


def too_small(widget: QWidget) -> str | None:
    """Why ``widget`` is too small a touch target, or None."""
    if widget.width() >= MIN_TARGET_PX and widget.height() >= MIN_TARGET_PX:
        return None
    return (f"{widget.width()}x{widget.height()} px, a touch target needs "
            f"{MIN_TARGET_PX}x{MIN_TARGET_PX} px (15 mm)")


# ----- (c) mirroring ------------------------------------------------------------------------
def deliberate_direction(widget: QWidget, window: MainWindow) -> Qt.LayoutDirection | None:
    """The direction a widget keeps whatever the language, by design:

    * the keyboard's pages: Arabic letters right to left, Latin letters and digits left
      to right, in every interface language;
    * the ticket number (``C-017`` reads left to right in Arabic too);
    * the Arabic button of the language screen (its own language, whatever is on);
    * the welcome screen's invitation, in the direction of the language it shows (it
      shows each language in turn).
    """
    if isinstance(widget, KeyboardPage):
        return RTL if widget.rtl else LTR
    if widget is getattr(window.screens["ticket"], "number", None):
        return LTR
    buttons = getattr(window.screens["language"], "buttons", {})
    if widget is buttons.get("ar"):
        return RTL
    welcome = window.screens["welcome"]
    if isinstance(widget, QLabel) and widget is getattr(welcome, "invite", None):
        shown_in = next((lang for lang, text in TOUCH_TO_START.items()
                         if text == widget.text()), "en")
        return RTL if is_rtl(shown_in) else LTR
    return None


def expected_direction(widget: QWidget, window: MainWindow,
                       ui: Qt.LayoutDirection) -> Qt.LayoutDirection:
    """The nearest deliberate direction up from ``widget``, else the interface's."""
    node: QWidget | None = widget
    while node is not None:
        fixed = deliberate_direction(node, window)
        if fixed is not None:
            return fixed
        node = node.parentWidget()
    return ui


@dataclass
class Owner:
    """A widget, its direct children on screen and the layouts it holds (its own and
    the nested ones): what its rows, grids and forms are made of."""

    widget: QWidget
    children: list[QWidget]
    layouts: list[QLayout]


def layout_members(owner: Owner, layout: QLayout) -> list[tuple[int, QRect]]:
    """The visible widgets and non-empty nested layouts of ``layout`` (one of
    ``owner``'s): (index in ``layout``, geometry in the owner), in layout order.

    Found from the widgets and layouts, never through ``QLayout.itemAt``: a
    ``QLayoutItem`` wrapper outlives the item a screen deletes, and PySide then crashes.
    """
    members: list[tuple[int, QRect]] = []
    for child in owner.children:
        index = layout.indexOf(child)
        if index >= 0:
            members.append((index, child.geometry()))
    for nested in owner.layouts:
        if nested is layout:
            continue
        index = layout.indexOf(nested)
        rect = nested.geometry()
        if index >= 0 and rect.width() > 0 and any(nested.indexOf(w) >= 0
                                                    for w in owner.children):
            members.append((index, rect))
    return sorted(members, key=lambda member: member[0])


def reading_order_problems(owner: Owner, layout: QLayout, direction: Qt.LayoutDirection,
                           counted: list[int] | None = None) -> list[tuple[QRect, QRect, str]]:
    """Pairs of members of ``layout`` (on ``owner``) placed against the reading order:
    (first, second, what) where ``first`` should come before ``second``."""
    found: list[tuple[QRect, QRect, str]] = []

    def in_order(a: QRect, b: QRect) -> bool:
        if counted is not None:
            counted.append(1)
        if direction == RTL:
            return a.center().x() > b.center().x()
        return a.center().x() < b.center().x()

    if isinstance(layout, QBoxLayout):
        if layout.direction() not in (QBoxLayout.Direction.LeftToRight,
                                      QBoxLayout.Direction.RightToLeft):
            return found
        rects = [rect for _index, rect in layout_members(owner, layout)]
        if layout.direction() == QBoxLayout.Direction.RightToLeft:
            rects.reverse()
        found += [(a, b, "row") for a, b in itertools.pairwise(rects)
                  if not in_order(a, b)]
    elif isinstance(layout, QGridLayout):
        cells: dict[int, list[tuple[int, QRect]]] = {}
        for index, rect in layout_members(owner, layout):
            row, column, _rows, _columns = cast(tuple[int, int, int, int],
                                                layout.getItemPosition(index))
            cells.setdefault(row, []).append((column, rect))
        for row_cells in cells.values():
            row_cells.sort(key=lambda cell: cell[0])
            found += [(a, b, "grid row") for (_ca, a), (_cb, b)
                      in itertools.pairwise(row_cells) if not in_order(a, b)]
    elif isinstance(layout, QFormLayout):
        roles: dict[int, dict[QFormLayout.ItemRole, QRect]] = {}
        for index, rect in layout_members(owner, layout):
            row, role = cast(tuple[int, QFormLayout.ItemRole], layout.getItemPosition(index))
            roles.setdefault(row, {})[role] = rect
        for row_roles in roles.values():
            a = row_roles.get(QFormLayout.ItemRole.LabelRole)
            b = row_roles.get(QFormLayout.ItemRole.FieldRole)
            if a is not None and b is not None and a.top() < b.bottom() \
                    and b.top() < a.bottom() and not in_order(a, b):
                found.append((a, b, "form label and field"))
    return found


def icon_image(button: QAbstractButton) -> QImage:
    """The button's icon as drawn at its icon size."""
    return button.icon().pixmap(button.iconSize()).toImage()


def mirroring_problems(window: MainWindow, root: QWidget, ui: Qt.LayoutDirection,
                       counted: list[int] | None = None) -> list[tuple[QWidget, str]]:
    """Widgets of ``root`` laid out against the reading direction ``ui``.

    ``counted`` (if given) gets the number of neighbour pairs whose order was checked.
    """
    problems: list[tuple[QWidget, str]] = []
    word = {LTR: "left to right", RTL: "right to left"}
    if QApplication.layoutDirection() != ui:
        problems.append((window, f"the application is {word[QApplication.layoutDirection()]}"))
    on_screen = shown(root)
    owners: dict[int, Owner] = {}
    for widget in on_screen:
        parent = widget.parentWidget()
        if parent is not None:
            owners.setdefault(id(parent), Owner(parent, [], [])).children.append(widget)
    for layout in root.findChildren(QLayout):
        parent = layout.parentWidget()
        if parent is not None and id(parent) in owners:
            owners[id(parent)].layouts.append(layout)
    for widget in on_screen:
        expected = expected_direction(widget, window, ui)
        if widget.layoutDirection() != expected:
            problems.append((widget, f"laid out {word[widget.layoutDirection()]}, "
                                     f"should be {word[expected]}"))
        if isinstance(widget, QLabel) and ui == RTL and widget.text() and \
                widget.alignment() & Qt.AlignmentFlag.AlignAbsolute:
            problems.append((widget, "aligned with AlignAbsolute: not mirrored"))
        owner = owners.get(id(widget))
        if owner is None:
            continue
        for layout in owner.layouts:
            for first, second, what in reading_order_problems(owner, layout, expected,
                                                              counted):
                problems.append((widget, f"{what} not in reading order ({word[expected]}): "
                                         f"item at x={first.x()} should come before the one "
                                         f"at x={second.x()}"))
    screen = window.screens.get(window.current)
    header = screen.header if isinstance(screen, Screen) else None
    if header is not None and header.isVisible() and root is not window.overlay:
        back, home = header.back_button, header.home_button
        if back.isVisible() and home.isVisible():
            back_x = back.mapTo(window, back.rect().center()).x()
            home_x = home.mapTo(window, home.rect().center()).x()
            if (back_x < home_x) != (ui == LTR) or (back_x > window.width() / 2) != (ui == RTL):
                problems.append((back, f"Back at x={back_x}, Start over at x={home_x}: Back "
                                       f"belongs on the {'right' if ui == RTL else 'left'}"))
        if back.isVisible() and icon_image(back) != make_icon(
                "back", PRIMARY, mirrored=ui == RTL).pixmap(back.iconSize()).toImage():
            problems.append((back, f"the arrow does not point "
                                   f"{'right' if ui == RTL else 'left'} (back)"))
    return problems


# ----- the walk -----------------------------------------------------------------------------
Check = Callable[[str, QWidget], None]


def journey(window: MainWindow, bot: QtBot, lang: str, check: Check) -> None:
    """Drive the window through every visitor screen in ``lang``; ``check(state, root)``
    at each step."""
    screens = window.screens
    window.home()
    welcome = screens["welcome"]
    langs = getattr(welcome, "_langs", [])
    if lang in langs:  # the invitation rotates through the languages: show this one's
        welcome._index = langs.index(lang)  # type: ignore[attr-defined]
        welcome._show_current()  # type: ignore[attr-defined]
    check("welcome", window)
    click(bot, welcome)
    check("language", window)
    tap_through_to_categories(window, bot, lang)
    check("categories", window)
    categories = [key for key in screens["categories"].tiles  # type: ignore[attr-defined]
                  if key not in ("search", "scan")]
    for category in categories:
        click(bot, screens["categories"].tiles[category])  # type: ignore[attr-defined]
        check(f"services[{category}]", window)
        for service in list(screens["services"].tiles):  # type: ignore[attr-defined]
            click(bot, screens["services"].tiles[service])  # type: ignore[attr-defined]
            check(f"card[{service}]", window)
            if window.catalog.service(service).fields:
                click(bot, screens["card"].next_button)  # type: ignore[attr-defined]
                click(bot, screens["notice"].accept)  # type: ignore[attr-defined]
                details = screens["details"]
                click(bot, details.next_button)  # type: ignore[attr-defined]
                check(f"details[{service}] with errors", window)
                window.back()
                window.back()
            window.back()
        window.back()
    # one whole visit: passport
    window.home()
    tap_through_to(window, bot, lang, "travel", "passport")
    card = screens["card"]
    click(bot, next(iter(card.checklist.values())))  # type: ignore[attr-defined]
    click(bot, card.next_button)  # type: ignore[attr-defined]
    check("notice", window)
    click(bot, screens["notice"].accept)  # type: ignore[attr-defined]
    details = screens["details"]
    check("details", window)
    click(bot, details.inputs["cnie"])  # type: ignore[attr-defined]
    check("details, Latin keyboard for the CNIE", window)
    click(bot, details.keyboard.special_key("switch-digits"))  # type: ignore[attr-defined]
    check("details, digits keyboard", window)
    click(bot, details.keyboard.special_key("switch-ar"))  # type: ignore[attr-defined]
    check("details, Arabic keyboard", window)
    details.inputs["full_name"].setText(  # type: ignore[attr-defined]
        "محمد العلوي" if lang == "ar" else "Amina El Idrissi")
    details.inputs["cnie"].setText("AB123456")  # type: ignore[attr-defined]
    click(bot, details.next_button)  # type: ignore[attr-defined]
    check("priority", window)
    click(bot, screens["priority"].buttons["elderly"])  # type: ignore[attr-defined]
    check("confirm", window)
    with bot.waitSignal(window.ticketIssued, timeout=20000):
        click(bot, screens["confirm"].confirm)  # type: ignore[attr-defined]
    check("ticket", window)
    window.overlay.start(15)
    check("more time?", window.overlay)
    window.overlay.stop()
    window.show_screen("search")
    search = screens["search"]
    check("search", window)
    search.field.setText("جواز" if lang == "ar" else "pass")  # type: ignore[attr-defined]
    check("search with results", window)
    search.field.setText("zzzz")  # type: ignore[attr-defined]
    check("search, nothing found", window)
    window.show_screen("scan")
    scan = screens["scan"]
    click(bot, scan.manual_button)  # type: ignore[attr-defined]
    check("scan, typing a reference", window)
    prereg = sign_prereg("cnie", "ar", {"full_name": "فاطمة الزهراء", "cnie": "AB123456"},
                         key=load_or_create_signing_key(window.kiosk.data_dir),
                         created=window.now())
    scan.show_result(window.parse_scanned(prereg.encode()))  # type: ignore[attr-defined]
    check("scan, a pre-registration read", window)
    window.show_screen("counter")
    check("counter", window)
    window.start_feedback(TicketStatus(
        number="R-001", request_id="served", service_id="information", state="served",
        people_ahead=0, estimated_wait_minutes=0, priority=None))
    check("feedback, rating", window)
    click(bot, screens["feedback"].buttons[4])  # type: ignore[attr-defined]
    check("feedback, comment", window)
    click(bot, screens["feedback_comment"].complain)  # type: ignore[attr-defined]
    check("feedback, complaints portal", window)
    window.show_screen("feedback_thanks")
    check("feedback, thanks", window)
    window.home()


def tap_through_to_categories(window: MainWindow, bot: QtBot, lang: str) -> None:
    """From the language screen: this language's button."""
    click(bot, window.screens["language"].buttons[lang])  # type: ignore[attr-defined]


def check_step(window: MainWindow, root: QWidget, where: str, direction: Qt.LayoutDirection,
               findings: Findings) -> None:
    """Run the three checks on what ``root`` shows now; add what is wrong to
    ``findings``, each line starting with ``where`` (language and step)."""
    screen = window.stack.currentWidget()
    need = screen.minimumSizeHint() if screen is not None else SCREEN_SIZE
    if root is window and (need.width() > SCREEN[0] or need.height() > SCREEN[1]):
        findings.clipped.append(
            f"{where} the screen needs at least {need.width()}x{need.height()} px, more "
            f"than the {SCREEN[0]}x{SCREEN[1]} screen: squeezed, or cut off")
    widgets = shown(root)
    for widget, reason in overlaps(widgets):
        findings.clipped.append(f"{where} {widget_name(widget, window)}: {reason}")
    outside: dict[int, tuple[QWidget, list[QWidget]]] = {}
    for widget in widgets:
        clip = clipped(widget)
        if clip:
            findings.clipped.append(f"{where} {widget_name(widget, window)}: {clip}")
        cut = cut_by_parent(widget, window) if visible_text(widget) else None
        if cut is not None:
            outside.setdefault(id(cut), (cut, []))[1].append(widget)
        small = too_small(widget) if is_target(widget) else None
        if small:
            findings.small.append(f"{where} {widget_name(widget, window)}: {small}")
    for cut, inside in outside.values():
        findings.clipped.append(
            f"{where} {widget_name(cut, window)}: {len(inside)} text(s) reach outside it "
            f"and are cut off: {', '.join(child_label(w) for w in inside[:4])}"
            f"{', …' if len(inside) > 4 else ''}")
    counted: list[int] = []
    for widget, reason in mirroring_problems(window, root, direction, counted):
        findings.mirroring.append(f"{where} {widget_name(widget, window)}: {reason}")
    findings.ordered_pairs += len(counted)


def walk_language(window: MainWindow, bot: QtBot, lang: str) -> Findings:
    """Walk the journey in ``lang`` and run the three checks at every step."""
    findings = Findings(lang)
    started = time.perf_counter()
    if SHOTS:
        SHOTS.mkdir(parents=True, exist_ok=True)

    def check(state: str, root: QWidget) -> None:
        settle()
        findings.states.append(state)
        # before the visitor picks a language, the screens speak the kiosk's first one
        shown_in = window.config.kiosk.languages[0] if state in ("welcome", "language") \
            else lang
        check_step(window, root, f"[{lang}] {state}:", RTL if is_rtl(shown_in) else LTR,
                   findings)
        if SHOTS:
            name = re.sub(r"[^\w.-]+", "-", state).strip("-")
            window.grab().save(str(SHOTS / f"{lang}-{len(findings.states):03d}-{name}.png"))

    journey(window, bot, lang, check)
    findings.seconds = time.perf_counter() - started
    return findings


@pytest.fixture(scope="module", params=LANGS)
def walked(request: pytest.FixtureRequest, qapp: QApplication,
           tmp_path_factory: pytest.TempPathFactory) -> Iterator[Findings]:
    """One walk per language, shared by the three checks."""
    lang = str(request.param)
    bot = QtBot(request)
    data = tmp_path_factory.mktemp(f"layout-{lang}") / "data"
    kiosk = demo_kiosk(data, tap_guard_ms=0)
    # Every present language offered (Arabic first, as KNOWN_LANGS has it), and a camera
    # that is not there, so the scan screen offers typing at once.
    kiosk.config = dataclasses.replace(
        kiosk.config,
        kiosk=dataclasses.replace(kiosk.config.kiosk, languages=tuple(LANGS)),
        camera=dataclasses.replace(kiosk.config.camera, source=str(data / "no-camera")))
    window = make_window(bot, kiosk)
    # The kiosk's screen does not grow: a screen that needs more is judged squeezed.
    window.setFixedSize(*SCREEN)
    try:
        yield walk_language(window, bot, lang)
    finally:
        window.close()
        window.deleteLater()


def report(findings: Findings, problems: list[str], what: str) -> str:
    """A failure message: one line per problem."""
    return (f"{len(problems)} {what} in {findings.lang} "
            f"({len(findings.states)} screens checked):\n  " + "\n  ".join(problems))


def test_no_text_is_clipped(walked: Findings) -> None:
    assert len(walked.states) > 20
    assert not walked.clipped, report(walked, walked.clipped, "clipped texts")


def test_every_touch_target_is_at_least_15_mm(walked: Findings) -> None:
    assert not walked.small, report(walked, walked.small, "touch targets under 15 mm")


def test_layout_is_mirrored_in_arabic_only(walked: Findings) -> None:
    assert walked.ordered_pairs > 1000, "the reading order of too few rows was checked"
    assert not walked.mirroring, report(walked, walked.mirroring, "mirroring faults")


def test_the_checks_catch_what_they_look_for(qapp: QApplication, tmp_path: Path,
                                            qtbot: QtBot) -> None:
    """Each check fails on a widget made to fail it (so a pass means something)."""
    window = make_window(qtbot, demo_kiosk(tmp_path / "data", tap_guard_ms=0))
    window.setFixedSize(*SCREEN)
    screen = window.screens["counter"]
    window.show_screen("counter")
    settle()
    message = screen.message  # type: ignore[attr-defined]
    message.setWordWrap(False)
    message.setText("W" * 200)
    done = screen.done  # type: ignore[attr-defined]
    done.setFixedSize(200, 40)
    done.setText("A rather long text for a small button")
    done.setLayoutDirection(RTL)
    settle()
    assert clipped(message) is not None and "no word wrap" in str(clipped(message))
    assert clipped(done) is not None
    assert too_small(done) is not None and is_target(done)
    problems = mirroring_problems(window, window, LTR)
    assert any(widget is done for widget, _reason in problems), problems
    assert "CounterScreen.done" in widget_name(done, window)
    hidden = QLabel("W" * 300, screen)
    hidden.resize(10, 10)
    hidden.hide()
    assert hidden not in shown(window)  # hidden widgets are never judged
