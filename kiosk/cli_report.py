"""``kiosk report``: the day's report of this kiosk's database, as PDF or CSV.

    kiosk report --date 2026-11-24 [--site TNG01] --out rapport.pdf
    kiosk report --date 2026-11-24 --out rapport.csv

The figures are those of :func:`kiosk.domain.report.daily_figures` over the kiosk's own
tickets, field cases and feedback (docs/REPORTS.md); ``--site`` defaults to the
configured ``[site] code``.  The same figures for every site come from the centre:
``kiosk server report``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from kiosk import paths

EXIT_INPUT = 2


def add_commands(sub: Any) -> None:
    """Register ``kiosk report`` on the ``kiosk`` parser."""
    p = sub.add_parser("report", help="the day's report (tickets, waits, counters, field "
                       "cases, feedback) as PDF or CSV")
    p.add_argument("--date", required=True, help="YYYY-MM-DD")
    p.add_argument("--site", help="site code (default: [site] code)")
    p.add_argument("--out", required=True, type=Path, help="FILE.pdf or FILE.csv")
    p.set_defaults(handler=_report)
    server = sub.choices.get("server")
    if server is not None:  # kiosk server report lays its PDF out with the same renderer
        server.set_defaults(report_pdf_writer=_pdf)


def _pdf(figures: Any, path: Path, names: Callable[[str], tuple[str, str]],
         site_name: str | None) -> Path:
    from kiosk.devices.report_pdf import write_report
    return write_report(figures, path, names, site_name)


def service_names(catalog: Any) -> Callable[[str], tuple[str, str]]:
    """(French, Arabic) name of a service id from ``catalog`` (the id when unknown)."""
    def names(service_id: str) -> tuple[str, str]:
        try:
            service = catalog.service(service_id)
        except KeyError:  # a service gone from the catalog keeps its id
            return service_id, ""
        return service.name("fr"), service.name("ar")
    return names


def _report(args: argparse.Namespace) -> int:
    try:
        day = date.fromisoformat(args.date)
    except ValueError:
        print(f"kiosk: --date wants YYYY-MM-DD, got {args.date!r}", file=sys.stderr)
        return EXIT_INPUT
    if args.out.suffix.lower() not in (".pdf", ".csv"):
        print("kiosk: --out must end in .pdf or .csv", file=sys.stderr)
        return EXIT_INPUT
    from kiosk.compose import build_kiosk
    from kiosk.devices.report_pdf import write_report
    from kiosk.store.report_queries import local_figures

    kiosk = build_kiosk(paths.data_dir(args.data_dir), paths.explicit_config(args.config))
    site = args.site or kiosk.config.site.code
    now = kiosk.desk.clock.now()
    figures = local_figures(kiosk.store, day, site, now, tz=now.tzinfo)
    site_name = kiosk.config.site.name if site == kiosk.config.site.code else site
    out = write_report(figures, args.out, service_names(kiosk.catalog), site_name)
    print(f"{out}: {figures.tickets} tickets, {figures.states['served']} served, "
          f"{figures.no_shows} no-shows")
    return 0
