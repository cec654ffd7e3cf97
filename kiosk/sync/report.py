"""The status snapshot, read from disk: shared by the worker and ``kiosk sync --status``.

Everything comes from the database (``sync_state`` and the outbox counts, written by
whichever process syncs), the enrolment file and the active bundle pointer, so another
process sees what the running kiosk's worker did.  No network, no personal data.
"""

from __future__ import annotations

from pathlib import Path

from kiosk.config import SyncConfig
from kiosk.store import SqlStore
from kiosk.sync.enrolment import Enrolment
from kiosk.sync.status import NOT_ENROLLED, STATES, DeadLetter, SyncStatus


def server_url(config: SyncConfig, enrolment: Enrolment | None) -> str:
    """The centre's address: ``[sync] server_url`` if set, else the enrolment's."""
    if config.server_url:
        return config.server_url.rstrip("/")
    return enrolment.server_url if enrolment is not None else ""


def read_status(data_dir: Path, store: SqlStore, config: SyncConfig,
                enrolment: Enrolment | None) -> SyncStatus:
    """The current snapshot (a few small queries; raises StorageUnavailable)."""
    from kiosk.sync.bundles import read_active_version

    record = store.sync_state()
    state = record.state if record.state in STATES else NOT_ENROLLED
    if enrolment is None:
        state = NOT_ENROLLED
    elif state == NOT_ENROLLED:   # enrolled by hand, worker not run yet
        state = "offline"
    return SyncStatus(
        state=state,
        server_url=server_url(config, enrolment),
        device_id=enrolment.device_id if enrolment is not None else None,
        pending=store.outbox_count("pending"),
        dead=store.outbox_count("dead"),
        last_success_at=record.last_success_at,
        last_attempt_at=record.last_attempt_at,
        last_error=record.last_error,
        last_error_detail=record.last_error_detail,
        next_try_at=record.next_try_at,
        bundle_version=read_active_version(data_dir),
    )


def dead_letters(store: SqlStore) -> list[DeadLetter]:
    """The dead-letter list, oldest first (type and number, never the payload)."""
    return store.dead_letters()


def status_json(status: SyncStatus) -> dict[str, object]:
    """``status`` as plain JSON values (times as ISO 8601 text)."""
    def when(value: object) -> object:
        return value.isoformat() if hasattr(value, "isoformat") else value
    return {name: when(getattr(status, name)) for name in status.__dataclass_fields__}
