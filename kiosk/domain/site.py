"""What a site's settings may be: one rule for the centre that sets them, the hall server
that passes them on and the kiosk that uses them (each wraps the problem in its own
error)."""

from __future__ import annotations

MAX_SITE_NAME = 200
MAX_COUNTERS = 100


def site_problem(name: object, counters: object) -> str | None:
    """Why ``name`` and ``counters`` cannot be a site's settings (naming the field), or
    None.  A name: printable text of 1 to 200 characters; counters: 1 to 100."""
    if not isinstance(name, str) or not name.strip() or len(name) > MAX_SITE_NAME \
            or not name.isprintable():
        return f"site.name: not a printable name of 1 to {MAX_SITE_NAME} characters"
    if not isinstance(counters, int) or isinstance(counters, bool) \
            or not 1 <= counters <= MAX_COUNTERS:
        return f"site.counters: not a number from 1 to {MAX_COUNTERS}"
    return None
