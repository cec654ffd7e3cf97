"""Printers: where a rendered ticket PDF goes.

* :class:`PdfOnlyPrinter` -- no paper; the PDF saved in the data directory is the
  ticket (and the visitor sees it on screen).
* :class:`CupsPrinter` -- the system print queue (CUPS), driven with ``lpstat`` and
  ``lp``.  Every call has a timeout, so a hung print system never freezes the kiosk;
  every failure is a :class:`~kiosk.errors.PrinterError` whose message is short, meant
  for staff, and free of personal data (no file names, no visitor details).
"""

from __future__ import annotations

import logging
import math
import os
import re
import subprocess
from pathlib import Path

from kiosk.config import PrinterConfig
from kiosk.domain.ports import TicketPrinter
from kiosk.errors import PrinterError

log = logging.getLogger(__name__)

#: CUPS ``media`` for each paper.  ``{height}`` is filled from the PDF: a roll ticket
#: is as long as its content.
MEDIA: dict[str, str] = {"80mm": "Custom.80x{height}mm", "a6": "A6", "a4": "A4"}
#: What CUPS accepts as a queue name (no spaces, slashes or ``#``; not an option).
_QUEUE_NAME = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.@+-]{0,126}")
_MEDIA_NAME = re.compile(r"[A-Za-z0-9_.{}-]{1,64}")
_MEDIABOX = re.compile(rb"/MediaBox\s*\[\s*([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s*\]")
_POINTS_PER_MM = 72 / 25.4


class PdfOnlyPrinter:
    """No printer: the saved PDF is the ticket (implements :class:`TicketPrinter`)."""

    def print_pdf(self, pdf: Path) -> str:
        """Check the PDF was saved; return ``"saved"``."""
        if not pdf.is_file():
            raise PrinterError("ticket file was not saved")
        return "saved"


class CupsPrinter:
    """Prints through a CUPS queue with ``lp`` (implements :class:`TicketPrinter`)."""

    def __init__(self, queue: str, media: str | None = None, timeout_s: float = 15.0,
                 check_timeout_s: float = 5.0) -> None:
        """``media`` is a CUPS media name (``A4``, ``Custom.80x{height}mm``) or None."""
        self.queue = queue
        self.media = media
        self.timeout_s = timeout_s
        self.check_timeout_s = check_timeout_s

    def print_pdf(self, pdf: Path) -> str:
        """Send ``pdf`` to the queue; return ``"printed"`` once CUPS accepted the job.

        First asks ``lpstat`` whether the queue exists, is enabled and accepts jobs,
        then runs ``lp``.  Raises :class:`PrinterError` for any failure.
        """
        if not _QUEUE_NAME.fullmatch(self.queue):
            raise PrinterError("printer queue name in the configuration is not valid")
        if not pdf.is_file():
            raise PrinterError("ticket file was not saved")
        self.check_queue()
        command = ["lp", "-d", self.queue, "-t", "Jisr ticket"]
        media = self.media_for(pdf)
        if media:
            command += ["-o", f"media={media}"]
        command.append(str(pdf.resolve()))  # absolute: never taken for an option
        result = self._run(command, self.timeout_s)
        if result.returncode != 0:
            raise PrinterError(f"print queue {self.queue} refused the ticket: "
                               f"{_reason(result, pdf)}")
        log.info("ticket sent to print queue %s: %s", self.queue, result.stdout.strip())
        return "printed"

    def check_queue(self) -> None:
        """Raise :class:`PrinterError` unless the queue exists, is enabled and accepting."""
        status = self._run(["lpstat", "-p", self.queue], self.check_timeout_s)
        if status.returncode != 0:
            scheduler = self._run(["lpstat", "-r"], self.check_timeout_s)
            if "scheduler is running" not in scheduler.stdout:
                raise PrinterError("print system (CUPS) is not running")
            text = (status.stderr + status.stdout).lower()
            if "invalid destination" in text or "does not exist" in text:
                raise PrinterError(f"print queue {self.queue} does not exist")
            raise PrinterError(f"print queue {self.queue} cannot be checked: "
                               f"{_reason(status)}")
        if " disabled" in status.stdout:
            raise PrinterError(f"print queue {self.queue} is disabled (paused)")
        accepting = self._run(["lpstat", "-a", self.queue], self.check_timeout_s)
        if accepting.returncode != 0 or "not accepting" in accepting.stdout \
                or "accepting" not in accepting.stdout:
            raise PrinterError(f"print queue {self.queue} is not accepting jobs")

    def media_for(self, pdf: Path) -> str | None:
        """The ``media`` option for ``pdf`` (a roll's length read from the PDF)."""
        if not self.media:
            return None
        if not _MEDIA_NAME.fullmatch(self.media):
            raise PrinterError("printer media name is not valid")
        if "{height}" not in self.media:
            return self.media
        size = pdf_page_size(pdf)
        if size is None:
            return None  # the queue's default media then
        height_mm = math.ceil(size[1] / _POINTS_PER_MM)
        return self.media.replace("{height}", str(height_mm))

    def _run(self, command: list[str], timeout: float) -> subprocess.CompletedProcess[str]:
        env = {**os.environ, "LC_ALL": "C", "LANG": "C"}  # English, parseable output
        try:
            return subprocess.run(command, capture_output=True, text=True, timeout=timeout,
                                  env=env, check=False, stdin=subprocess.DEVNULL)
        except FileNotFoundError as exc:
            raise PrinterError(f"printing system not installed ({command[0]} not found)"
                               ) from exc
        except subprocess.TimeoutExpired as exc:
            raise PrinterError(f"print system did not answer within {timeout:g} s "
                               f"({command[0]})") from exc
        except OSError as exc:
            raise PrinterError(f"cannot run {command[0]}: {exc.strerror}") from exc


def pdf_page_size(pdf: Path) -> tuple[float, float] | None:
    """Width and height in points of the first page of a PDF we wrote, or None."""
    try:
        head = pdf.read_bytes()[:200_000]
    except OSError:
        return None
    match = _MEDIABOX.search(head)
    if not match:
        return None
    x0, y0, x1, y1 = (float(value) for value in match.groups())
    return x1 - x0, y1 - y0


def _reason(result: subprocess.CompletedProcess[str], pdf: Path | None = None) -> str:
    """The first line of a tool's complaint, without file names, kept short."""
    lines = (result.stderr or result.stdout or "").strip().splitlines()
    text = lines[0] if lines else f"exit status {result.returncode}"
    if pdf is not None:
        text = text.replace(str(pdf), "ticket").replace(pdf.name, "ticket")
    for prefix in ("lp: ", "lpstat: "):
        text = text.removeprefix(prefix)
    return text[:160]


def make_printer(config: PrinterConfig) -> TicketPrinter:
    """The printer the configuration asks for."""
    if config.kind == "cups":
        if config.media == "none":
            return CupsPrinter(config.queue, None)
        return CupsPrinter(config.queue, config.media or MEDIA.get(config.paper))
    return PdfOnlyPrinter()
