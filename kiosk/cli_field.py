"""``kiosk field ...`` (field-team cases, bundles for a USB stick) and ``kiosk import``.

See docs/FIELD.md::

    kiosk field [--windowed] [--lang ar]  # the screens: log in, record, search, edit
    kiosk field add --type medical --name "Fatima Z." --country FR --lang fr \\
        --plate "AB-123-CD" --what "malaise" [--action ...] [--referral ...] [--follow-up ...]
    kiosk field list [--json]
    kiosk field search TEXT [--json]
    kiosk field edit ID [--type T] [--name N] ... (the fields of add)
    kiosk field export --to PATH          # a file, or a folder (the USB stick)
    kiosk import BUNDLE [--no-forward]    # on any enrolled Jisr machine
    kiosk import --forward                # forward the imports the centre lacks

Cases are personal data: these commands print them to the person who asked, never to
a log.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from kiosk import paths
from kiosk.config import SyncConfig
from kiosk.domain.field import CASE_TYPES, FieldCase
from kiosk.errors import InputError
from kiosk.store.field import FieldStore

#: option name -> case field
_OPTIONS = {"type": "case_type", "name": "person_name", "country": "country",
            "lang": "lang", "plate": "vehicle_plate", "what": "what_happened",
            "action": "action_taken", "referral": "referral", "follow_up": "follow_up"}


def add_commands(sub: Any) -> None:
    """Register ``field`` and ``import`` on the ``kiosk`` parser's subparsers."""
    field = sub.add_parser("field", help="field-team cases (Opération Marhaba) and "
                                         "bundles for a USB stick",
                           description="Record, list, search and edit assistance cases "
                                       "offline; export them as an encrypted, signed "
                                       "bundle (docs/FIELD.md).")
    field.add_argument("--windowed", action="store_true",
                       help="the screens in a 1366x768 window instead of full screen")
    field.add_argument("--lang", choices=("ar", "fr", "en"),
                       help="the screens' language at start (the team may switch it)")
    field.add_argument("--exit-after-start", action="store_true",
                       help="show the first frame, print the milliseconds it took, exit")
    field.set_defaults(handler=field_screens)
    fsub = field.add_subparsers(dest="field_command", required=False,
                                title="commands (none: the field team's screens)")

    p = fsub.add_parser("add", help="record a case")
    _case_options(p, required=True)
    p.set_defaults(handler=field_add)

    p = fsub.add_parser("list", help="the cases, newest first")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=field_list)

    p = fsub.add_parser("search", help="cases by name, plate or text (accents ignored)")
    p.add_argument("text")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=field_search)

    p = fsub.add_parser("edit", help="change fields of a case (its version + 1)")
    p.add_argument("id")
    _case_options(p, required=False)
    p.set_defaults(handler=field_edit)

    p = fsub.add_parser("export", help="write an encrypted, signed bundle of this "
                                       "device's events not yet at the centre")
    p.add_argument("--to", required=True, metavar="PATH",
                   help="the bundle file, or a folder (the USB stick) to write it in")
    p.set_defaults(handler=field_export)

    p = sub.add_parser("import", help="import a field bundle and forward it to the centre",
                       description="Check a field bundle's signature, keep it once, and "
                                   "forward it to the centre (which alone can read it).")
    p.add_argument("bundle", nargs="?", help="the bundle file")
    p.add_argument("--no-forward", action="store_true",
                   help="only check and keep it (forward later with --forward)")
    p.add_argument("--forward", action="store_true",
                   help="forward every imported bundle the centre has not confirmed")
    p.set_defaults(handler=import_command)


def _case_options(p: argparse.ArgumentParser, *, required: bool) -> None:
    p.add_argument("--type", required=required, choices=CASE_TYPES)
    p.add_argument("--name", required=required, help="the person's name")
    p.add_argument("--country", help="country of residence (ISO code: FR, ES, BE...)")
    p.add_argument("--lang", help="language spoken (fr, ar, es, nl...)")
    p.add_argument("--plate", help="vehicle plate")
    p.add_argument("--what", required=required, help="what happened")
    p.add_argument("--action", help="action taken")
    p.add_argument("--referral", help="referred to")
    p.add_argument("--follow-up", dest="follow_up", help="follow-up")


def _now() -> datetime:
    return datetime.now(UTC)


def _data(args: argparse.Namespace) -> Path:
    return paths.private_dir(paths.data_dir(args.data_dir))


@contextmanager
def _open(args: argparse.Namespace) -> Iterator[FieldStore]:
    from kiosk.store.field import open_field_store  # only the database, never the kiosk
    store = open_field_store(_data(args))
    try:
        yield store
    finally:
        store.close()


