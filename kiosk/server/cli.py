"""``kiosk server`` (the centre's HTTP server) and its admin subcommands.

    kiosk server [--host H] [--port P] [--workers N] [--data-dir D] [--database-url URL]
    kiosk server enrol-code --site CODE
    kiosk server devices [--json]
    kiosk server revoke DEVICE
    kiosk server publish-catalog PATH
    kiosk server set-site CODE --name NAME --counters N
    kiosk server admin-token

The admin subcommands work on the database directly, through the same functions as
the HTTP endpoints (:mod:`kiosk.server.service`); each accepts ``--data-dir`` and
``--database-url`` too.  Refusals exit 2, an unreachable database exits 3 (kiosk.cli).
"""

from __future__ import annotations

import argparse
import copy
import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the handlers import the server's modules: ``kiosk --help`` stays quick
    from kiosk.server.db import Database
    from kiosk.server.settings import ServerSettings

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8750
APP_FACTORY = "kiosk.server.app:app_from_env"


def _location_options(parser: argparse.ArgumentParser, top: bool) -> None:
    # The kiosk's own global --data-dir has dest "data_dir": ours are server_*.
    # On subcommands the default is SUPPRESS, so that an option given before the
    # subcommand is not overwritten by the subcommand's default.
    default: Any = None if top else argparse.SUPPRESS
    parser.add_argument("--data-dir", dest="server_data_dir", default=default,
                        metavar="DIR", help="the centre's data directory (default: "
                        "JISR_SERVER_DATA_DIR or the user data directory of jisr-server)")
    parser.add_argument("--database-url", dest="server_database_url", default=default,
                        metavar="URL", help="postgresql+psycopg://USER:PASSWORD@HOST/DB "
                        "(default: JISR_SERVER_DATABASE_URL, else SQLite in the data dir)")


def add_commands(sub: Any) -> None:
    """Add ``kiosk server`` and its subcommands to the ``kiosk`` parser."""
    p = sub.add_parser("server", help="the reference central server (sync protocol v1)",
                       description="Serve the Jisr sync protocol (docs/PROTOCOL.md, "
                       "docs/SERVER.md), or run an admin command on its database.")
    p.add_argument("--host", default=DEFAULT_HOST, help=f"default {DEFAULT_HOST}")
    p.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"default {DEFAULT_PORT}")
    p.add_argument("--workers", type=int, default=1,
                   help="worker processes (several need PostgreSQL to scale; default 1)")
    p.add_argument("--ssl-certfile", help="serve HTTPS with this certificate (PEM)")
    p.add_argument("--ssl-keyfile", help="the certificate's private key (PEM)")
    p.add_argument("--no-access-log", action="store_true", help="do not log each request")
    _location_options(p, top=True)
    p.set_defaults(handler=_serve)
    ssub = p.add_subparsers(dest="server_command", metavar="COMMAND")

    c = ssub.add_parser("enrol-code", help="a one-time enrolment code for a site (24 h)")
    c.add_argument("--site", required=True, help="site code, e.g. TNG01")
    c.set_defaults(handler=_enrol_code)
    c = ssub.add_parser("devices", help="every device and its sync state")
    c.add_argument("--json", action="store_true", help="a JSON list")
    c.set_defaults(handler=_devices)
    c = ssub.add_parser("revoke", help="revoke a device (its credential stops working)")
    c.add_argument("device", help="device id, e.g. dev-3f9a1c2e")
    c.set_defaults(handler=_revoke)
    c = ssub.add_parser("publish-catalog", help="check and publish a catalog (new bundle)")
    c.add_argument("path", help="a catalog folder (like assets/catalog) or a JSON file "
                   "{file name: content}")
    c.set_defaults(handler=_publish_catalog)
    c = ssub.add_parser("set-site", help="a site's settings (new bundle)")
    c.add_argument("code", help="site code, e.g. TNG01")
    c.add_argument("--name", required=True)
    c.add_argument("--counters", type=int, required=True)
    c.set_defaults(handler=_set_site)
    c = ssub.add_parser("admin-token", help="print the admin token (made on first use)")
    c.set_defaults(handler=_admin_token)
    for command in ssub.choices.values():
        _location_options(command, top=False)


