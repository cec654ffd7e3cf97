"""One error family for the whole kiosk.

Two branches, as in qutebrowser:

* :class:`EnvironmentFault` -- the world's fault (disk full, read-only disk, no
  printer, paper out).  The kiosk keeps running and tells the visitor what to do.
* :class:`InputError` -- bad input from outside (catalog file, config file, a field
  the visitor typed).  Refused with a message naming what is wrong; nothing changes.

Anything else that escapes is *our bug*: it is logged (without personal data) and the
visitor is sent to the counter.
"""

from __future__ import annotations


class KioskError(Exception):
    """Root of every error the kiosk raises on purpose."""


class EnvironmentFault(KioskError):
    """The environment failed us: storage, printer, camera, network."""


class StorageUnavailable(EnvironmentFault):
    """The database cannot be written (disk full, read-only, I/O error)."""


class PrinterError(EnvironmentFault):
    """The ticket could not be printed (no printer, queue refused, paper out)."""


class CameraUnavailable(EnvironmentFault):
    """No frames: no such camera or file, it cannot be opened, or it was unplugged."""


class HallUnreachable(EnvironmentFault):
    """The hall server (the shared queue) cannot be reached now."""


class InputError(KioskError):
    """Input from outside the program was refused; nothing was changed."""


class CatalogError(InputError):
    """A catalog file is invalid.  ``str()`` names the file, entry and field."""

    def __init__(self, file: str, entry: str, field: str, problem: str) -> None:
        self.file = file
        self.entry = entry
        self.field = field
        self.problem = problem
        super().__init__(f"{file}: entry {entry}: field {field!r}: {problem}")


class ConfigError(InputError):
    """The configuration file is invalid.  ``str()`` names the key."""

    def __init__(self, file: str, key: str, problem: str) -> None:
        self.file = file
        self.key = key
        self.problem = problem
        super().__init__(f"{file}: key {key!r}: {problem}")


class UnknownService(InputError):
    """A service id that the catalog does not have (or not in this context)."""


class QueueActionRefused(InputError):
    """A counter action the ticket's state does not allow (already called elsewhere...).

    The message is plain English for the command line; the console words it itself.
    """
