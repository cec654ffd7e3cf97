"""The centre's refusals: :class:`ServiceError` and its kinds.

Each carries the HTTP status and the stable error code of docs/PROTOCOL.md; the HTTP
endpoints turn them into error bodies, the admin commands exit 2 (an ``InputError``).
"""

from __future__ import annotations

from kiosk.errors import InputError


class ServiceError(InputError):
    """A refusal with its HTTP status and stable error code."""

    status = 400
    code = "bad_request"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class BadCode(ServiceError):
    """The enrolment code is unknown, used or expired."""

    status, code = 403, "bad_code"


class Unauthenticated(ServiceError):
    """No credential, or a wrong one."""

    status, code = 401, "unauthenticated"


class Revoked(ServiceError):
    """The device was revoked by an admin."""

    status, code = 401, "revoked"


class Forbidden(ServiceError):
    """The credential is right but not for this (a kiosk asking to relay)."""

    status, code = 403, "forbidden"


class NoStation(ServiceError):
    """Every kiosk station of the site (1 to 9) is taken."""

    status, code = 409, "no_station"


class NotFound(ServiceError):
    """No such device (or site...)."""

    status, code = 404, "not_found"


class Invalid(ServiceError):
    """A request that is well-formed JSON but not acceptable."""

    status, code = 422, "invalid"
