"""Every fixed text of the call board, as (Arabic, French) pairs.

Why not the Qt translator like the rest of the interface?  A translator gives the
application *one* language at a time: the visitor's.  The board is a TV on the wall that
serves everyone at once, so it shows Arabic and French together, always, whatever
language anything else is in.  Pairs kept side by side in this one module are read and
reviewed together (an Arabic text next to the French it says), never drift apart in two
``.ts`` files, and need no language switch.  Their glyphs are checked against our fonts
like every other interface text (``tests/ui/test_fonts.py`` reads the non-ASCII strings
of ``kiosk/ui``; ``tests/ui/test_board.py`` checks these pairs by name).

Numbers on the board (tickets, counters, minutes, waiting counts) are written with the
digits 0-9 in both languages, as Moroccan Arabic writes them and as the tickets print them.
"""

from __future__ import annotations

from datetime import datetime
from typing import NamedTuple


class Pair(NamedTuple):
    """One text in Arabic and in French."""

    ar: str
    fr: str

    def format(self, **values: object) -> Pair:
        """Both texts with ``{name}`` filled in."""
        return Pair(self.ar.format(**values), self.fr.format(**values))


CALLS = Pair("النداءات", "Appels")
NOW_CALLING = Pair("النداءات الحالية", "Appels en cours")
RECENT = Pair("آخر النداءات", "Derniers appels")
NUMBER = Pair("الرقم", "Numéro")
COUNTER = Pair("الشباك", "Guichet")
TIME = Pair("الساعة", "Heure")
NO_CALL_YET = Pair("لا يوجد نداء حاليا", "Aucun appel pour le moment")
#: Over each group's "now serving": the last number called (it may be served by now).
NOW_SERVING = Pair("آخر رقم منادى", "Dernier appelé")
WAITING = Pair("في الانتظار", "En attente")
#: Over the expected wait of each group (an estimate, like the one on the ticket).
EXPECTED_WAIT = Pair("الانتظار (دقيقة)", "Attente (min)")
#: When the hall server cannot be reached ({time}: HH:MM of the last news).
HALL_LOST = Pair("انقطع الاتصال بخادم القاعة منذ {time}",
                 "Connexion au serveur de la salle perdue depuis {time}")
#: When the board's own database cannot be read.
QUEUE_LOST = Pair("تعذّرت قراءة قائمة الانتظار منذ {time}",
                  "Lecture de la file d'attente impossible depuis {time}")
NO_SOUND = Pair("الصوت غير متوفر", "Son indisponible")
NO_VOICE = Pair("الإعلان الصوتي غير متوفر", "Annonce vocale indisponible")

#: Every pair above, by name (for the glyph and layout checks).
ALL: dict[str, Pair] = {name: value for name, value in globals().items()
                        if isinstance(value, Pair)}

#: Shown where there is no number (no one called yet, nobody waiting).
NOTHING = "—"


def wait_text(waiting: int, minutes: int) -> str:
    """The expected wait of a group in minutes, language-neutral (the column says
    "minutes" in both languages): ``"25"``, or :data:`NOTHING` when nobody waits.
    (No "≈" before it: none of our fonts has that sign.)"""
    if waiting <= 0:
        return NOTHING
    return str(minutes)


def hhmm(when: datetime | None) -> str:
    """A time as the board writes it, ``"09:41"``, in local time when it is aware (no
    time: ``""``)."""
    if when is None:
        return ""
    if when.tzinfo is not None:
        when = when.astimezone()
    return when.strftime("%H:%M")
