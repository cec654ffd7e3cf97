"""The server tests' fixtures (a real centre on SQLite and PostgreSQL), for the centre's
report."""

from tests.server.conftest import (  # noqa: F401 - fixtures, found by name
    admin_headers,
    client,
    data_dir,
    database_url,
    db,
    enrol,
    fresh_pg_database,
    settings,
)
