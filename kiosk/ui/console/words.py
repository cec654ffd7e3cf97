"""The console's words for the queue's codes (outcomes, priority reasons, scan verdicts)
and for what the counter's actions did or why they failed.

Functions rather than one screen's ``tr`` because several panels say them; their Qt
Linguist context is ``ConsoleWords``.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QLocale

from kiosk.domain.scan import Verdict
from kiosk.queue_desk import Done


def outcome_name(outcome: str) -> str:
    """How a visit ended, in the agent's language."""
    names = {
        "done": QCoreApplication.translate("ConsoleWords", "Done"),
        "documents_missing": QCoreApplication.translate("ConsoleWords", "Documents missing"),
        "referred": QCoreApplication.translate("ConsoleWords", "Referred elsewhere"),
        "refused": QCoreApplication.translate("ConsoleWords", "Refused"),
    }
    return names.get(outcome, outcome)


def priority_name(reason: str) -> str:
    """Why a ticket has priority."""
    names = {
        "elderly": QCoreApplication.translate("ConsoleWords", "65 or older"),
        "disability": QCoreApplication.translate("ConsoleWords", "Disability"),
        "pregnancy": QCoreApplication.translate("ConsoleWords", "Pregnancy"),
        "small_child": QCoreApplication.translate("ConsoleWords", "With a small child"),
    }
    return names.get(reason, reason)


def verdict_name(verdict: str) -> str:
    """What the kiosk concluded about a scanned code, for the agent."""
    names = {
        Verdict.VALID: QCoreApplication.translate("ConsoleWords", "Genuine: signature checked"),
        Verdict.BAD_SIGNATURE: QCoreApplication.translate(
            "ConsoleWords", "FORGED or changed: do not accept"),
        Verdict.UNKNOWN_KEY: QCoreApplication.translate(
            "ConsoleWords", "Signed by an unknown issuer: check it"),
        Verdict.EXPIRED: QCoreApplication.translate("ConsoleWords", "Expired"),
        Verdict.NOT_YET_VALID: QCoreApplication.translate("ConsoleWords", "Not valid yet"),
        Verdict.MALFORMED: QCoreApplication.translate("ConsoleWords", "Could not be read"),
        Verdict.KNOWN_SITE: QCoreApplication.translate(
            "ConsoleWords", "Address of an official site"),
        Verdict.UNKNOWN_SITE: QCoreApplication.translate(
            "ConsoleWords", "Unknown address (never opened)"),
        Verdict.TEXT: QCoreApplication.translate("ConsoleWords", "Plain text: nothing to check"),
    }
    return names.get(verdict, verdict)  # type: ignore[call-overload, no-any-return]


#: verdicts an agent must look at twice
WARNING_VERDICTS = frozenset({Verdict.BAD_SIGNATURE, Verdict.UNKNOWN_KEY, Verdict.EXPIRED,
                              Verdict.NOT_YET_VALID, Verdict.MALFORMED, Verdict.UNKNOWN_SITE})


def format_name(kind: str) -> str:
    """What kind of code was scanned."""
    names = {
        "jisr-ticket": QCoreApplication.translate("ConsoleWords", "Jisr ticket"),
        "jisr-prereg": QCoreApplication.translate("ConsoleWords", "Pre-registration"),
        "url": QCoreApplication.translate("ConsoleWords", "Web address"),
        "text": QCoreApplication.translate("ConsoleWords", "Text"),
    }
    return names.get(kind, kind)


def clock(at: datetime) -> str:
    """A time of day: every staff language writes 0-9 and a 24-hour clock."""
    return f"{at:%H:%M}"


def minutes(count: int) -> str:
    """``12 min`` in the agent's language (one form for every count)."""
    return QCoreApplication.translate("ConsoleWords", "%1 min").replace(
        "%1", QLocale().toString(count))


def minutes_between(start: datetime, end: datetime) -> int:
    """Whole minutes from ``start`` to ``end`` (0 when the clocks disagree)."""
    if (start.tzinfo is None) != (end.tzinfo is None):
        return 0
    return max(0, int((end - start).total_seconds() // 60))


def action_words(action: str, extra: str, done: Done | None, counter: int,
                 max_recalls: int) -> tuple[str, str]:
    """What an action of the counter did, and its banner's level: ``action`` is call,
    recall, serve (``extra``: the outcome), no_show or transfer (``extra``: the group);
    ``done`` is None when nobody was waiting."""
    if done is None:
        return QCoreApplication.translate(
            "ConsoleWords", "Nobody is waiting for your groups."), "info"
    number = done.ticket.number
    if done.event == "ticket.no_show" and action == "no_show":
        text = QCoreApplication.translate(
            "ConsoleWords", "%1 did not come: marked as no-show.").replace("%1", number)
    elif done.event == "ticket.no_show":
        text = QCoreApplication.translate(
            "ConsoleWords", "%1 did not come after %2 recalls: marked as no-show.").replace(
            "%1", number).replace("%2", str(max_recalls))
    elif action == "call":
        text = QCoreApplication.translate(
            "ConsoleWords", "%1 called to counter %2.").replace("%1", number).replace(
            "%2", str(counter))
    elif action == "recall":
        text = QCoreApplication.translate(
            "ConsoleWords", "%1 recalled (%2 of %3).").replace("%1", number).replace(
            "%2", str(done.ticket.recalls)).replace("%3", str(max_recalls))
    elif action == "serve":
        text = QCoreApplication.translate(
            "ConsoleWords", "%1 served: %2.").replace("%1", number).replace(
            "%2", outcome_name(extra))
    else:
        text = QCoreApplication.translate(
            "ConsoleWords", "%1 sent to group %2. It keeps its place in line.").replace(
            "%1", number).replace("%2", extra)
    if done.delivered is False:
        return text + " " + QCoreApplication.translate(
            "ConsoleWords", "Kept on this PC: it will be sent to the hall server as soon "
            "as it answers."), "info"
    return text, "ok"


def failure_words(action: str, kind: str, what: str, hall_down: bool) -> str:
    """Why an action of the counter failed (``kind`` and ``what``: the worker job's
    report; ``hall_down``: the hall server could not be reached)."""
    if hall_down and action == "call":
        return QCoreApplication.translate(
            "ConsoleWords", "The hall server cannot be reached: nothing was called.")
    if hall_down:
        return QCoreApplication.translate(
            "ConsoleWords", "The hall server cannot be reached: nothing was changed. "
            "Try again.")
    if what == "QueueActionRefused":
        return QCoreApplication.translate(
            "ConsoleWords", "This ticket has moved meanwhile (another counter was quicker, "
            "or it was already closed). The queue was read again.")
    if kind == "environment":
        return QCoreApplication.translate(
            "ConsoleWords", "This PC could not record it (its storage may be full or "
            "read-only). Nothing was changed.")
    if kind == "input":
        return QCoreApplication.translate(
            "ConsoleWords", "That was refused: nothing was changed.")
    return QCoreApplication.translate(
        "ConsoleWords", "Something went wrong: nothing was changed. The queue was read "
        "again.")
