"""The ``kiosk`` command: the kiosk itself, and operators' tools on the same code paths."""

from __future__ import annotations

import time

_STARTED = time.perf_counter()  # as early as possible: `run --exit-after-start` counts from here

import argparse  # noqa: E402
import json  # noqa: E402
import logging  # noqa: E402
import shutil  # noqa: E402
import sys  # noqa: E402
from collections.abc import Sequence  # noqa: E402
from datetime import datetime  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

from kiosk import paths  # noqa: E402
from kiosk.domain.catalog import PRIORITY_REASONS, Service  # noqa: E402
from kiosk.domain.request import PRIVACY_NOTICE_VERSION, FieldsRefused, NewRequest  # noqa: E402
from kiosk.domain.text import KNOWN_LANGS, pick  # noqa: E402
from kiosk.errors import EnvironmentFault, InputError  # noqa: E402

EXIT_INPUT = 2
EXIT_ENVIRONMENT = 3


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``kiosk`` console script."""
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        result: int = args.handler(args)
        return result
    except FieldsRefused as exc:
        from kiosk.domain.fields import ERROR_TEXTS
        for key, code in exc.errors.items():
            print(f"kiosk: field {key}: {ERROR_TEXTS.get(code, code)}", file=sys.stderr)
        return EXIT_INPUT
    except InputError as exc:
        print(f"kiosk: {exc}", file=sys.stderr)
        return EXIT_INPUT
    except EnvironmentFault as exc:
        print(f"kiosk: {exc}", file=sys.stderr)  # the words, not our class names
        return EXIT_ENVIRONMENT
    except BrokenPipeError:  # `kiosk ... | head`: the reader left; not an error of ours
        import os  # the Python docs' recipe: no second error when stdout is flushed at exit
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kiosk", description="Jisr service kiosk")
    parser.add_argument("--data-dir", help="data directory (default: KIOSK_DATA_DIR or the "
                        "user data directory)")
    parser.add_argument("--config", help="config file (default: config.toml in the data dir)")
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress")
    sub = parser.add_subparsers(dest="command", required=True)

    for name, helptext in (("run", "the kiosk, fullscreen"),
                           ("demo", "the kiosk with a demo data directory, tickets as PDF")):
        p = sub.add_parser(name, help=helptext)
        p.add_argument("--windowed", action="store_true", help="a window instead of fullscreen")
        p.add_argument("--exit-after-start", action="store_true",
                       help="show the first frame, print the milliseconds it took, exit")
        p.set_defaults(handler=_run if name == "run" else _demo)

    catalog = sub.add_parser("catalog", help="the service catalog")
    csub = catalog.add_subparsers(dest="catalog_command", required=True)
    p = csub.add_parser("list", help="services offered at this kiosk")
    p.add_argument("--json", action="store_true")
    p.add_argument("--all", action="store_true", help="every context, not only this kiosk's")
    p.set_defaults(handler=_catalog_list)
    p = csub.add_parser("show", help="one service, every language")
    p.add_argument("service_id")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_catalog_show)
    p = csub.add_parser("validate", help="check a catalog file or folder against the schema")
    p.add_argument("file")
    p.set_defaults(handler=_catalog_validate)

    p = sub.add_parser("ticket", help="issue a ticket without the UI (same code path)")
    p.add_argument("service_id")
    p.add_argument("--lang", default="fr", choices=KNOWN_LANGS)
    p.add_argument("--priority", nargs="?", const="elderly", choices=PRIORITY_REASONS,
                   help="ask for priority (reason; default elderly)")
    p.add_argument("--field", action="append", default=[], metavar="KEY=VALUE")
    p.add_argument("--consent", action="store_true",
                   help="the visitor accepted the privacy notice (needed with --field)")
    p.add_argument("--out", help="also copy the ticket PDF here")
    p.set_defaults(handler=_ticket)

    from kiosk.cli_scan import add_commands
    add_commands(sub)
    from kiosk.sync.cli import add_commands as add_sync_commands
    add_sync_commands(sub)
    from kiosk.server.cli import add_commands as add_server_commands
    add_server_commands(sub)
    from kiosk.cli_report import add_commands as add_report_commands
    add_report_commands(sub)  # after the server's: it gives `kiosk server report` its PDF
    from kiosk.cli_staff import add_commands as add_staff_commands
    add_staff_commands(sub)

    from kiosk.cli_queue import add_commands as add_queue_commands
    add_queue_commands(sub)
    from kiosk.cli_console import add_commands as add_console_commands
    add_console_commands(sub)
    from kiosk.cli_board import add_commands as add_board_commands
    add_board_commands(sub)
    from kiosk.cli_field import add_commands as add_field_commands
    add_field_commands(sub)
    return parser


def _build(args: argparse.Namespace, data_dir: Path | None = None) -> Any:
    from kiosk.compose import build_kiosk
    data = data_dir or paths.data_dir(args.data_dir)
    return build_kiosk(data, _explicit_config(args))


def _explicit_config(args: argparse.Namespace) -> Path | None:
    return paths.explicit_config(args.config)


def _run(args: argparse.Namespace) -> int:
    kiosk = _build(args)
    from kiosk.ui.app import run_kiosk
    return run_kiosk(kiosk, fullscreen=not args.windowed,
                     exit_after_start=args.exit_after_start, started=_STARTED)


def _demo(args: argparse.Namespace) -> int:
    from kiosk.compose import ensure_demo_config
    data = Path(args.data_dir) if args.data_dir else paths.data_dir() / "demo"
    ensure_demo_config(data)
    kiosk = _build(args, data)
    print(f"Jisr demo: data in {data}, tickets saved as PDF in {paths.tickets_dir(data)}")
    from kiosk.ui.app import run_kiosk
    return run_kiosk(kiosk, fullscreen=False, exit_after_start=args.exit_after_start,
                     started=_STARTED)


def _load_catalog_and_config(args: argparse.Namespace) -> tuple[Any, Any]:
    """The catalog and config this kiosk uses: the centre's active bundle amends both."""
    from kiosk.compose import reference_data
    from kiosk.config import load_config
    data = paths.data_dir(args.data_dir)
    config = load_config(_explicit_config(args) or paths.config_path(data))
    config, catalog, _bundle, _enrolment = reference_data(data, config)
    return catalog, config


