"""Sync with the centre: push the outbox, pull reference bundles (docs/SYNC.md).

Plain Python (no Qt).  Modules, each small:

* :mod:`.status` -- the vocabulary the worker and the staff screen share;
* :mod:`.errors` -- :class:`~.errors.SyncError` and its stable codes;
* :mod:`.backoff` -- the wait after a failure (pure);
* :mod:`.transport` -- the HTTP session: timeouts, CA bundle or pinned certificate;
* :mod:`.replies` -- strict checks of the centre's replies;
* :mod:`.client` -- the protocol's requests (docs/PROTOCOL.md);
* :mod:`.enrolment` -- ``kiosk enrol`` and the enrolment file;
* :mod:`.push` -- one batch of the outbox, and the whole queue;
* :mod:`.bundles` -- verify, install and switch reference bundles;
* :mod:`.runner` -- :class:`~.runner.SyncRunner`, the worker thread;
* :mod:`.cli` -- ``kiosk enrol`` and ``kiosk sync``.

This package imports nothing heavy at import time: ``kiosk sync`` starts often.
"""
