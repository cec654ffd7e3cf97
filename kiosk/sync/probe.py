"""A TCP probe of the centre's port: has the network come back? (No HTTP, no requests.)"""

from __future__ import annotations

import socket
from urllib.parse import urlsplit


def host_and_port(server_url: str) -> tuple[str, int]:
    """The host and TCP port of ``server_url`` (80 or 443 by default)."""
    parts = urlsplit(server_url)
    host = parts.hostname or ""
    port = parts.port or (443 if parts.scheme == "https" else 80)
    return host, port


def probe_port(server_url: str, timeout: float) -> bool:
    """True when a TCP connection to the centre's port opens within ``timeout`` s.

    Cheap and says nothing of HTTP: the worker uses it, while the centre cannot be
    reached, to notice the moment the network comes back.
    """
    host, port = host_and_port(server_url)
    if not host:
        return False
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return True
    except OSError:
        return False
