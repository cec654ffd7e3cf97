"""Alembic revision scripts, oldest first (``v0001_...``)."""
