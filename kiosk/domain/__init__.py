"""Pure rules of Jisr.  Imports nothing of Qt, SQLAlchemy or requests (a test checks)."""
