"""Dropping the throwaway PostgreSQL databases the server tests make."""

from __future__ import annotations

import time

# Dropping a database WITH (FORCE) ends the sessions still in it. An autovacuum worker
# that started on the database in the meantime belongs to no role, and a role without
# pg_signal_backend may not end it (InsufficientPrivilege). The installer grants that
# role; on a cluster set up before it did, the worker finishes in a moment, so retry.
DROP_PATIENCE_S = 15.0


def drop_database(admin_conninfo: str, name: str) -> None:
    """Drop database ``name``, retrying while an autovacuum worker or session holds it."""
    import psycopg
    from psycopg import errors

    deadline = time.monotonic() + DROP_PATIENCE_S
    while True:
        try:
            with psycopg.connect(admin_conninfo, autocommit=True) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            return
        except (errors.InsufficientPrivilege, errors.ObjectInUse):
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)
