"""``kiosk enrol`` and ``kiosk sync``: the sync client from the command line.

Imports stay light (no Qt, no camera; ``requests`` only when the network is used):
these commands start often, in scripts and in crash tests.

* ``kiosk enrol --server URL --code CODE``: enrol this device at the centre.
* ``kiosk sync``: run the sync worker until Ctrl-C or SIGTERM, printing progress.
* ``kiosk sync --once``: push everything pending, pull once; exit 0 when it all went,
  3 (with the reason) when the centre could not be reached or refused.
* ``kiosk sync --status [--json]``: what the worker (of any process) last did.
* ``kiosk sync --dead`` / ``--retry EVENT_ID`` / ``--discard EVENT_ID``: dead letters.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kiosk.config import Config
    from kiosk.store import SqlStore
    from kiosk.sync.status import SyncStatus

EXIT_INPUT = 2
EXIT_ENVIRONMENT = 3


def add_commands(sub: Any) -> None:
    """Add ``kiosk enrol`` and ``kiosk sync`` to the ``kiosk`` parser."""
    p = sub.add_parser("enrol", help="enrol this device at the centre (one-time code)")
    p.add_argument("--server", help="the centre's address, https://... "
                   "(default: [sync] server_url)")
    p.add_argument("--code", required=True, help="the one-time enrolment code")
    p.add_argument("--role", choices=("kiosk", "console", "board"), default="kiosk",
                   help="what this PC is in its hall (a hall server numbers its kiosks)")
    p.set_defaults(handler=_enrol)

    p = sub.add_parser("sync", help="send queued events to the centre, fetch reference data")
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--once", action="store_true",
                      help="push everything pending, pull once, then exit")
    mode.add_argument("--status", action="store_true", help="show the sync status")
    mode.add_argument("--dead", action="store_true", help="list the dead letters")
    mode.add_argument("--retry", metavar="EVENT_ID", help="send a dead letter again")
    mode.add_argument("--discard", metavar="EVENT_ID", help="discard a dead letter")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--no-pull", action="store_true", help="with --once: do not pull")
    p.set_defaults(handler=_sync)


def _setup(args: argparse.Namespace) -> tuple[Path, Config, SqlStore]:
    from kiosk import paths
    from kiosk.config import load_config
    from kiosk.store import open_store

    data = paths.data_dir(args.data_dir)
    config = load_config(paths.explicit_config(args.config) or paths.config_path(data))
    paths.private_dir(data)
    return data, config, open_store(data)


def _now() -> Any:
    from datetime import datetime
    return datetime.now().astimezone()


def _enrol(args: argparse.Namespace) -> int:
    from kiosk import __version__
    from kiosk.sync.enrolment import enrol

    data, config, store = _setup(args)
    server = args.server or config.sync.server_url
    if not server:
        print("kiosk enrol: give the centre's address with --server (or [sync] server_url)",
              file=sys.stderr)
        return EXIT_INPUT
    with store:
        enrolment = enrol(data, store, config.sync, server, args.code, __version__, _now(),
                          role=args.role)
    station = f", station {enrolment.station}" if enrolment.station else ""
    print(f"enrolled as {enrolment.device_id} ({enrolment.role}{station}) at site "
          f"{enrolment.site_code} ({enrolment.server_url})")
    return 0


def _sync(args: argparse.Namespace) -> int:
    data, config, store = _setup(args)
    with store:
        if args.status:
            return _status(data, config, store, args.json)
        if args.dead or args.retry or args.discard:
            return _dead(store, args)
        from kiosk.sync.runner import SyncRunner
        runner = SyncRunner(data, store, config.sync)
        if args.once:
            return _once(runner, args)
        return _run(runner, args.json)


def _status_lines(status: SyncStatus) -> list[str]:
    def when(value: Any) -> str:
        return value.isoformat(timespec="seconds") if value is not None else "-"
    error = "-"
    if status.last_error:
        error = status.last_error + (f" ({status.last_error_detail})"
                                     if status.last_error_detail else "")
    return [
        f"state:        {status.state}",
        f"server:       {status.server_url or '-'}",
        f"device:       {status.device_id or '-'}",
        f"pending:      {status.pending}",
        f"dead:         {status.dead}",
        f"last success: {when(status.last_success_at)}",
        f"last attempt: {when(status.last_attempt_at)}",
        f"last error:   {error}",
        f"next try:     {when(status.next_try_at)}",
        f"bundle:       {'v' + str(status.bundle_version) if status.bundle_version else '-'}",
        *([f"note:         {ADVICE[status.state]}"] if status.state in ADVICE else []),
    ]


#: What staff should do, for the states that need someone.
ADVICE = {
    "revoked": "this device has been revoked, call support (its events are kept)",
    "not_enrolled": "not enrolled yet: events are kept here; run `kiosk enrol`",
}


def _status(data: Path, config: Config, store: SqlStore, as_json: bool) -> int:
    from kiosk.store.field import FieldStore
    from kiosk.sync.enrolment import load_enrolment
    from kiosk.sync.report import read_status, status_json

    status = read_status(data, store, config.sync, load_enrolment(data))
    refused = FieldStore(store.engine).refused_imports()
    if as_json:
        doc = status_json(status)
        doc["field_bundles_refused"] = [
            {"bundle_id": r.bundle_id, "refused_at": r.refused_at.isoformat()
             if r.refused_at else None, "reason": r.refusal} for r in refused]
        print(json.dumps(doc, ensure_ascii=False))
    else:
        lines = _status_lines(status)
        for record in refused:
            lines.append(f"field bundle: {record.bundle_id} refused by the centre "
                         f"({record.refusal}); kept here, `kiosk import --forward` tries "
                         "again")
        print("\n".join(lines))
    return 0


def _dead(store: SqlStore, args: argparse.Namespace) -> int:
    from kiosk.sync.report import dead_letters

    if args.retry:
        if not store.retry_dead(args.retry):
            print(f"kiosk sync: {args.retry} is not a dead letter", file=sys.stderr)
            return EXIT_INPUT
        print(f"{args.retry} queued again")
        return 0
    if args.discard:
        if not store.discard_dead(args.discard, _now()):
            print(f"kiosk sync: {args.discard} is not a dead letter", file=sys.stderr)
            return EXIT_INPUT
        print(f"{args.discard} discarded (kept, never sent)")
        return 0
    for letter in dead_letters(store):
        if args.json:
            print(json.dumps({"event_id": letter.event_id, "seq": letter.seq,
                              "type": letter.type, "created_at": letter.created_at.isoformat(),
                              "reason": letter.reason, "dead_at": letter.dead_at.isoformat()},
                             ensure_ascii=False))
        else:
            print(f"{letter.seq:8} {letter.event_id} {letter.type:22} {letter.reason}")
    return 0


def _once(runner: Any, args: argparse.Namespace) -> int:
    from kiosk.sync.push import BatchOutcome

    def progress(outcome: BatchOutcome) -> None:
        if not args.json:
            print(f"batch of {outcome.size}: {outcome.sent} sent"
                  + (f", {outcome.replays} already there" if outcome.replays else "")
                  + (f", {outcome.dead} dead letters" if outcome.dead else ""), flush=True)

    result = runner.run_once(pull=not args.no_pull, on_batch=progress)
    status = runner.status()
    failure = result.error or result.bundle_error
    if failure is None and status.pending:
        # Another process was sending the same events, or new ones came meanwhile:
        # exit 0 means everything went, so say what is left.
        from kiosk.sync.errors import SyncError
        failure = SyncError("busy", f"{status.pending} events still pending (another sync "
                            "running, or new events arrived): run it again")
    if args.json:
        print(json.dumps({
            "ok": failure is None, "sent": result.push.sent, "dead": result.push.dead,
            "replays": result.push.replays, "batches": result.push.batches,
            "pending": status.pending, "bundle_version": status.bundle_version,
            "new_bundle": result.bundle_version,
            "error": failure.code if failure else None,
            "error_detail": failure.detail if failure else None}))
    else:
        print(f"sent {result.push.sent}, dead letters {result.push.dead}, "
              f"pending {status.pending}, bundle "
              + (f"v{status.bundle_version}" if status.bundle_version else "none")
              + (f" (new: v{result.bundle_version})" if result.bundle_version else ""))
    if failure is not None:
        print(f"kiosk sync: {failure.code}: {failure.detail}", file=sys.stderr)
        return EXIT_ENVIRONMENT
    return 0


def _run(runner: Any, as_json: bool) -> int:
    import signal
    import threading

    from kiosk.sync.report import status_json

    done = threading.Event()

    def on_signal(signum: int, frame: Any) -> None:
        done.set()

    previous = signal.signal(signal.SIGTERM, on_signal)

    def show(status: SyncStatus) -> None:
        if as_json:
            print(json.dumps(status_json(status), ensure_ascii=False), flush=True)
            return
        line = (f"{_now():%H:%M:%S} {status.state}: pending {status.pending}, "
                f"dead {status.dead}")
        if status.last_error and status.state != "online":
            line += f", last error {status.last_error}"
            if status.next_try_at is not None:
                line += f", next try {status.next_try_at:%H:%M:%S}"
        print(line, flush=True)

    runner.subscribe(show)
    runner.start()
    try:
        while not done.wait(0.5):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)
        runner.stop()
    return 0
