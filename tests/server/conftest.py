"""Fixtures of the server tests: every test runs on SQLite and on PostgreSQL.

PostgreSQL comes from ``JISR_TEST_PG_URL`` (``postgresql+psycopg://USER:PW@HOST/DB``;
the role needs CREATEDB): each test gets a fresh database of its own, dropped after.
``bash installer/install.sh test`` sets it up as root and exports the variable.
Without it the PostgreSQL tests are skipped, and the summary says so loudly, unless
``JISR_REQUIRE_PG=1``: then they fail.
"""

from __future__ import annotations

import os
import uuid
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg
import pytest
from sqlalchemy.engine import make_url
from starlette.exceptions import StarletteDeprecationWarning

from kiosk.server.app import create_app
from kiosk.server.db import Database
from kiosk.server.settings import ServerSettings
from kiosk.server.settings import admin_token as read_admin_token
from tests.support.pg import drop_database

with warnings.catch_warnings():
    # Starlette 1.x wants httpx2 for its TestClient and warns, once, at import, when it
    # finds only httpx (which schemathesis and the kiosk's tests use).
    warnings.simplefilter("ignore", StarletteDeprecationWarning)
    from fastapi.testclient import TestClient

PG_ENV = "JISR_TEST_PG_URL"
REQUIRE_ENV = "JISR_REQUIRE_PG"
_skipped: list[str] = []


def pg_base_url() -> str | None:
    """The PostgreSQL URL to test against, or None (skip, or fail if required)."""
    return os.environ.get(PG_ENV) or None


def _admin_conninfo(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


@pytest.fixture
def fresh_pg_database() -> Iterator[Callable[[], str]]:
    """Make empty PostgreSQL databases (URLs); all dropped at the end of the test."""
    base = pg_base_url()
    if base is None:
        _missing_pg()
    assert base is not None
    made: list[str] = []

    def make() -> str:
        name = f"jisr_t_{uuid.uuid4().hex[:16]}"
        with psycopg.connect(_admin_conninfo(base), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        made.append(name)
        return make_url(base).set(database=name).render_as_string(hide_password=False)

    yield make
    for name in made:
        drop_database(_admin_conninfo(base), name)


def _missing_pg() -> None:
    message = (f"PostgreSQL server tests need {PG_ENV}=postgresql+psycopg://USER:PW@HOST/DB "
               "(bash installer/install.sh test sets it up as root)")
    if os.environ.get(REQUIRE_ENV) == "1":
        pytest.fail(f"{REQUIRE_ENV}=1 but {PG_ENV} is not set: {message}")
    _skipped.append(message)
    pytest.skip(message)


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest) -> str | None:
    """None for SQLite (the file in the data dir), else a fresh PostgreSQL database."""
    if request.param == "sqlite":
        return None
    maker: Callable[[], str] = request.getfixturevalue("fresh_pg_database")
    return maker()


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """Say loudly that PostgreSQL was not tested."""
    if _skipped:
        terminalreporter.section("PostgreSQL NOT TESTED", sep="!", red=True, bold=True)
        terminalreporter.line(f"{len(_skipped)} server tests were skipped: set {PG_ENV} "
                              "to run them (bash installer/install.sh test does, as root).",
                              red=True, bold=True)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """The centre's data directory (not made yet)."""
    return tmp_path / "centre"


@pytest.fixture
def settings(data_dir: Path, database_url: str | None) -> ServerSettings:
    """Settings for this test's data dir and database."""
    return ServerSettings.resolve(data_dir, database_url)


@pytest.fixture
def db(settings: ServerSettings) -> Iterator[Database]:
    """The migrated database."""
    settings.ensure_data_dir()
    database = Database(settings.database_url)
    database.upgrade()
    yield database
    database.dispose()


@pytest.fixture
def client(settings: ServerSettings, db: Database) -> Iterator[TestClient]:
    """The API in-process (FastAPI's TestClient) on the same database."""
    with TestClient(create_app(settings, db), raise_server_exceptions=False) as test_client:
        yield test_client


@pytest.fixture
def admin_headers(settings: ServerSettings) -> dict[str, str]:
    """The admin token's Authorization header."""
    return {"Authorization": f"Bearer {read_admin_token(settings)}"}


@dataclass
class Enrolled:
    """A device enrolled through the API."""

    device_id: str
    credential: str
    install_id: str
    site_code: str
    centre_key_pem: str
    role: str = "kiosk"
    station: int | None = None

    @property
    def headers(self) -> dict[str, str]:
        """Its Authorization header."""
        return {"Authorization": f"Bearer {self.credential}"}


@pytest.fixture
def enrol(client: TestClient, admin_headers: dict[str, str]) -> Callable[..., Enrolled]:
    """Enrol a device through the API (``enrol(site="TNG01", install_id=..., key_pem=...,
    role="console")``)."""

    def do(site: str = "TNG01", install_id: str | None = None,
           key_pem: str | None = None, role: str | None = None) -> Enrolled:
        code = client.post("/api/v1/admin/enrol-codes", json={"site_code": site},
                           headers=admin_headers).json()["code"]
        install = install_id or str(uuid.uuid4())
        body: dict[str, Any] = {"code": code, "install_id": install,
                                "software_version": "0.2.0"}
        if key_pem is not None:
            body["ticket_key_pem"] = key_pem
        if role is not None:
            body["role"] = role
        reply = client.post("/api/v1/enrol", json=body)
        assert reply.status_code == 201, reply.text
        data = reply.json()
        return Enrolled(data["device_id"], data["credential"], install, data["site_code"],
                        data["centre_key_pem"], data["role"], data["station"])

    return do
