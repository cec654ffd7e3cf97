"""Alembic migrations of the centre's database."""
