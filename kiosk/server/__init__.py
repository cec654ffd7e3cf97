"""The reference central server (FastAPI): receives events, serves reference bundles.

``kiosk server`` (:mod:`.cli`) runs :func:`kiosk.server.app.create_app` under uvicorn.
:mod:`.service` does the work (one transaction per call) for the HTTP endpoints and the
admin commands alike; :mod:`.db` holds the engine and migrations, :mod:`.schema` the
tables, :mod:`.models` the HTTP bodies, :mod:`.events` the known event types and the
canonical JSON, :mod:`.settings` the data directory, key and admin token.  See
docs/SERVER.md and docs/PROTOCOL.md.
"""
