"""Alembic migrations of the kiosk database (applied at start by ``open_store``)."""