def _settings(args: argparse.Namespace) -> ServerSettings:
    from kiosk.server.settings import ServerSettings
    return ServerSettings.resolve(getattr(args, "server_data_dir", None),
                                  getattr(args, "server_database_url", None))


@contextmanager
def _database(args: argparse.Namespace) -> Iterator[Database]:
    """The migrated database of these options, closed at the end."""
    from kiosk.server.db import Database
    settings = _settings(args)
    if settings.database_url.startswith("sqlite"):
        settings.ensure_data_dir()
    db = Database(settings.database_url)
    try:
        db.upgrade()
        yield db
    finally:
        db.dispose()


def _serve(args: argparse.Namespace) -> int:
    import uvicorn
    from uvicorn.config import LOGGING_CONFIG

    from kiosk.server.db import Database
    from kiosk.server.service import Invalid
    from kiosk.server.settings import admin_token, centre_key

    if args.workers < 1:
        raise Invalid("--workers: at least 1")
    if not 0 <= args.port <= 65535:
        raise Invalid("--port: 0 to 65535")
    if bool(args.ssl_certfile) != bool(args.ssl_keyfile):
        raise Invalid("--ssl-certfile and --ssl-keyfile go together")
    settings = _settings(args)
    settings.ensure_data_dir()
    # Before any worker starts: migrate once, make the key and the token once.
    db = Database(settings.database_url)
    db.upgrade()
    db.dispose()
    centre_key(settings)
    admin_token(settings)
    os.environ.update(settings.environ())  # the workers read their settings from here
    log_config = copy.deepcopy(LOGGING_CONFIG)
    log_config["loggers"]["kiosk"] = {"handlers": ["default"], "level": "INFO",
                                      "propagate": False}
    print(f"jisr server: data in {settings.data_dir}, database {db.display_url}",
          flush=True)
    uvicorn.run(APP_FACTORY, factory=True, host=args.host, port=args.port,
                workers=args.workers, log_config=log_config,
                access_log=not args.no_access_log, ssl_certfile=args.ssl_certfile,
                ssl_keyfile=args.ssl_keyfile, proxy_headers=True,
                timeout_graceful_shutdown=10)
    return 0


def _enrol_code(args: argparse.Namespace) -> int:
    from kiosk.server import service
    with _database(args) as db:
        reply = service.make_enrol_code(db, args.site)
    print(reply.code)
    return 0


def _devices(args: argparse.Namespace) -> int:
    from kiosk.server import service
    with _database(args) as db:
        found = service.list_devices(db)
    if args.json:
        print(json.dumps([d.model_dump(mode="json") for d in found], indent=1))
        return 0
    print(f"{'device':14} {'site':8} {'enrolled':17} {'last seen':17} {'received':>9} "
          f"{'last seq':>9} {'backlog':>8} {'version':10} revoked")
    for d in found:
        print(f"{d.device_id:14} {d.site_code:8} {_when(d.enrolled_at):17} "
              f"{_when(d.last_seen_at):17} {d.events_received:9} {d.last_seq:9} "
              f"{'-' if d.backlog is None else d.backlog:>8} {d.software_version or '-':10} "
              f"{'yes' if d.revoked else 'no'}")
    return 0


def _when(value: Any) -> str:
    return "-" if value is None else value.strftime("%Y-%m-%d %H:%M")


def _revoke(args: argparse.Namespace) -> int:
    from kiosk.server import service
    with _database(args) as db:
        info = service.revoke(db, args.device)
    print(f"{info.device_id}: revoked")
    return 0


def _publish_catalog(args: argparse.Namespace) -> int:
    from kiosk.server import service
    path = Path(args.path)
    files = service.read_catalog_path(path)
    checked = service.check_catalog(files, source=path if path.is_dir() else None)
    with _database(args) as db:  # only once the catalog checked out
        reply = service.publish_catalog(db, checked)
    print(f"catalog published: bundle version {reply.version} ({checked.files} files)")
    return 0


def _set_site(args: argparse.Namespace) -> int:
    from kiosk.server import service
    with _database(args) as db:
        reply = service.set_site(db, args.code, args.name, args.counters)
    print(f"site {reply.code} set: bundle version {reply.version}")
    return 0


def _admin_token(args: argparse.Namespace) -> int:
    from kiosk.server.settings import admin_token
    print(admin_token(_settings(args)))
    return 0
