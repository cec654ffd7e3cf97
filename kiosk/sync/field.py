"""Field bundles on the device side (docs/FIELD.md): export to a stick, import from
one, forward to the centre.

- :func:`export_bundle`: every outbox event not known to be at the centre (status
  ``pending``: all of them on a device that never reached the centre since), sealed
  for the centre's box key (from the active reference bundle) and signed with this
  device's ticket key.  A bundle may repeat events of an earlier one: the centre
  answers ``replay`` for those.
- :func:`import_bundle`: the signature checked against this machine's trust list (its
  trusted keys, the centre's, the active bundle's: the site's devices); then stored
  once in ``imports`` (a second import of the same bundle changes nothing); then
  forwarded.
- :func:`forward_pending`: each stored import not yet confirmed by the centre is
  POSTed to ``/api/v1/field-bundles``; once the centre answered 200 the blob is
  dropped.  ``kiosk import --forward`` runs it again (e.g. after a failed forward).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from kiosk.config import SyncConfig
from kiosk.domain.field_bundle import (
    MAX_BUNDLE_BYTES,
    FieldBundleInvalid,
    new_bundle_id,
    parse_box_key,
    seal,
    verify,
)
from kiosk.errors import InputError
from kiosk.keys import load_or_create_signing_key, trust_list
from kiosk.store.field import FieldStore, ImportRecord
from kiosk.sync.bundles import active_bundle, synced_keys
from kiosk.sync.client import CentreClient
from kiosk.sync.enrolment import Enrolment, load_enrolment
from kiosk.sync.errors import SyncError
from kiosk.sync.report import server_url

log = logging.getLogger(__name__)

SUFFIX = ".jisrfield"
#: Seconds a forward may take (a bundle is small; a slow link is common).
FORWARD_TIMEOUT_S = 60.0


class ExportRefused(InputError):
    """An export that cannot be made; nothing written.  ``reason``: ``not_enrolled``,
    ``no_centre_key`` or ``cannot_write`` (for a screen to word it)."""

    def __init__(self, message: str, reason: str) -> None:
        super().__init__(message)
        self.reason = reason


@dataclass(frozen=True)
class Exported:
    """What :func:`export_bundle` wrote."""

    path: Path
    bundle_id: str
    events: int


@dataclass(frozen=True)
class Forwarded:
    """The centre's answer for one import (or why it could not be had)."""

    bundle_id: str
    ok: bool
    detail: str


@dataclass(frozen=True)
class Imported:
    """What :func:`import_bundle` did."""

    record: ImportRecord
    new: bool
    forwarded: Forwarded | None


def _utc(now: datetime | None) -> datetime:
    return now or datetime.now(UTC)


def export_bundle(data_dir: Path, store: FieldStore, to: Path,
                  now: datetime | None = None) -> Exported:
    """Write a field bundle of this device's unconfirmed events to ``to`` (a file, or
    a folder to put a new file in).  ExportRefused when not enrolled or never synced."""
    now = _utc(now)
    enrolment = load_enrolment(data_dir)
    if enrolment is None:
        raise ExportRefused("this device is not enrolled: run `kiosk enrol` once at the "
                            "centre before going to the field", "not_enrolled")
    active = active_bundle(data_dir, enrolment)
    if active is None or active.centre_box_key is None:
        raise ExportRefused("no centre key for field bundles yet: connect this device "
                            "once and run `kiosk sync`, then export again", "no_centre_key")
    box = parse_box_key(active.centre_box_key)
    events = [{"event_id": e.event_id, "seq": e.seq, "type": e.type,
               "created_at": e.created_at.isoformat(), "payload": e.payload}
              for e in store.unconfirmed_events()]
    bundle_id = new_bundle_id()
    data = seal(events, bundle_id=bundle_id, origin_device_id=enrolment.device_id,
                site_code=enrolment.site_code, created_at=now.isoformat(),
                signing_key=load_or_create_signing_key(data_dir), box_key=box)
    target = to
    if to.is_dir():
        stamp = now.strftime("%Y%m%dT%H%M%SZ")
        target = to / f"jisr-field-{enrolment.device_id}-{stamp}{SUFFIX}"
    temp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        with temp.open("wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, target)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise ExportRefused(f"cannot write {target}: {exc.strerror or exc}",
                            "cannot_write") from None
    log.info("field bundle %s exported: %d events", bundle_id, len(events))
    return Exported(target, bundle_id, len(events))


