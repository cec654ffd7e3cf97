"""The kiosk's daily report: figures checked against the events that made them."""

from __future__ import annotations

import argparse
import csv
import sqlite3
import statistics
import subprocess
from collections import Counter
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from kiosk.cli_report import add_commands, service_names
from kiosk.compose import Kiosk, build_kiosk
from kiosk.devices.report_pdf import write_report
from kiosk.domain.report import DailyFigures, figure_rows, percentile
from kiosk.store.report_queries import local_figures
from tests.report.helpers import DAY, HALL_TZ, ISSUES, add_field_and_feedback, build_day


@pytest.fixture
def day(tmp_path: Path) -> tuple[Kiosk, DailyFigures]:
    kiosk = build_kiosk(tmp_path / "data")
    clock = build_day(kiosk)
    add_field_and_feedback(kiosk)
    return kiosk, local_figures(kiosk.store, DAY, kiosk.config.site.code, clock.now(),
                                tz=HALL_TZ)


def outbox_events(kiosk: Kiosk) -> list[tuple[str, dict[str, Any]]]:
    import json
    with sqlite3.connect(kiosk.data_dir / "jisr.sqlite3") as db:
        return [(t, json.loads(p)) for t, p in
                db.execute("SELECT type, payload FROM outbox ORDER BY seq")]


def minutes(a: str, b: str) -> float:
    return (datetime.fromisoformat(b) - datetime.fromisoformat(a)).total_seconds() / 60


def test_the_figures_are_what_the_outbox_events_say(day: tuple[Kiosk, DailyFigures]) -> None:
    kiosk, fig = day
    issued: dict[str, dict[str, Any]] = {}
    last_call: dict[str, str] = {}
    waits: dict[str, float] = {}
    handling: list[float] = []
    served_by: Counter[int] = Counter()
    no_shows: Counter[int] = Counter()
    outcomes: Counter[str] = Counter()
    for type_, p in outbox_events(kiosk):
        if type_ == "request.created":
            issued[p["ticket"]["request_id"]] = p["ticket"]
        elif type_ == "ticket.called":
            last_call[p["request_id"]] = p["at"]
            waits[p["request_id"]] = minutes(issued[p["request_id"]]["issued_at"], p["at"])
        elif type_ == "ticket.served":
            handling.append(minutes(last_call[p["request_id"]], p["at"]))
            served_by[p["counter"]] += 1
            outcomes[p["outcome"]] += 1
        elif type_ == "ticket.no_show":
            no_shows[p["counter"]] += 1
        elif type_ == "ticket.transferred":
            waits.pop(p["request_id"])  # back in line: its wait runs to the next call
    assert fig.tickets == len(issued) == len(ISSUES)
    assert fig.per_service == dict(Counter(t["service_id"] for t in issued.values()))
    assert fig.per_hour == dict(Counter(datetime.fromisoformat(t["issued_at"]).hour
                                        for t in issued.values()))
    assert fig.priority == sum(1 for t in issued.values() if t["priority"])
    assert fig.waiting.count == len(waits)
    assert fig.waiting.median == statistics.median(waits.values())
    assert fig.waiting.max == max(waits.values())
    assert fig.waiting.p90 == percentile(sorted(waits.values()), 90)
    assert fig.handling.median == statistics.median(handling)
    assert fig.no_shows == sum(no_shows.values()) == 2
    assert {c.counter: (c.served, c.no_shows) for c in fig.counters} == {
        c: (served_by[c], no_shows[c]) for c in (1, 2)}
    assert {k: v for k, v in fig.outcomes.items() if v} == dict(outcomes)
    assert fig.transferred == 1
    assert sum(fig.wait_distribution.values()) == fig.waiting.count
    # the day as the test wrote it, by hand
    assert fig.per_hour == {8: 3, 9: 4, 10: 2, 11: 1}
    assert fig.states["served"] == 6 and fig.states["waiting"] == 2


def test_field_cases_and_feedback(day: tuple[Kiosk, DailyFigures]) -> None:
    _, fig = day
    # c2 was edited (version 3) and counts once; c5 is of the day before
    assert fig.field_cases == {"medical": 2, "administrative": 1, "customs": 1,
                               "social": 0, "legal": 0, "transport": 0}
    fb = fig.feedback
    assert (fb.count, fb.comments, fb.complaints) == (5, 3, 2)
    assert fb.average == pytest.approx(17 / 5)
    assert fb.distribution == {1: 1, 2: 1, 3: 0, 4: 1, 5: 2}


def test_the_pdf_is_a_real_pdf_with_the_figures(day: tuple[Kiosk, DailyFigures],
                                               tmp_path: Path) -> None:
    kiosk, fig = day
    pdf = write_report(fig, tmp_path / "r.pdf", service_names(kiosk.catalog), "Tanger")
    assert pdf.read_bytes().startswith(b"%PDF")
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout
    assert "Rapport journalier · 24/11/2026" in text and "Tanger" in text
    assert "Extrait ou copie intégrale d'acte de naissance" in text
    assert f"{fig.waiting.median:.1f} min" in text
    assert "Réclamations orientées vers chikaya.ma : 2" in text
    assert "karim" not in text.lower() and "guichet 2" not in text  # no personal text
    subprocess.run(["pdftoppm", "-r", "60", "-png", str(pdf), str(tmp_path / "p")],
                   check=True)
    assert sorted(p.name for p in tmp_path.glob("p-*.png"))


def test_the_arabic_is_shaped_with_our_fonts(day: tuple[Kiosk, DailyFigures],
                                             tmp_path: Path) -> None:
    from pypdf import PdfReader
    kiosk, fig = day
    pdf = write_report(fig, tmp_path / "r.pdf", service_names(kiosk.catalog))
    reader = PdfReader(str(pdf))
    fonts = {str(f["/BaseFont"]) for page in reader.pages
             for f in page["/Resources"]["/Font"].values()}  # type: ignore[index,union-attr]
    assert any("NotoNaskhArabic" in f for f in fonts)
    text = "".join(page.extract_text() for page in reader.pages)
    assert any("\ufe70" <= ch <= "\ufefc" for ch in text)  # presentation forms


def test_the_csv_round_trips(day: tuple[Kiosk, DailyFigures], tmp_path: Path) -> None:
    _, fig = day
    path = write_report(fig, tmp_path / "r.csv")
    assert path.read_bytes().startswith("\ufeff".encode())
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = [tuple(r) for r in csv.reader(f)]
    assert rows[0] == ("section", "key", "value")
    assert rows[1:] == figure_rows(fig)
    assert ("state", "no_show", "2") in rows


def test_kiosk_report_command(tmp_path: Path) -> None:
    kiosk = build_kiosk(tmp_path / "data")
    build_day(kiosk)
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir", dest="data_dir")
    parser.add_argument("--config")
    add_commands(parser.add_subparsers())
    for out in ("r.pdf", "r.csv"):
        args = parser.parse_args(["--data-dir", str(tmp_path / "data"), "report",
                                  "--date", DAY.isoformat(), "--out", str(tmp_path / out)])
        assert args.handler(args) == 0
        assert (tmp_path / out).stat().st_size > 0
    bad = parser.parse_args(["report", "--date", "24/11", "--out", "x.pdf"])
    assert bad.handler(bad) == 2