def _sync_config(args: argparse.Namespace) -> SyncConfig:
    """The ``[sync]`` settings (TLS trust, timeouts) forwarding goes through."""
    from kiosk.config import load_config
    data = paths.data_dir(args.data_dir)
    explicit = paths.explicit_config(getattr(args, "config", None))
    return load_config(explicit or paths.config_path(data)).sync


def _site(args: argparse.Namespace) -> str:
    from kiosk.sync.enrolment import load_enrolment
    enrolment = load_enrolment(_data(args))
    return enrolment.site_code if enrolment is not None else "LOCAL"


def _row(case: FieldCase) -> dict[str, Any]:
    return case.to_payload()


def _print_cases(cases: list[FieldCase], as_json: bool) -> None:
    if as_json:
        print(json.dumps([_row(c) for c in cases], ensure_ascii=False, indent=1))
        return
    for c in cases:
        when = c.created_at.strftime("%Y-%m-%d %H:%M") if c.created_at else "?"
        plate = f" [{c.vehicle_plate}]" if c.vehicle_plate else ""
        print(f"{c.id}  {when}  {c.case_type:<14} v{c.version}  {c.person_name}"
              f"{plate} ({c.country or '--'})")
    if not cases:
        print("no cases")


def field_screens(args: argparse.Namespace) -> int:
    """``kiosk field``: the field team's screens, until they are closed."""
    import time
    started = time.perf_counter()
    from kiosk.compose import build_kiosk
    kiosk = build_kiosk(paths.data_dir(args.data_dir), paths.explicit_config(args.config))
    from kiosk.ui.field.app import run_field
    return run_field(kiosk, fullscreen=not args.windowed,
                     exit_after_start=args.exit_after_start, lang=args.lang,
                     started=started)


def field_add(args: argparse.Namespace) -> int:
    """``kiosk field add``."""
    values = {f: getattr(args, o) for o, f in _OPTIONS.items()}
    case = FieldCase(id="", site_code=_site(args), staff_id=None, **values)
    with _open(args) as store:
        saved = store.record_case(case, _now())
    print(f"kiosk: field case {saved.id} recorded")
    return 0


def field_list(args: argparse.Namespace) -> int:
    """``kiosk field list``."""
    with _open(args) as store:
        _print_cases(store.list_cases(), args.json)
    return 0


def field_search(args: argparse.Namespace) -> int:
    """``kiosk field search TEXT``."""
    with _open(args) as store:
        _print_cases(store.search(args.text), args.json)
    return 0


def field_edit(args: argparse.Namespace) -> int:
    """``kiosk field edit ID --field value...``."""
    changes = {f: getattr(args, o) for o, f in _OPTIONS.items() if getattr(args, o) is not None}
    if not changes:
        raise InputError("nothing to change: give at least one option (--what, --action...)")
    with _open(args) as store:
        saved = store.update_case(args.id, changes, _now())
    print(f"kiosk: field case {saved.id} updated (version {saved.version})")
    return 0


def field_export(args: argparse.Namespace) -> int:
    """``kiosk field export --to PATH``."""
    from kiosk.sync.field import export_bundle
    with _open(args) as store:
        done = export_bundle(_data(args), store, Path(args.to).expanduser(), _now())
    print(f"kiosk: field bundle {done.bundle_id} written to {done.path} "
          f"({done.events} events, encrypted for the centre)")
    return 0


def import_command(args: argparse.Namespace) -> int:
    """``kiosk import BUNDLE`` / ``kiosk import --forward``."""
    from kiosk.sync.field import forward_pending, import_bundle
    if args.forward:
        if args.bundle:
            raise InputError("give a bundle or --forward, not both")
        with _open(args) as store:
            results = forward_pending(_data(args), store, _sync_config(args))
        for r in results:
            print(f"kiosk: bundle {r.bundle_id}: {r.detail}")
        if not results:
            print("kiosk: nothing to forward")
        return 0 if all(r.ok for r in results) else 1
    if not args.bundle:
        raise InputError("which bundle? `kiosk import PATH` (or --forward)")
    with _open(args) as store:
        done = import_bundle(_data(args), store, Path(args.bundle).expanduser(),
                             now=_now(), forward=not args.no_forward,
                             config=SyncConfig() if args.no_forward else _sync_config(args))
    record = done.record
    if not done.new:
        when = record.imported_at.strftime("%Y-%m-%d %H:%M")
        state = ("the centre has it" if record.forwarded_at is not None
                 else "not yet at the centre")
        print(f"kiosk: bundle {record.bundle_id} already imported on {when}, nothing to "
              f"do ({state})")
    else:
        print(f"kiosk: bundle {record.bundle_id} of {record.origin_device_id} imported "
              f"({record.events} events)")
    if done.forwarded is not None:
        print(f"kiosk: bundle {record.bundle_id}: {done.forwarded.detail}")
        return 0 if done.forwarded.ok else 1
    return 0