def _read(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_BUNDLE_BYTES + 1)
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from None
    if len(data) > MAX_BUNDLE_BYTES:
        raise FieldBundleInvalid("too large to be a Jisr field bundle: nothing imported")
    return data


def import_bundle(data_dir: Path, store: FieldStore, path: Path, *,
                  config: SyncConfig, now: datetime | None = None,
                  forward: bool = True) -> Imported:
    """Check and store the bundle at ``path`` (once), then forward it to the centre
    (when ``forward`` and this machine is enrolled).  FieldBundleInvalid, nothing
    stored, when the bundle is damaged, changed or signed by an unknown device."""
    now = _utc(now)
    data = _read(path)
    enrolment = load_enrolment(data_dir)
    trust = trust_list(data_dir, synced_keys(enrolment, active_bundle(data_dir, enrolment)))
    sealed = verify(data, trust)
    new, record = store.add_import(sealed.bundle_id, sealed.origin_device_id,
                                   sealed.events, data, now)
    result = None
    if forward and enrolment is not None and record.forwarded_at is None:
        result = _forward(store, enrolment, record, data, config)
    return Imported(record, new, result)


def forward_pending(data_dir: Path, store: FieldStore, config: SyncConfig,
                    should_stop: Callable[[], bool] | None = None, *,
                    refused: bool = True) -> list[Forwarded]:
    """Forward every import the centre has not confirmed (oldest first); ``config``:
    the ``[sync]`` settings (address, TLS trust, timeouts); ``should_stop``: asked
    before each bundle (the sync worker stopping); ``refused``: also those the centre
    refused for good before (a person asking again; the sync worker does not)."""
    enrolment = load_enrolment(data_dir)
    if enrolment is None:
        raise InputError("this machine is not enrolled: it cannot forward bundles "
                         "(run `kiosk enrol`)")
    done: list[Forwarded] = []
    for record in store.unforwarded(refused=refused):
        if should_stop is not None and should_stop():
            break
        if record.blob is not None:
            done.append(_forward(store, enrolment, record, record.blob, config))
    return done


def _forward(store: FieldStore, enrolment: Enrolment, record: ImportRecord,
             data: bytes, config: SyncConfig) -> Forwarded:
    """POST the bundle through the sync client: the same TLS rules ([sync] ca_bundle,
    pinned_sha256), timeouts and credential as every push."""
    settings = replace(config, read_timeout_s=max(config.read_timeout_s,
                                                  int(FORWARD_TIMEOUT_S)))
    client = CentreClient(server_url(settings, enrolment), settings, enrolment.credential)
    try:
        counts = client.send_field_bundle(data)
    except SyncError as err:
        log.warning("field bundle %s not forwarded: %s", record.bundle_id, err.code)
        if err.code in ("unreachable", "timeout", "busy", "server_error"):
            return Forwarded(record.bundle_id, False,
                             "the centre cannot be reached; kept here, forwarded with "
                             "the next sync (or `kiosk import --forward`)")
        reason = err.detail or err.code
        store.mark_refused(record.bundle_id, reason, _utc(None))
        return Forwarded(record.bundle_id, False,
                         f"the centre refused it ({reason}); kept here, not sent again "
                         "by itself (`kiosk import --forward` tries again)")
    finally:
        client.close()
    store.mark_forwarded(record.bundle_id, _utc(None))
    detail = ", ".join(f"{n} {s}" for s, n in sorted(counts.items())) or "no events"
    return Forwarded(record.bundle_id, True, f"the centre has it ({detail})")
