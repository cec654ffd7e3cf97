"""The reference central server (FastAPI): receives events, serves reference bundles."""
