"""Fixtures of the field tests: PostgreSQL databases for a centre, like the server tests."""

from __future__ import annotations

from tests.server.conftest import fresh_pg_database  # noqa: F401  (a fixture)
