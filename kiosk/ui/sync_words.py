"""The sync status in words, in the staff's language (Qt Linguist context "SyncWords").

The worker speaks in codes (:mod:`kiosk.sync.status`); staff read sentences.  Every
state and every error code has its own sentence, and dates are written the way the
current locale writes them (Moroccan month names in Arabic and French).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject, QTime

from kiosk.sync.status import NOT_ENROLLED, OFFLINE, ONLINE, REVOKED


def state_name(state: str) -> str:
    """One or two words for the state, shown big next to its colour."""
    names = {
        ONLINE: QCoreApplication.translate("SyncWords", "Online"),
        OFFLINE: QCoreApplication.translate("SyncWords", "Offline"),
        REVOKED: QCoreApplication.translate("SyncWords", "Revoked"),
        NOT_ENROLLED: QCoreApplication.translate("SyncWords", "Not enrolled"),
    }
    return names.get(state, state)


def state_sentence(state: str) -> str:
    """What the state means for staff, and what to do."""
    sentences = {
        ONLINE: QCoreApplication.translate(
            "SyncWords", "The kiosk is in touch with the centre."),
        OFFLINE: QCoreApplication.translate(
            "SyncWords", "No link with the centre: events wait safely on this kiosk."),
        REVOKED: QCoreApplication.translate(
            "SyncWords", "This device has been revoked. Call support."),
        NOT_ENROLLED: QCoreApplication.translate(
            "SyncWords", "Events wait on this kiosk. Ask support to enrol it."),
    }
    return sentences.get(state, state)


def error_sentence(code: str | None) -> str:
    """The last error in plain words (each code of ``kiosk.sync.status.ERROR_CODES``)."""
    if code is None:
        return QCoreApplication.translate("SyncWords", "None")
    sentences = {
        "unreachable": QCoreApplication.translate(
            "SyncWords", "The centre cannot be reached. Check the network cable or the "
                         "Wi-Fi."),
        "timeout": QCoreApplication.translate(
            "SyncWords", "The centre did not answer in time. The kiosk will try again."),
        "server_error": QCoreApplication.translate(
            "SyncWords", "The centre had a problem on its side. The kiosk will try again."),
        "busy": QCoreApplication.translate(
            "SyncWords", "The centre is busy and asked the kiosk to wait. It will try "
                         "again by itself."),
        "revoked": QCoreApplication.translate(
            "SyncWords", "This device has been revoked. Call support."),
        "unauthenticated": QCoreApplication.translate(
            "SyncWords", "The centre does not recognise this device. Call support to "
                         "enrol it again."),
        "gap": QCoreApplication.translate(
            "SyncWords", "The centre is missing events this kiosk no longer has. Nothing "
                         "is skipped: call support."),
        "bad_reply": QCoreApplication.translate(
            "SyncWords", "The centre gave an answer the kiosk does not understand. Call "
                         "support if this lasts."),
        "tls": QCoreApplication.translate(
            "SyncWords", "The centre's security certificate is not the expected one. "
                         "Check the kiosk's date and time, then call support."),
        "bundle_invalid": QCoreApplication.translate(
            "SyncWords", "New reference data from the centre was refused. The kiosk keeps "
                         "using the data it has."),
    }
    if code in sentences:
        return sentences[code]
    return QCoreApplication.translate("SyncWords", "Unexpected problem (%1).").replace(
        "%1", code)


def local(moment: datetime) -> datetime:
    """``moment`` in the kiosk's local time (a naive time is taken as local already)."""
    return moment.astimezone() if moment.tzinfo is not None else moment


def when(moment: datetime | None, now: datetime, none: str) -> str:
    """A date and time for staff: "Today at 09:12:03", "24 November 2026 at 18:40";
    ``none`` when there is no date."""
    if moment is None:
        return none
    moment, today = local(moment), local(now).date()
    locale = QLocale()
    clock = QTime(moment.hour, moment.minute, moment.second)
    if moment.date() == today:
        return QCoreApplication.translate("SyncWords", "Today at %1").replace(
            "%1", locale.toString(clock, "HH:mm:ss"))
    day = locale.toString(QDate(moment.year, moment.month, moment.day), "d MMMM yyyy")
    return QCoreApplication.translate("SyncWords", "%1 at %2").replace(
        "%1", day).replace("%2", locale.toString(clock, "HH:mm"))


def next_try(moment: datetime | None, now: datetime) -> str:
    """When the worker tries next: how long until then, and the time ("in 45 s, 09:15:02")."""
    if moment is None:
        return QCoreApplication.translate("SyncWords", "Not planned")
    seconds = round((local(moment) - local(now)).total_seconds())
    if seconds <= 0:
        return QCoreApplication.translate("SyncWords", "Now")
    words = SyncWords()
    wait = words.in_seconds(seconds) if seconds < 120 else words.in_minutes(round(seconds / 60))
    moment = local(moment)
    if moment.date() != local(now).date():
        return f"{wait} ({when(moment, now, '')})"
    clock = QLocale().toString(QTime(moment.hour, moment.minute, moment.second), "HH:mm:ss")
    return f"{wait} ({clock})"


class SyncWords(QObject):
    """The plural phrases (lupdate reads plurals from ``self.tr`` only)."""

    def in_seconds(self, seconds: int) -> str:
        """"in 45 s"."""
        return self.tr("in %n s", "", seconds)

    def in_minutes(self, minutes: int) -> str:
        """"in 5 min"."""
        return self.tr("in %n min", "", minutes)




def number(value: int) -> str:
    """A count written the current locale's way."""
    return QLocale().toString(value)
