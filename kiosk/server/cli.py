"""``kiosk server`` (the centre's HTTP server) and its admin subcommands.

    kiosk server [--host H] [--port P] [--workers N] [--data-dir D] [--database-url URL]
                 [--upstream URL]                 # a hall server: relay to the centre
                 [--retention-days N]             # visitors' details erased after N days
    kiosk server enrol-upstream --url URL --code CODE   # enrol this hall server there
    kiosk server relay-status [--json]
    kiosk server enrol-code --site CODE
    kiosk server devices [--json]
    kiosk server revoke DEVICE
    kiosk server publish-catalog PATH
    kiosk server set-site CODE --name NAME --counters N
    kiosk server publish-staff FILE.json
    kiosk server admin-token
    kiosk server report --date D [--site S] --out FILE.pdf|FILE.csv
    kiosk server purge [--retention-days N]      # erase old visitors' details now

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
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the handlers import the server's modules: ``kiosk --help`` stays quick
    from kiosk.server.db import Database
    from kiosk.server.settings import ServerSettings

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8750
#: as the kiosks' [kiosk] retention_days, which their privacy notice states
DEFAULT_RETENTION_DAYS = 90
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
    p.add_argument("--upstream", metavar="URL", help="a hall server: relay every event to "
                   "this centre (enrol first: kiosk server enrol-upstream)")
    p.add_argument("--relay-batch", type=int, default=500, metavar="N",
                   help="events per relay request (1-1000; default 500)")
    p.add_argument("--relay-poll-s", type=float, default=2.0, metavar="S",
                   help="how often an idle relay looks for new events (default 2)")
    p.add_argument("--relay-backoff-cap-s", type=float, default=300.0, metavar="S",
                   help="longest wait between relay attempts after failures (default 300)")
    p.add_argument("--pull-interval-s", type=float, default=900.0, metavar="S",
                   help="how often a hall server pulls the centre's bundle (default 900)")
    p.add_argument("--retention-days", type=int, default=DEFAULT_RETENTION_DAYS, metavar="N",
                   help="erase visitors' details N days after they arrived, as the "
                   f"kiosks' privacy notice says (1-3650; default {DEFAULT_RETENTION_DAYS}; "
                   "checked a minute after start, then daily)")
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
    c = ssub.add_parser(
        "publish-staff", help="a site's staff accounts (new bundle)",
        description='Replace a site\'s staff accounts with those of FILE.json: {"site": '
                    '"TNG01", "staff": [{"id" (optional), "name", "role", "pin_hash"}]} '
                    "(docs/STAFF.md). They reach the site's devices with the next bundle. "
                    "PINs never travel: make each hash with `kiosk staff hash-pin`.")
    c.add_argument("file", help="the staff file (JSON)")
    c.set_defaults(handler=_publish_staff)
    c = ssub.add_parser("admin-token", help="print the admin token (made on first use)")
    c.set_defaults(handler=_admin_token)
    c = ssub.add_parser("enrol-upstream", help="enrol this hall server at the centre "
                        "(role hall), for kiosk server --upstream")
    c.add_argument("--url", required=True, help="the centre, https://...")
    c.add_argument("--code", required=True, help="a one-time code made at the centre "
                   "(kiosk server enrol-code --site SITE, there)")
    c.add_argument("--ca-bundle", default="", help="PEM file of the CAs to trust for the "
                   "centre (default: the certifi bundle)")
    c.add_argument("--pinned-sha256", default="", help="SHA-256 of the centre's certificate "
                   "(pinned; self-signed is fine)")
    c.set_defaults(handler=_enrol_upstream)
    c = ssub.add_parser("relay-status", help="how the relay to the centre stands")
    c.add_argument("--json", action="store_true", help="one JSON object")
    c.set_defaults(handler=_relay_status)
    c = ssub.add_parser(
        "purge", help="erase visitors' details older than the retention period, now",
        description="Erase the names, ID numbers, scanned codes, agents' notes and "
                    "feedback comments of events received more than N days ago (a running "
                    "server does this daily). Tickets, times and counts stay. A hall "
                    "server keeps what it has not relayed to the centre yet.")
    c.add_argument("--retention-days", type=int, default=DEFAULT_RETENTION_DAYS,
                   metavar="N", help=f"default {DEFAULT_RETENTION_DAYS}, as the kiosks'")
    c.set_defaults(handler=_purge)
    c = ssub.add_parser("report", help="a day's report (PDF or CSV) for one site or all")
    c.add_argument("--date", required=True, type=date.fromisoformat, help="YYYY-MM-DD")
    c.add_argument("--site", help="site code (default: every site)")
    c.add_argument("--out", required=True, type=Path, help="FILE.pdf or FILE.csv")
    c.set_defaults(handler=_report)
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
    if not 1 <= args.relay_batch <= 1000:
        raise Invalid("--relay-batch: 1 to 1000")
    if args.pull_interval_s <= 0:
        raise Invalid("--pull-interval-s: more than 0")
    _check_retention(args.retention_days)
    settings = _settings(args)
    settings.ensure_data_dir()
    upstream = _upstream_for(settings, args.upstream) if args.upstream else None
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
    relay = None
    puller = None
    if upstream is not None:
        # One relay, in this (the main) process, whatever the number of workers.
        from kiosk.server.relay import RelayWorker
        relay = RelayWorker(Database(settings.database_url), upstream,
                            batch_size=args.relay_batch, poll_s=args.relay_poll_s,
                            backoff_base_s=min(2.0, args.relay_backoff_cap_s),
                            backoff_cap_s=args.relay_backoff_cap_s)
        relay.start()
        print(f"jisr server: relaying to {upstream.url} as {upstream.device_id}", flush=True)
        from kiosk.server.downstream import BundlePuller
        puller = BundlePuller(Database(settings.database_url), upstream,
                              interval_s=args.pull_interval_s)
        puller.start()
    from kiosk.server.purger import RetentionPurger
    from kiosk.server.upstream import load_upstream
    purger = RetentionPurger(Database(settings.database_url), args.retention_days,
                             relaying=load_upstream(settings.data_dir) is not None)
    purger.start()
    try:
        uvicorn.run(APP_FACTORY, factory=True, host=args.host, port=args.port,
                    workers=args.workers, log_config=log_config,
                    access_log=not args.no_access_log, ssl_certfile=args.ssl_certfile,
                    ssl_keyfile=args.ssl_keyfile, proxy_headers=True,
                    timeout_graceful_shutdown=10)
    finally:
        if relay is not None:
            relay.stop()
            relay.db.dispose()
        if puller is not None:
            puller.stop()
            puller.db.dispose()
        purger.stop()
        purger.db.dispose()
    return 0


def _check_retention(days: int) -> None:
    from kiosk.server.purger import MAX_DAYS, MIN_DAYS
    from kiosk.server.service import Invalid
    if not MIN_DAYS <= days <= MAX_DAYS:
        raise Invalid(f"--retention-days: {MIN_DAYS} to {MAX_DAYS}")


def _purge(args: argparse.Namespace) -> int:
    from kiosk.server.purger import RetentionPurger
    from kiosk.server.upstream import load_upstream
    _check_retention(args.retention_days)
    settings = _settings(args)
    with _database(args) as db:
        purger = RetentionPurger(db, args.retention_days,
                                 relaying=load_upstream(settings.data_dir) is not None)
        done = purger.purge_once()
    print(f"erased the personal details of {done.requests} requests, {done.notes} "
          f"counter notes and {done.comments} feedback comments received more than "
          f"{args.retention_days} days ago")
    return 0


def _upstream_for(settings: ServerSettings, url: str) -> Any:
    """The enrolment at the centre ``url``; Invalid if there is none, or for another."""
    from kiosk.server.service import Invalid
    from kiosk.server.upstream import check_url, load_upstream
    wanted = check_url(url)
    upstream = load_upstream(settings.data_dir)
    if upstream is None:
        raise Invalid(f"--upstream: this server is not enrolled at {wanted}: run kiosk "
                      f"server enrol-upstream --url {wanted} --code CODE first")
    if upstream.url != wanted:
        raise Invalid(f"--upstream: this server is enrolled at {upstream.url}, not "
                      f"{wanted}: enrol it there again (kiosk server enrol-upstream)")
    return upstream


def _enrol_code(args: argparse.Namespace) -> int:
    from kiosk.server import service
    with _database(args) as db:
        reply = service.make_enrol_code(db, args.site)
    print(reply.code)
    return 0


def _devices(args: argparse.Namespace) -> int:
    from kiosk.server import service
    from kiosk.server.upstream import load_upstream
    upstream = load_upstream(_settings(args).data_dir)
    with _database(args) as db:
        found = service.list_devices(db)
        relay = service.relay_status(db, upstream.url if upstream else None)
    if args.json:
        print(json.dumps([d.model_dump(mode="json") for d in found], indent=1))
        return 0
    relaying = relay.upstream_url is not None
    print(f"{'device':20} {'site':8} {'role':7} {'stn':>3} {'enrolled':16} {'last seen':16} "
          f"{'received':>8} {'last seq':>8} {'backlog':>7} {'version':9} {'revoked':7}"
          + (f" {'relayed':>8}" if relaying else "") + " via")
    for d in found:
        print(f"{d.device_id:20} {d.site_code:8} {d.role:7} {d.station or '-':>3} "
              f"{_when(d.enrolled_at):16} {_when(d.last_seen_at):16} "
              f"{d.events_received:8} {d.last_seq:8} "
              f"{'-' if d.backlog is None else d.backlog:>7} {d.software_version or '-':9} "
              f"{'yes' if d.revoked else 'no':7}"
              + (f" {d.relayed_seq:8}" if relaying else "") + f" {d.via or '-'}")
    if relaying:
        print(_relay_line(relay))
    return 0


def _relay_line(relay: Any) -> str:
    """One line on the relay: where, pending, last success, last error."""
    line = (f"relay to {relay.upstream_url}: {relay.pending} pending, {relay.relayed} "
            f"relayed, last success {_when(relay.last_success_at)}")
    if relay.last_error:
        line += f", last error {relay.last_error}"
        if relay.failures:
            line += f" ({relay.failures} failures in a row, last {_when(relay.last_attempt_at)})"
    return line


def _enrol_upstream(args: argparse.Namespace) -> int:
    from kiosk.server.service import utcnow
    from kiosk.server.upstream import enrol_upstream
    settings = _settings(args)
    settings.ensure_data_dir()
    upstream = enrol_upstream(settings.data_dir, args.url, args.code, utcnow(),
                              ca_bundle=args.ca_bundle, pinned_sha256=args.pinned_sha256)
    print(f"enrolled at {upstream.url} as {upstream.device_id} (hall of site "
          f"{upstream.site_code}); start this server with --upstream {upstream.url}")
    return 0


def _relay_status(args: argparse.Namespace) -> int:
    from kiosk.server import service
    from kiosk.server.upstream import load_upstream
    upstream = load_upstream(_settings(args).data_dir)
    from kiosk.server.downstream import describe, pull_state
    with _database(args) as db:
        relay = service.relay_status(db, upstream.url if upstream else None)
        pulled = pull_state(db)
    if args.json:
        doc = relay.model_dump(mode="json")
        doc["device_id"] = upstream.device_id if upstream else None
        doc["bundle"] = None if pulled is None else {
            "taken_version": pulled["taken_version"],
            "local_version": pulled["local_version"], "last_error": pulled["last_error"],
            "last_attempt_at": _iso(pulled["last_attempt_at"])}
        print(json.dumps(doc))
        return 0
    if relay.upstream_url is None:
        print("not relaying: no upstream (kiosk server enrol-upstream --url URL --code CODE, "
              "then kiosk server --upstream URL)")
        return 0
    print(_relay_line(relay))
    print(describe(pulled))
    return 0


def _iso(value: Any) -> str | None:
    return None if value is None else str(value.isoformat())


def _when(value: Any) -> str:
    return "-" if value is None else value.strftime("%Y-%m-%d %H:%M")  # UTC


def _report(args: argparse.Namespace) -> int:
    from kiosk.server.service.report import write_centre_report
    with _database(args) as db:
        fig = write_centre_report(db, args.date, args.site, args.out,
                                  pdf_writer=getattr(args, "report_pdf_writer", None))
    print(f"{args.out}: {fig.tickets} tickets, {fig.states['served']} served, "
          f"{fig.no_shows} no-shows ({args.site or 'all sites'})")
    return 0


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


def _publish_staff(args: argparse.Namespace) -> int:
    from kiosk.server import service
    site, entries = service.read_staff_file(Path(args.file))
    service.check_site_code(site)
    service.check_staff(entries)  # refused before the database is opened
    with _database(args) as db:
        reply = service.publish_staff(db, site, entries)
    print(f"staff of site {reply.site_code} published: {reply.accounts} accounts, "
          f"bundle version {reply.version}")
    return 0


def _admin_token(args: argparse.Namespace) -> int:
    from kiosk.server.settings import admin_token
    print(admin_token(_settings(args)))
    return 0
