"""The HTTP session to the centre: keep-alive, TLS trust (CA bundle or pinned
certificate).

``[sync] ca_bundle`` makes the session trust only the CAs in that PEM file.
``[sync] pinned_sha256`` pins the server certificate itself: the connection is
accepted when the SHA-256 of the certificate the server shows is that one, whoever
signed it (urllib3's ``assert_fingerprint``), so a self-signed centre works without a
CA.  Proxies and ``.netrc`` from the environment are ignored (``trust_env`` off): the
kiosk talks to its centre directly, and the lookups would cost time per request.
"""

from __future__ import annotations

from typing import Any

import requests
from requests.adapters import HTTPAdapter

from kiosk import __version__
from kiosk.config import SyncConfig

USER_AGENT = f"jisr-kiosk/{__version__}"


class PinnedAdapter(HTTPAdapter):
    """An HTTPS adapter that accepts only the certificate with a given SHA-256."""

    def __init__(self, fingerprint: str, **kwargs: Any) -> None:
        """``fingerprint``: hex SHA-256 of the server's certificate (colons allowed)."""
        self._fingerprint = fingerprint.replace(":", "").lower()
        super().__init__(**kwargs)

    def init_poolmanager(self, connections: int, maxsize: int, block: bool = False,
                         **pool_kwargs: Any) -> None:
        """Every pool of this adapter checks the pinned fingerprint."""
        pool_kwargs["assert_fingerprint"] = self._fingerprint
        super().init_poolmanager(connections, maxsize, block=block, **pool_kwargs)


def make_session(config: SyncConfig) -> requests.Session:
    """A session for the centre, configured for TLS as ``config`` says."""
    session = requests.Session()
    session.trust_env = False
    session.headers["User-Agent"] = USER_AGENT
    if config.pinned_sha256:
        # The chain is not checked (a pinned certificate may be self-signed); the
        # fingerprint is, on every new connection.
        session.mount("https://", PinnedAdapter(config.pinned_sha256))
        session.verify = False
    elif config.ca_bundle:
        session.verify = config.ca_bundle
    return session
