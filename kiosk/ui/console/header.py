"""The console's top: who is at which counter, and the state of the hall server.

:class:`ConsoleHeader` is the bar: the title (the counter, or the console before anyone
logs in), the counter's groups and the agent's name, one button per staff language
(:func:`~kiosk.ui.widgets.staff_header.language_buttons`, like the kiosk's staff
screens), the counter's settings and Lock.  :class:`ConsoleState` is the line under it:
connected to the hall server, this PC's own queue, or CUT OFF since when (with the time
of the queue shown).  Both only show what the window tells them.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from kiosk.ui.bidi import own_direction
from kiosk.ui.console.current_ticket import compact_banner
from kiosk.ui.console.words import clock
from kiosk.ui.widgets.dialogs import MessageBanner
from kiosk.ui.widgets.staff_header import STAFF_LANGUAGES, language_buttons


class ConsoleHeader(QFrame):
    """The console's bar.  Signals: ``languageRequested(str)``, ``settingsRequested()``,
    ``lockRequested()``."""

    languageRequested = Signal(str)
    settingsRequested = Signal()
    lockRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("consoleHeader")
        self.title = QLabel()
        self.title.setObjectName("consoleTitle")
        self.agent_label = QLabel()
        self.agent_label.setObjectName("consoleAgent")
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 6, 14, 6)
        row.setSpacing(10)
        row.addWidget(self.title)
        row.addWidget(self.agent_label, 1)
        self.lang_buttons = language_buttons(STAFF_LANGUAGES, "consoleLang", self._choose)
        for button in self.lang_buttons.values():
            row.addWidget(button)
        row.addSpacing(8)
        self.settings_button = QPushButton()
        self.settings_button.setObjectName("counterSettings")
        self.settings_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.settings_button.clicked.connect(self.settingsRequested)
        self.lock_button = QPushButton()
        self.lock_button.setObjectName("lock")
        self.lock_button.setProperty("kind", "primary")
        self.lock_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.lock_button.clicked.connect(self.lockRequested)
        row.addWidget(self.settings_button)
        row.addWidget(self.lock_button)
        self._who: tuple[int, tuple[str, ...], str | None, bool] = (1, (), None, False)
        self.retranslate()

    def set_language(self, lang: str) -> None:
        """Mark ``lang`` as the one shown."""
        for code, button in self.lang_buttons.items():
            button.setChecked(code == lang)

    def _choose(self, lang: str) -> None:
        self.languageRequested.emit(lang)

    def show_who(self, counter: int, groups: tuple[str, ...], agent: str | None,
                 at_counter: bool) -> None:
        """``agent``: the name of the one logged in ("" unnamed, None: nobody);
        ``at_counter``: the counter's page is shown (its number, groups and settings)."""
        self._who = (counter, groups, agent, at_counter)
        on = agent is not None and at_counter
        self.title.setText(self.tr("Counter %1").replace("%1", str(counter)) if on
                           else self.tr("Counter console"))
        listed = ", ".join(groups)
        self.agent_label.setText(
            (self.tr("Groups: %1").replace("%1", own_direction(listed))
             + (f" · {own_direction(agent)}" if agent else ""))
            if on else "")
        self.settings_button.setVisible(on)
        self.lock_button.setVisible(agent is not None)

    def retranslate(self) -> None:
        """The bar's words."""
        self.settings_button.setText(self.tr("Counter settings"))
        self.lock_button.setText(self.tr("Lock") + "  (Ctrl+L)")
        self.show_who(*self._who)

    def changeEvent(self, event: QEvent) -> None:
        """Re-translate on a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class ConsoleState(MessageBanner):
    """The state of the queue's source, in words, under the bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        compact_banner(self)
        self.setObjectName("consoleState")

    def show_state(self, cut_since: datetime | None, shown_as_of: datetime | None,
                   hall: bool) -> None:
        """``cut_since``: since when the hall server has not answered (None: it answers);
        ``shown_as_of``: the time of the queue shown (None: none read yet); ``hall``:
        the queue is the hall server's (else this PC's own)."""
        if cut_since is not None and shown_as_of is not None:
            self.show_message(self.tr(
                "CUT OFF from the hall server since %1. The queue shown is from %2. Actions "
                "are kept on this PC and sent when it returns; Call next is off until "
                "then.").replace("%1", clock(cut_since)).replace("%2", clock(shown_as_of)),
                "error")
        elif cut_since is not None:
            self.show_message(self.tr(
                "CUT OFF from the hall server since %1. The queue cannot be shown until it "
                "answers.").replace("%1", clock(cut_since)), "error")
        elif not hall:
            self.show_message(self.tr("This PC's queue: every action is recorded here."),
                              "ok")
        elif shown_as_of is not None:
            self.show_message(self.tr("Connected to the hall server."), "ok")
        else:
            self.show_message(self.tr("Reading the queue from the hall server…"), "info")
