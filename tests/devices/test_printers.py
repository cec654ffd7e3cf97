"""Printers: the PDF-only printer, and CUPS driven for real through a private cupsd.

The CUPS tests skip, saying exactly what is missing, when no private cupsd can be
started; set ``JISR_REQUIRE_CUPS=1`` (as CI may) to make that a failure instead.
"""

from __future__ import annotations

import math
import os
import shutil
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from cups_server import CupsServer, start, unavailable, wait_for
from ticket_samples import CATALOG, make_ticket

from kiosk.config import PrinterConfig
from kiosk.devices.printers import (
    MEDIA,
    CupsPrinter,
    PdfOnlyPrinter,
    make_printer,
    pdf_page_size,
)
from kiosk.devices.ticket_pdf import PdfTicketRenderer
from kiosk.errors import PrinterError


@pytest.fixture(scope="module")
def pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real 80 mm ticket."""
    out = tmp_path_factory.mktemp("tickets") / "C-017.pdf"
    return PdfTicketRenderer("80mm").render(make_ticket(), CATALOG, out)


def fake_tool(folder: Path, name: str, script: str) -> None:
    """An executable shell script called ``name`` in ``folder`` (put first on PATH)."""
    path = folder / name
    path.write_text(f"#!/bin/sh\n{script}\n")
    path.chmod(path.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)


# --- without CUPS ----------------------------------------------------------------------


def test_pdf_only_printer_reports_the_saved_pdf(pdf: Path, tmp_path: Path) -> None:
    assert PdfOnlyPrinter().print_pdf(pdf) == "saved"
    with pytest.raises(PrinterError, match="not saved"):
        PdfOnlyPrinter().print_pdf(tmp_path / "missing.pdf")


def test_make_printer_follows_the_config() -> None:
    assert isinstance(make_printer(PrinterConfig()), PdfOnlyPrinter)
    printer = make_printer(PrinterConfig(kind="cups", queue="hall-tm20", paper="a4"))
    assert isinstance(printer, CupsPrinter)
    assert (printer.queue, printer.media) == ("hall-tm20", "A4")
    roll = make_printer(PrinterConfig(kind="cups", queue="hall-tm20", paper="80mm"))
    assert isinstance(roll, CupsPrinter) and roll.media == MEDIA["80mm"]


def test_roll_media_is_as_long_as_the_ticket(pdf: Path) -> None:
    size = pdf_page_size(pdf)
    assert size is not None and size[0] == pytest.approx(226.77, abs=0.5)
    length = math.ceil(size[1] / (72 / 25.4))
    assert CupsPrinter("q", MEDIA["80mm"]).media_for(pdf) == f"Custom.80x{length}mm"
    assert CupsPrinter("q", "A6").media_for(pdf) == "A6"
    assert CupsPrinter("q").media_for(pdf) is None


def test_no_lp_installed(pdf: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # an empty folder: no lpstat, no lp
    with pytest.raises(PrinterError, match=r"printing system not installed \(lpstat"):
        CupsPrinter("hall").print_pdf(pdf)
    fake_tool(tmp_path, "lpstat", 'echo "printer hall is idle.  enabled since today"\n'
                                  'echo "hall accepting requests since today"')
    with pytest.raises(PrinterError, match=r"printing system not installed \(lp not found"):
        CupsPrinter("hall").print_pdf(pdf)


def test_a_hung_print_system_times_out(pdf: Path, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    sleep = shutil.which("sleep")
    assert sleep
    fake_tool(tmp_path, "lpstat", f"exec {sleep} 30")
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(PrinterError, match=r"did not answer within 0.5 s \(lpstat\)"):
        CupsPrinter("hall", check_timeout_s=0.5).print_pdf(pdf)


def test_lp_failure_is_reported_without_the_file_name(pdf: Path, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    fake_tool(tmp_path, "lpstat", 'echo "printer hall is idle.  enabled since today"\n'
                                  'echo "hall accepting requests since today"')
    fake_tool(tmp_path, "lp", 'for last; do :; done\n'  # the last argument: the file
                              'echo "lp: Error - unable to access \\"$last\\"" >&2\n'
                              "exit 1")
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(PrinterError) as caught:
        CupsPrinter("hall").print_pdf(pdf)
    message = str(caught.value)
    assert message.startswith("print queue hall refused the ticket: Error - unable")
    assert str(pdf.parent) not in message and pdf.name not in message


@pytest.mark.parametrize("queue", ["", "two words", "-d", "a/b", "x#1"])
def test_bad_queue_names_are_refused(pdf: Path, queue: str) -> None:
    with pytest.raises(PrinterError, match="queue name"):
        CupsPrinter(queue).print_pdf(pdf)


@pytest.mark.skipif(not shutil.which("lpstat"), reason="needs lpstat (apt-get install "
                    "cups-client)")
def test_cups_not_running(pdf: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CUPS_SERVER", str(tmp_path / "no-cupsd-here.sock"))
    with pytest.raises(PrinterError, match=r"print system \(CUPS\) is not running"):
        CupsPrinter("hall").print_pdf(pdf)


# --- with a real, private cupsd --------------------------------------------------------


@pytest.fixture(scope="module")
def cups() -> Iterator[CupsServer]:
    """A private cupsd, or a loud skip (a failure under JISR_REQUIRE_CUPS=1)."""
    reason = unavailable()
    server = None
    if reason is None:
        try:
            server = start()
        except RuntimeError as exc:
            reason = str(exc)
    if server is None:
        message = f"CUPS TESTS NOT RUN: {reason}"
        if os.environ.get("JISR_REQUIRE_CUPS") == "1":
            pytest.fail(message)
        pytest.skip(message)
    yield server
    server.stop()


@pytest.fixture
def cups_env(cups: CupsServer, monkeypatch: pytest.MonkeyPatch) -> CupsServer:
    """The private cupsd, made the one the printers talk to."""
    monkeypatch.setenv("CUPS_SERVER", cups.socket)
    return cups


def test_prints_on_a_real_queue(cups_env: CupsServer, pdf: Path) -> None:
    out = cups_env.add_queue("jisr-roll")
    assert CupsPrinter("jisr-roll", MEDIA["80mm"]).print_pdf(pdf) == "printed"
    assert wait_for(lambda: cups_env.completed_jobs("jisr-roll")), cups_env.log()
    assert wait_for(lambda: out.exists() and b"%PDF" in out.read_bytes()), cups_env.log()


def test_a_disabled_queue_is_an_error(cups_env: CupsServer, pdf: Path) -> None:
    cups_env.add_queue("jisr-paused")
    cups_env.run("cupsdisable", "jisr-paused")
    with pytest.raises(PrinterError, match="print queue jisr-paused is disabled"):
        CupsPrinter("jisr-paused").print_pdf(pdf)
    assert cups_env.completed_jobs("jisr-paused") == []


def test_a_queue_refusing_jobs_is_an_error(cups_env: CupsServer, pdf: Path) -> None:
    cups_env.add_queue("jisr-closed")
    cups_env.run("cupsreject", "jisr-closed")
    with pytest.raises(PrinterError, match="print queue jisr-closed is not accepting jobs"):
        CupsPrinter("jisr-closed").print_pdf(pdf)


def test_an_unknown_queue_is_an_error(cups_env: CupsServer, pdf: Path) -> None:
    with pytest.raises(PrinterError, match="print queue nowhere does not exist"):
        CupsPrinter("nowhere").print_pdf(pdf)
