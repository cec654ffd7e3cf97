"""A server's background threads: toward the centre (relay, bundle pull), and the
retention purge.

:class:`Loop` is their one loop: a daemon thread that runs a round, waits
what the round says (or until :meth:`~Loop.stop`), and runs the next.  A bug
in a round is logged with where it happened, never its message (it may hold data), and
the loop goes on.
"""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING

from kiosk.server.upstream import Upstream, make_session

if TYPE_CHECKING:
    import requests

log = logging.getLogger(__name__)


class Loop:
    """A daemon thread that runs a round, waits what the round says (or until
    :meth:`stop`), and runs the next."""

    #: the thread's name, and the word the log uses for it
    thread_name = "jisr-loop"
    label = "loop"

    def __init__(self) -> None:
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def _start_thread(self) -> None:
        self._thread = threading.Thread(target=self._loop, name=self.thread_name,
                                        daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        """Stop at once (work in flight ends within its own timeouts)."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)

    def _loop(self) -> None:
        while not self._stop.is_set():
            try:
                wait = self._round()
            except Exception as exc:  # a bug: say where, never the message
                wait = self._after_bug()
                log.error("%s: unexpected %s at %s", self.label, type(exc).__name__,
                          _where(exc))
            self._stop.wait(wait)

    def _round(self) -> float:
        """Do one round; seconds to wait before the next."""
        raise NotImplementedError

    def _after_bug(self) -> float:
        """Seconds to wait after a round that raised an unexpected exception."""
        raise NotImplementedError


class UpstreamWorker(Loop):
    """One thread talking to the centre with the hall's credential (``upstream``)."""

    thread_name = "jisr-worker"
    label = "worker"

    def __init__(self, upstream: Upstream, session: requests.Session | None) -> None:
        super().__init__()
        self.upstream = upstream
        self._session = session

    def stop(self, timeout: float = 5.0) -> None:
        """Stop at once (a request in flight ends within its timeouts)."""
        super().stop(timeout)
        if self._session is not None:
            self._session.close()

    def _http(self) -> requests.Session:
        """The HTTP session to the centre, made on first use."""
        if self._session is None:
            self._session = make_session(self.upstream.ca_bundle, self.upstream.pinned_sha256)
        return self._session


def _where(exc: BaseException) -> str:
    """``file:line`` of the innermost frame of ``exc``'s traceback."""
    tb = exc.__traceback__
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    return f"{tb.tb_frame.f_code.co_filename}:{tb.tb_lineno}" if tb else "?"
