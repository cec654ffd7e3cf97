"""Fixtures of the sync fault tests: a real centre, a fault proxy, an enrolled kiosk.

The centre is a real ``kiosk server`` process on loopback (``tests/support/server.py``),
on SQLite, or on PostgreSQL for the tests parametrized with ``backend``: PostgreSQL comes
from ``JISR_TEST_PG_URL`` as for the server tests (each test gets a fresh database,
dropped after); without it those cases are skipped, unless ``JISR_REQUIRE_PG=1``.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.faults.sync_env import KioskNode, drop_pg_database, fresh_pg_database
from tests.support.faultproxy import FaultProxy
from tests.support.server import ServerProcess, start_server

PG_ENV = "JISR_TEST_PG_URL"
REQUIRE_ENV = "JISR_REQUIRE_PG"


@pytest.fixture(params=["sqlite"])
def backend(request: pytest.FixtureRequest) -> str:
    """The centre's database kind; tests that are cheap on PostgreSQL too parametrize
    this with ``@pytest.mark.parametrize("backend", BOTH, indirect=True)``."""
    return str(request.param)


#: ``indirect`` parameters for ``backend``: SQLite and PostgreSQL.
BOTH = ["sqlite", "postgresql"]


@pytest.fixture
def database_url(backend: str) -> Iterator[str | None]:
    """None for SQLite (the file in the centre's data dir), else a fresh PG database."""
    if backend == "sqlite":
        yield None
        return
    base = os.environ.get(PG_ENV)
    if not base:
        message = f"PostgreSQL fault tests need {PG_ENV}=postgresql+psycopg://USER:PW@HOST/DB"
        if os.environ.get(REQUIRE_ENV) == "1":
            pytest.fail(f"{REQUIRE_ENV}=1 but {PG_ENV} is not set")
        pytest.skip(message)
    url = fresh_pg_database(base)
    try:
        yield url
    finally:
        drop_pg_database(base, url)


@pytest.fixture
def centre(tmp_path: Path, database_url: str | None) -> Iterator[ServerProcess]:
    """A real ``kiosk server`` on loopback (stopped, or killed, at the end)."""
    server = start_server(tmp_path / "centre", database_url)
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def proxy(centre: ServerProcess) -> Iterator[FaultProxy]:
    """A fault proxy in front of the centre (PASS to begin with)."""
    with FaultProxy(centre.port) as fault_proxy:
        yield fault_proxy


@dataclass
class Enrolled:
    """A kiosk enrolled at the centre through the proxy: every exchange goes through it."""

    node: KioskNode
    device_id: str
    centre: ServerProcess
    proxy: FaultProxy


@pytest.fixture
def enrolled(tmp_path: Path, centre: ServerProcess, proxy: FaultProxy) -> Iterator[Enrolled]:
    """A fresh kiosk data directory, enrolled with ``kiosk enrol`` via the proxy."""
    node = KioskNode(tmp_path / "kiosk")
    node.write_config()
    enrolment = node.enrol(proxy.url, centre.enrol_code())
    try:
        yield Enrolled(node, str(enrolment["device_id"]), centre, proxy)
    finally:
        node.close()
