"""What every visitor screen shares: a header, the accessibility bar, re-translation,
what the screen says aloud, and the navigator."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.devices.voice import Utterance
from kiosk.ui.theme import TOUCH_MIN_PX
from kiosk.ui.widgets.a11y_bar import A11yBar
from kiosk.ui.widgets.step_header import StepHeader

if TYPE_CHECKING:
    from kiosk.ui.navigator import Navigator


def sentences(*texts: str) -> str:
    """Texts read one after the other: each ends with a full stop (a pause when spoken)."""
    kept = [" ".join(text.split()) for text in texts if text and text.strip()]
    return " ".join(text if text[-1] in ".!?:;…。؟" else text + "." for text in kept)


def choices(texts: Iterable[str]) -> str:
    """A list of choices, as read aloud: one short pause between them."""
    return sentences(*texts)


class WrapButton(QPushButton):
    """A push button whose words wrap onto a second line rather than being cut off
    (long answers, translations, large text).

    The words are a child label that lets touches through; :meth:`text` and
    :meth:`setText` are the label's, so the button reads like any other.  Styled by
    ``QPushButton[kind=...] QLabel`` in the theme.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(20, 8, 20, 8)
        self._column.addWidget(self.label)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setText(text)

    def setText(self, text: str) -> None:
        """The button's words (the caller's, already translated)."""
        self.label.setText(text)
        self.setAccessibleName(text)
        self.updateGeometry()

    def text(self) -> str:
        """The button's words."""
        return self.label.text()

    def hasHeightForWidth(self) -> bool:
        """Narrower, the words take more lines."""
        return True

    def heightForWidth(self, width: int) -> int:
        """Tall enough for every line of the words at ``width``."""
        return max(TOUCH_MIN_PX, self.minimumHeight(), self._column.totalHeightForWidth(width))

    def sizeHint(self) -> QSize:
        """The words on one line if they fit in 600 px, else as tall as they need."""
        width = min(600, self._column.totalSizeHint().width())
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        """Narrow enough for any row; the height follows :meth:`heightForWidth`."""
        return QSize(160, self.heightForWidth(160))


class Screen(QWidget):
    """A full-window step of the visitor's journey.

    Signal: ``speechChanged()`` -- what the screen says changed while it is shown (a
    verdict, an error): voice guidance reads :meth:`speech` again.
    """

    speechChanged = Signal()

    #: position in the progress indicator (0 = not shown)
    step = 0
    #: visitor screens have the accessibility bar; staff screens do not
    accessibility_bar: ClassVar[bool] = True

    def __init__(self, nav: Navigator, with_header: bool = True) -> None:
        super().__init__()
        self.nav = nav
        self.root = QVBoxLayout(self)
        self.root.setContentsMargins(0, 0, 0, 0)
        self.root.setSpacing(0)
        self.header: StepHeader | None = None
        if with_header:
            self.header = StepHeader()
            self.header.backRequested.connect(nav.back)
            self.header.homeRequested.connect(nav.home)
            self.root.addWidget(self.header)
        self.body = QWidget()
        self.body.setObjectName("screenBody")
        self.content = QVBoxLayout(self.body)
        self.content.setContentsMargins(32, 24, 32, 24)
        self.content.setSpacing(18)
        self.a11y_bar: A11yBar | None = None
        if self.accessibility_bar:
            # The bar runs down the side at the end of the reading direction.
            row = QHBoxLayout()
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(0)
            row.addWidget(self.body, 1)
            self.a11y_bar = A11yBar()
            row.addWidget(self.a11y_bar)
            self.root.addLayout(row, 1)
        else:
            self.root.addWidget(self.body, 1)

    def set_large_text(self, large: bool) -> None:
        """Large text was turned on or off: narrower margins, so that more fits."""
        if self.header is not None:
            self.header.set_compact(large)
        if large:
            self.content.setContentsMargins(24, 12, 24, 12)
            self.content.setSpacing(10)
        else:
            self.content.setContentsMargins(32, 24, 32, 24)
            self.content.setSpacing(18)

    def add_prompt(self) -> QLabel:
        """A wrapped sentence under the header telling the visitor what to do."""
        label = QLabel()
        label.setObjectName("screenPrompt")
        label.setWordWrap(True)
        self.content.addWidget(label)
        return label

    def add_primary_button(self, name: str, slot: Callable[[], None]) -> QPushButton:
        """The screen's main action, full width at the bottom."""
        button = QPushButton()
        button.setObjectName(name)
        button.setProperty("kind", "primary")
        button.clicked.connect(slot)
        self.content.addWidget(button)
        return button

    def set_title(self, title: str) -> None:
        """Title in the header, with this screen's step in the progress indicator."""
        if self.header is not None:
            self.header.set_title(title)
            self.header.set_step(self.step, 5)

    def on_enter(self) -> None:
        """Called each time the screen is shown; fill it from the session here."""
        self.retranslate()

    def retranslate(self) -> None:
        """Set every visible text in the current language."""

    def reset(self) -> None:
        """Forget everything this screen shows of the visitor (called on every wipe)."""

    def spoken_text(self) -> str:
        """What voice guidance reads on this screen, in the interface language.

        The title, what to do and the choices: what is on the screen, never anything
        the visitor typed.  This default reads the header's title and the prompt (a
        ``prompt`` label, when the screen has one); screens with more to say override.
        """
        title = self.header.title_label.text() if self.header is not None else ""
        prompt = getattr(self, "prompt", None)
        return sentences(title, prompt.text() if isinstance(prompt, QLabel) else "")

    def spoken_news(self) -> str:
        """What to read when :attr:`speechChanged` is emitted (default: everything)."""
        return self.spoken_text()

    def speech(self) -> list[Utterance]:
        """What voice guidance reads, with the language of each piece."""
        return [Utterance(self.spoken_text(), self.nav.session.lang)]

    def changeEvent(self, event: QEvent) -> None:
        """Re-translate when the language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
