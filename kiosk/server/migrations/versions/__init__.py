"""Alembic revisions of the centre's database (``vNNNN_<slug>.py``)."""
