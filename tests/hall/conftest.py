"""Fixtures of the hall tests: a centre (SQLite or PostgreSQL, like the server tests), a
hall server enrolled at it and relaying to it, each a real ``kiosk server`` process."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.server.conftest import fresh_pg_database  # noqa: F401  (a fixture)
from tests.support.server import ServerProcess, free_port, start_server

#: The hall's relay in tests: looks often, backs off little.
RELAY_ARGS = ["--relay-poll-s", "0.2", "--relay-backoff-cap-s", "1"]


@pytest.fixture(params=["sqlite", "postgresql"])
def centre_url(request: pytest.FixtureRequest) -> str | None:
    """The centre's database: None for SQLite, else a fresh PostgreSQL database."""
    if request.param == "sqlite":
        return None
    maker: Callable[[], str] = request.getfixturevalue("fresh_pg_database")
    return maker()


@pytest.fixture
def centre(tmp_path: Path, centre_url: str | None) -> Iterator[ServerProcess]:
    """The central server."""
    server = start_server(tmp_path / "centre", centre_url)
    yield server
    server.stop()


def hall_server(data_dir: Path, centre: ServerProcess | None, site: str = "TNG01",
                relay_args: list[str] | None = None) -> ServerProcess:
    """A hall server (SQLite, in ``data_dir``), enrolled at ``centre`` and relaying to it
    (not started).  ``centre`` None: a hall server on its own."""
    port = free_port()
    server = ServerProcess(url=f"http://127.0.0.1:{port}", data_dir=data_dir, port=port)
    if centre is not None:
        server.cli("enrol-upstream", "--url", centre.url, "--code", centre.enrol_code(site))
        server.extra_args = ["--upstream", centre.url,
                             *(RELAY_ARGS if relay_args is None else relay_args)]
    return server


@pytest.fixture
def hall(tmp_path: Path, centre: ServerProcess) -> Iterator[ServerProcess]:
    """The hall server, enrolled at the centre, relaying, started."""
    server = hall_server(tmp_path / "hall", centre)
    server.start()
    yield server
    server.stop()
