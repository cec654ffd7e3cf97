"""Choosing a language: one big button per language, each in its own script.

The kiosk offers the languages of its configuration (``kiosk.languages``, up to the
eight of ``KNOWN_LANGS``), in that order, two to a row (in reading order: right to
left while the interface is in Arabic).  The buttons share the height left under the
prompt, up to their usual size, so that eight fit at 1024x768 and still stay well over
the 15 mm touch target; a last button alone on its row takes the whole row.

The title and the prompt are not translations: they are shown in Morocco's official
languages, Arabic and Tamazight, then French and English (those offered), all at once;
the title in the first three only, so that it stays on one line at 1024 px.  Each part
is a bidi isolate, so Arabic, Tifinagh and Latin keep their order whatever the
interface direction.  (What voice guidance reads here is kiosk/ui/accessibility.py's.)
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QGridLayout, QLabel, QPushButton, QSizePolicy

from kiosk.domain.text import CHOOSE_LANGUAGE, NATIVE_NAMES, is_rtl
from kiosk.ui.bidi import own_direction
from kiosk.ui.navigator import Navigator
from kiosk.ui.screens.base import Screen

#: "Language", for the title.  review: ⵜⵓⵜⵍⴰⵢⵜ was written by a non-native speaker.
LANGUAGE_WORD = {"ar": "اللغة", "zgh": "ⵜⵓⵜⵍⴰⵢⵜ", "fr": "Langue", "en": "Language"}
#: "Choose your language", for the prompt (one table for the screen and the voice).
CHOOSE = CHOOSE_LANGUAGE
#: The languages the title and prompt are written in, when offered.
SHOWN_IN = ("ar", "zgh", "fr", "en")
#: How many of them the title names.
TITLE_LANGS = 3
#: Height of a language button: as tall as usual when there is room, never less than
#: this (px at 96 dpi: 19 mm, over the 15 mm touch target even with the border).
BUTTON_MIN_PX = 72
BUTTON_MAX_PX = 140
ROW_SPACING = 16
COLUMN_SPACING = 24


class LanguageScreen(Screen):
    """The offered languages, named in themselves."""

    def __init__(self, nav: Navigator) -> None:
        super().__init__(nav)
        self.languages = tuple(nav.config.kiosk.languages)
        self.prompt = QLabel()
        self.prompt.setObjectName("screenPrompt")
        self.prompt.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.prompt.setWordWrap(True)
        self.content.addWidget(self.prompt)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(COLUMN_SPACING)
        self.grid.setVerticalSpacing(ROW_SPACING)
        self.buttons: dict[str, QPushButton] = {}
        for index, lang in enumerate(self.languages):
            button = QPushButton(NATIVE_NAMES.get(lang, lang))
            button.setObjectName(f"lang_{lang}")
            button.setProperty("kind", "language")
            # The theme's 120 px would need 4 x 138 px for eight languages: let the
            # buttons share the height instead (a widget's own sheet wins).
            button.setStyleSheet(f"min-height: {BUTTON_MIN_PX}px;")
            button.setMaximumHeight(BUTTON_MAX_PX)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            if is_rtl(lang):
                button.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
            button.clicked.connect(partial(nav.choose_language, lang))
            alone = index == len(self.languages) - 1 and index % 2 == 0
            self.grid.addWidget(button, index // 2, index % 2, 1, 2 if alone else 1)
            self.buttons[lang] = button
        # A box layout shares space in proportion to the stretch factors (of the whole,
        # not of what is left over), so the grid's large factor lets it grow to its
        # buttons' usual size first; what is then left goes 1:2 above and below.
        self.content.addStretch(1)
        self.content.addLayout(self.grid, 30)
        self.content.addStretch(2)

    def shown_in(self) -> tuple[str, ...]:
        """The languages of the title and prompt: Arabic, Tamazight, French, English
        when offered (else the first three offered)."""
        shown = tuple(lang for lang in SHOWN_IN if lang in self.languages)
        return shown or tuple(lang for lang in self.languages if lang in CHOOSE)[:3]

    def retranslate(self) -> None:
        """The title and prompt are shown in several languages at once."""
        shown = self.shown_in()
        # The isolates hide every letter from the paragraph's direction: a mark gives it
        # the interface's, so the first language shown is where reading starts.
        rtl = QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        mark = "\u200f" if rtl else "\u200e"
        words = dict.fromkeys(LANGUAGE_WORD.get(lang, LANGUAGE_WORD["en"]) for lang in shown)
        self.set_title(mark + " · ".join(own_direction(word) for word in list(words)[:TITLE_LANGS]))
        self.prompt.setText(mark + "  ·  ".join(own_direction(CHOOSE[lang]) for lang in shown))
