"""Small helpers the service modules share: the clock, hashing, site codes."""

from __future__ import annotations

import hashlib
import re
from datetime import UTC, datetime

from kiosk.server.models import SITE_CODE_PATTERN
from kiosk.server.service.errors import Invalid


def utcnow() -> datetime:
    """The server's clock, aware, UTC.  The only clock the centre trusts."""
    return datetime.now(UTC)


def sha256_hex(text: str) -> str:
    """SHA-256 (hex) of ``text`` as UTF-8 (how codes and secrets are stored)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def check_site_code(code: str) -> str:
    """``code`` if it is a site code; Invalid otherwise."""
    if not re.fullmatch(SITE_CODE_PATTERN, code):
        raise Invalid(f"site code {code!r}: use 1 to 16 capital letters A-Z or digits")
    return code
