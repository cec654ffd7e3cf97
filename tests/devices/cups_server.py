"""A private CUPS scheduler for the printer tests.

It runs from a temporary folder with its own configuration and listens on a Unix
socket there (clients find it through ``CUPS_SERVER``), so the machine's own CUPS,
if any, is neither used nor changed.  Queues print through the "Generic PDF Printer"
driver of cups-filters into a file (``FileDevice Yes``), so a test can check that the
job really came out.

Needs root (cupsd drops its filters to the ``lp`` user) and the Debian packages
``cups cups-client cups-bsd`` (``cups`` brings ``cups-filters``).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

NEEDS = ("the CUPS printer tests need root and the Debian packages cups, cups-client and "
         "cups-bsd (apt-get install -y cups cups-client cups-bsd); they start a private "
         "cupsd on a socket in a temporary folder")
PDF_DRIVER = "lsb/usr/cupsfilters/Generic-PDF_Printer-PDF.ppd"
CUPSD = "/usr/sbin/cupsd"

CUPS_FILES_CONF = """\
FileDevice Yes
ServerRoot {root}
RequestRoot {root}/spool
CacheDir {root}/cache
StateDir {root}/state
TempDir {root}/spool
ErrorLog {root}/log/error_log
AccessLog {root}/log/access_log
PageLog {root}/log/page_log
ServerBin /usr/lib/cups
DataDir /usr/share/cups
User lp
Group lp
SystemGroup root
"""
CUPSD_CONF = """\
Listen {root}/cups.sock
LogLevel info
WebInterface No
Browsing No
DefaultAuthType None
<Location />
  Order allow,deny
  Allow all
</Location>
<Policy default>
  <Limit All>
    Order deny,allow
  </Limit>
</Policy>
"""


def unavailable() -> str | None:
    """Why a private cupsd cannot run here, or None when it can."""
    if os.geteuid() != 0:
        return f"not root; {NEEDS}"
    missing = [tool for tool in ("lp", "lpstat", "lpadmin", "cupsdisable")
               if not shutil.which(tool, path=os.environ.get("PATH", "") + ":/usr/sbin")]
    if missing or not Path(CUPSD).exists():
        return f"missing {', '.join(missing) or CUPSD}; {NEEDS}"
    return None


@dataclass
class CupsServer:
    """A running private cupsd."""

    root: Path
    process: subprocess.Popen[bytes]

    @property
    def socket(self) -> str:
        """Value for ``CUPS_SERVER``."""
        return str(self.root / "cups.sock")

    def run(self, *command: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        """Run a CUPS tool against this server."""
        env = {**os.environ, "CUPS_SERVER": self.socket, "LC_ALL": "C",
               "PATH": os.environ.get("PATH", "") + ":/usr/sbin"}
        return subprocess.run(list(command), env=env, capture_output=True, text=True,
                              timeout=20, check=check)

    def add_queue(self, name: str) -> Path:
        """A PDF queue printing into a file; returns that file's path."""
        out = self.root / "out" / f"{name}.pdf"
        self.run("lpadmin", "-p", name, "-E", "-v", f"file://{out}", "-m", PDF_DRIVER)
        return out

    def completed_jobs(self, name: str) -> list[str]:
        """Ids of the queue's completed jobs."""
        lines = self.run("lpstat", "-W", "completed", "-o", name, check=False).stdout
        return [line.split()[0] for line in lines.splitlines() if line.strip()]

    def log(self) -> str:
        """The scheduler's error log (for failure messages)."""
        path = self.root / "log" / "error_log"
        return path.read_text(errors="replace")[-3000:] if path.exists() else ""

    def stop(self) -> None:
        """Stop the scheduler and remove its folder."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        shutil.rmtree(self.root, ignore_errors=True)


def start() -> CupsServer:
    """Start a private cupsd; raise RuntimeError saying why when it does not come up."""
    # Under /tmp itself: the lp user must reach the folder (pytest's tmp is 0700).
    root = Path(tempfile.mkdtemp(prefix="jisr-cups-", dir="/tmp"))
    root.chmod(0o755)
    for sub in ("spool", "cache", "state", "log", "ppd"):
        (root / sub).mkdir()
    (root / "out").mkdir(mode=0o777)
    (root / "out").chmod(0o777)
    (root / "cups-files.conf").write_text(CUPS_FILES_CONF.format(root=root))
    (root / "cupsd.conf").write_text(CUPSD_CONF.format(root=root))
    process = subprocess.Popen(
        [CUPSD, "-f", "-c", str(root / "cupsd.conf"), "-s", str(root / "cups-files.conf")],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    server = CupsServer(root, process)
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        if process.poll() is not None:
            break
        if "scheduler is running" in server.run("lpstat", "-r", check=False).stdout:
            drivers = server.run("lpinfo", "-m", check=False).stdout
            if PDF_DRIVER not in drivers:
                server.stop()
                raise RuntimeError(f"cupsd runs but has no {PDF_DRIVER} (cups-filters); "
                                   + NEEDS)
            return server
        time.sleep(0.2)
    log = server.log()
    server.stop()
    raise RuntimeError(f"private cupsd did not start ({NEEDS}); log: {log[-500:]}")


def wait_for(condition: Callable[[], object], timeout: float = 15.0) -> bool:
    """Poll ``condition()`` until it is true or ``timeout`` seconds passed."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.2)
    return False