def _service_json(service: Service) -> dict[str, Any]:
    return {
        "id": service.id,
        "category": service.category,
        "group": service.group,
        "contexts": list(service.contexts),
        "names": dict(service.names),
        "descriptions": dict(service.descriptions),
        "administration": dict(service.administration),
        "documents": [{"id": d.id, "names": dict(d.names)} for d in service.documents],
        "fields": [{"key": f.key, "type": f.type, "required": f.required,
                    "labels": dict(f.labels)} for f in service.fields],
        "fee": dict(service.fee),
        "delay": dict(service.delay),
        "last_checked": service.last_checked.isoformat(),
        "online": ({"name": service.online.name, "url": service.online.url}
                   if service.online else None),
        "priority_eligible": service.priority_eligible,
    }


def _catalog_list(args: argparse.Namespace) -> int:
    catalog, config = _load_catalog_and_config(args)
    services = (list(catalog.services.values()) if args.all
                else catalog.in_context(config.site.context))
    if args.json:
        for service in services:
            print(json.dumps({"id": service.id, "category": service.category,
                              "group": service.group, "names": dict(service.names)},
                             ensure_ascii=False))
    else:
        for service in services:
            print(f"{service.id:28} {service.group}  {pick(service.names, 'fr')}")
    return 0


def _catalog_show(args: argparse.Namespace) -> int:
    from kiosk.errors import UnknownService
    catalog, _config = _load_catalog_and_config(args)
    service = catalog.services.get(args.service_id)
    if service is None:
        raise UnknownService(f"no service {args.service_id!r} in the catalog")
    data = _service_json(service)
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        for lang in ("fr", "ar", "en"):
            print(f"[{lang}] {pick(service.names, lang)}: {pick(service.descriptions, lang)}")
        print("documents:", ", ".join(pick(d.names, "fr") for d in service.documents))
        print("fields:", ", ".join(f.key for f in service.fields) or "-")
    return 0


def _catalog_validate(args: argparse.Namespace) -> int:
    from kiosk.catalog_loader import catalog_report
    report = catalog_report(Path(args.file))
    print(f"{args.file}: valid, {report.summary()}")
    return 0


def _ticket(args: argparse.Namespace) -> int:
    from kiosk.cli_scan import parse_field_args
    fields = parse_field_args(args.field)
    out = Path(args.out) if args.out else None
    if out is not None and not out.parent.is_dir():
        print(f"kiosk: --out: no folder {out.parent}", file=sys.stderr)
        return EXIT_INPUT
    if fields and not args.consent:
        print("kiosk: personal details need --consent: the visitor must have accepted the "
              "privacy notice", file=sys.stderr)
        return EXIT_INPUT
    kiosk = _build(args)
    if kiosk.hall_hint is not None:  # a kiosk of a shared hall: the hall's queue, if it answers
        kiosk.hall_hint.refresh()
    request = NewRequest(
        service_id=args.service_id, lang=args.lang, fields=fields, priority=args.priority,
        consent_at=datetime.now().astimezone() if fields else None,
        consent_version=PRIVACY_NOTICE_VERSION if fields else None,
    )
    issued = kiosk.desk.issue(request)
    pdf, copy_error = issued.pdf, None
    if out is not None:
        try:  # the ticket is committed: report the copy's failure, never hide the ticket
            shutil.copyfile(issued.pdf, out)
            pdf = out
        except OSError as exc:
            copy_error = exc.strerror or type(exc).__name__
    ticket = issued.ticket
    print(json.dumps({
        "ticket": ticket.number, "request_id": ticket.request_id, "pdf": str(pdf),
        "service": ticket.service_id, "people_ahead": ticket.people_ahead,
        "estimated_wait_minutes": ticket.estimated_wait_minutes,
        "priority": ticket.priority, "print_status": issued.print_status,
        "print_error": issued.print_error, "copy_error": copy_error,
    }, ensure_ascii=False))
    return EXIT_ENVIRONMENT if copy_error else 0


if __name__ == "__main__":
    sys.exit(main())
