"""The accessibility bar: voice, large text and high contrast, one touch away.

Every visitor screen has one, at the same place: down the side at the end of the
reading direction (right in French, left in Arabic), its buttons at the bottom, within
reach from a wheelchair and clear of the staff corner at the top.  Each button is a
pictogram above a word; a ticked button shows a tick in its corner as well as its
colour, so its state never rests on colour alone.  The bar does not grow with large
text: it stays where and how the visitor found it, to turn large text off again.

The bar only shows and asks: ``kiosk/ui/accessibility.py`` holds the state, binds every
screen's bar to it and updates them all.  Signals: ``voiceToggled()``,
``repeatRequested()``, ``volumeRequested()``, ``largeTextToggled()``,
``contrastToggled()``.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from kiosk.ui.theme import current_colours, set_style_property
from kiosk.ui.theme_metrics import A11Y_BUTTON_MIN_HEIGHT_PX, A11Y_BUTTON_PX
from kiosk.ui.widgets.icons import icon_pixmap

ICON_PX = 44
BADGE_PX = 26
BAR_MARGIN = 8
#: Width of the whole bar.
BAR_WIDTH = A11Y_BUTTON_PX + 2 * BAR_MARGIN

#: the pictograms' line width (of 24): lighter than the other icons, they are bigger
STROKE = 2.0


def _passive(label: QLabel) -> QLabel:
    label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    return label


class A11yButton(QPushButton):
    """A square button: pictogram above a word or two, a tick in its corner when on.

    Not a checkable button: a touch only asks (``clicked``), and the controller says
    what is on with :meth:`set_on` (styled by the ``on`` property).
    """

    def __init__(self, name: str, icon: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setProperty("kind", "a11y")
        self.setProperty("on", "false")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFixedWidth(A11Y_BUTTON_PX)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self._icon_name = icon
        self._on = False
        self.picture = _passive(QLabel())
        self.picture.setFixedSize(ICON_PX, ICON_PX)
        self.word = _passive(QLabel())
        self.word.setWordWrap(True)
        self.word.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.badge = _passive(QLabel(self))
        self.badge.setFixedSize(BADGE_PX, BADGE_PX)
        self.badge.hide()
        self._column = column = QVBoxLayout(self)
        column.setContentsMargins(6, 8, 6, 6)
        column.setSpacing(4)
        column.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(self.word)
        column.addStretch(1)
        self.repaint_icons()

    def set_on(self, on: bool) -> None:
        """Show the choice as on (tick, yellow or green) or off."""
        if on == self._on:
            return
        self._on = on
        set_style_property(self, "on", "true" if on else "false")
        self.badge.setVisible(on)
        self._place_badge()

    def is_on(self) -> bool:
        """True when shown as on."""
        return self._on

    def set_word(self, text: str) -> None:
        """The word under the pictogram (the caller's, already translated)."""
        self.word.setText(text)
        self.updateGeometry()

    def set_icon_name(self, name: str) -> None:
        """Show another pictogram (voice on/off, the volume's level)."""
        if name != self._icon_name:
            self._icon_name = name
            self.repaint_icons()

    def icon_name(self) -> str:
        """The pictogram shown."""
        return self._icon_name

    def repaint_icons(self) -> None:
        """Draw the pictogram and the tick in the theme's colours (after a restyle)."""
        colours = current_colours()
        muted = not self.isEnabled() or self.property("unavailable") == "true"
        colour = colours.disabled_text if muted else colours.text
        self.picture.setPixmap(icon_pixmap(self._icon_name, colour, ICON_PX, stroke=STROKE))
        self.badge.setPixmap(icon_pixmap("check", colours.text, BADGE_PX, stroke=STROKE))

    def sizeHint(self) -> QSize:
        """The fixed width; the least height, more when the word takes two lines."""
        width = A11Y_BUTTON_PX
        return QSize(width, max(A11Y_BUTTON_MIN_HEIGHT_PX,
                                self._column.totalHeightForWidth(width)))

    def minimumSizeHint(self) -> QSize:
        """As big as :meth:`sizeHint`: never squeezed."""
        return self.sizeHint()

    def hasHeightForWidth(self) -> bool:
        """No: the width is fixed, so :meth:`sizeHint` already has the height."""
        return False

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Keep the tick in the top corner at the end of the reading direction."""
        super().resizeEvent(event)
        self._place_badge()

    def changeEvent(self, event: QEvent) -> None:
        """Redraw on enabling/disabling; move the tick when the layout mirrors."""
        if event.type() == QEvent.Type.EnabledChange:
            self.repaint_icons()
        elif event.type() == QEvent.Type.LayoutDirectionChange:
            self._place_badge()
        super().changeEvent(event)

    def _place_badge(self) -> None:
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        x = 6 if rtl else self.width() - BADGE_PX - 6
        self.badge.move(x, 6)


class A11yBar(QWidget):
    """The column of accessibility buttons and, above them, a note when voice is off
    for a reason (not on this kiosk; not in this language)."""

    voiceToggled = Signal()
    repeatRequested = Signal()
    volumeRequested = Signal()
    largeTextToggled = Signal()
    contrastToggled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("a11yBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setFixedWidth(BAR_WIDTH)
        self.note = QLabel()
        self.note.setObjectName("a11yNote")
        self.note.setWordWrap(True)
        self.note.hide()
        self.voice = A11yButton("a11yVoice", "voice-off")
        self.repeat = A11yButton("a11yRepeat", "repeat")
        self.volume = A11yButton("a11yVolume", "volume-1")
        self.large_text = A11yButton("a11yLargeText", "text-size")
        self.contrast = A11yButton("a11yContrast", "contrast")
        column = QVBoxLayout(self)
        column.setContentsMargins(BAR_MARGIN, BAR_MARGIN, BAR_MARGIN, BAR_MARGIN + 4)
        column.setSpacing(8)
        column.addStretch(1)
        column.addWidget(self.note)
        for button in self.buttons():
            column.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        # A touch only asks; what is on comes back through set_state, for every bar.
        self.voice.clicked.connect(self.voiceToggled)
        self.large_text.clicked.connect(self.largeTextToggled)
        self.contrast.clicked.connect(self.contrastToggled)
        self.repeat.clicked.connect(self.repeatRequested)
        self.volume.clicked.connect(self.volumeRequested)
        self.repeat.hide()
        self.volume.hide()
        self._volume = (1, 3)
        self.retranslate()

    def buttons(self) -> tuple[A11yButton, ...]:
        """Every button of the bar, top to bottom."""
        return (self.voice, self.repeat, self.volume, self.large_text, self.contrast)

    def set_state(self, voice: bool, large_text: bool, high_contrast: bool,
                  volume_step: int = 0, volume_steps: int = 3, voice_usable: bool = True,
                  speaks: bool = True, note: str = "") -> None:
        """Show the visit's choices.

        ``voice_usable`` False shows the voice button crossed out and dashed (no voice
        on this kiosk), still touchable so that it can say why; ``speaks`` False (no
        voice in this language) leaves Repeat and Volume out; ``note`` is a sentence
        shown above the buttons (empty: none).
        """
        unavailable = "false" if voice_usable else "true"
        if self.voice.property("unavailable") != unavailable:
            set_style_property(self.voice, "unavailable", unavailable)
            self.voice.repaint_icons()
        self.voice.set_on(voice and voice_usable)
        self.voice.set_icon_name("voice-on" if voice and voice_usable else "voice-off")
        self.repeat.setVisible(voice and voice_usable and speaks)
        self.volume.setVisible(voice and voice_usable and speaks)
        level = min(max(volume_step, 0), 2) + 1
        self.volume.set_icon_name(f"volume-{level}")
        self._volume = (volume_step + 1, volume_steps)
        self.large_text.set_on(large_text)
        self.contrast.set_on(high_contrast)
        self.note.setText(note)
        self.note.setVisible(bool(note))
        self._set_accessible_names()

    def retranslate(self) -> None:
        """The bar's words in the current language."""
        self.voice.set_word(self.tr("Voice"))
        self.repeat.set_word(self.tr("Repeat"))
        self.volume.set_word(self.tr("Volume"))
        self.large_text.set_word(self.tr("Large text"))
        self.contrast.set_word(self.tr("Contrast"))
        self._set_accessible_names()

    def repaint_icons(self) -> None:
        """Redraw the pictograms in the theme's colours."""
        for button in self.buttons():
            button.repaint_icons()

    def changeEvent(self, event: QEvent) -> None:
        """Re-translate on a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _set_accessible_names(self) -> None:
        on, off = self.tr("on"), self.tr("off")
        self.voice.setAccessibleName(self.tr("Voice guidance: %1").replace(
            "%1", on if self.voice.is_on() else off))
        self.large_text.setAccessibleName(self.tr("Large text: %1").replace(
            "%1", on if self.large_text.is_on() else off))
        self.contrast.setAccessibleName(self.tr("High contrast: %1").replace(
            "%1", on if self.contrast.is_on() else off))
        self.repeat.setAccessibleName(self.tr("Repeat what the screen says"))
        step, steps = self._volume
        self.volume.setAccessibleName(self.tr("Volume %1 of %2").replace(
            "%1", str(step)).replace("%2", str(steps)))
