"""The one error of the sync client, with the stable codes of :mod:`kiosk.sync.status`."""

from __future__ import annotations

from kiosk.errors import EnvironmentFault, InputError
from kiosk.sync.status import ERROR_CODES


class SyncError(EnvironmentFault):
    """An exchange with the centre failed; ``code`` is one of ``ERROR_CODES``.

    ``detail`` is a short text for staff and logs: an HTTP status, the centre's error
    code, a byte count -- never a payload, a credential or a reply body (they can
    carry visitors' details).  ``retry_after`` is the centre's ``Retry-After`` in
    seconds (``busy``).  ``link_down`` says the centre's port could not be reached at
    all (refused, no route, connect timeout): the worker then probes the port and
    tries at once when it answers.
    """

    def __init__(self, code: str, detail: str = "", *, retry_after: float | None = None,
                 link_down: bool = False) -> None:
        if code not in ERROR_CODES:
            raise ValueError(f"unknown sync error code {code!r}")
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail
        self.retry_after = retry_after
        self.link_down = link_down


class BadReply(SyncError):
    """The centre answered something that does not follow the protocol."""

    def __init__(self, detail: str) -> None:
        super().__init__("bad_reply", detail)


class BatchTooLarge(BadReply):
    """The centre refused a push body as too large (HTTP 413): send fewer events."""


class BundleInvalid(SyncError):
    """A reference bundle was refused (bad signature, older, other site, cut off...)."""

    def __init__(self, detail: str) -> None:
        super().__init__("bundle_invalid", detail)


class EnrolmentRefused(InputError):
    """The centre refused the enrolment (unknown, used or expired code; bad request)."""


class NotEnrolled(EnvironmentFault):
    """This device has no enrolment yet: run ``kiosk enrol``."""
