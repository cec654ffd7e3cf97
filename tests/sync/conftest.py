"""Fixtures of the sync tests: data directories, a store, a centre key, a fake centre."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric import ed25519
from sync_helpers import FakeCentre, new_key

from kiosk.config import SyncConfig
from kiosk.store import SqlStore, open_store

# ``tests.support.server`` (the reference server as a process) is imported by package
# name: the repository root must be importable whichever way pytest was started.
_REPO = str(Path(__file__).resolve().parents[2])
if _REPO not in sys.path:
    sys.path.insert(0, _REPO)

#: Short timeouts and backoff, so failing tests fail fast.
FAST = SyncConfig(connect_timeout_s=2, read_timeout_s=5, backoff_base_s=1, backoff_cap_s=2,
                  probe_interval_s=1, batch_size=50)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A kiosk data directory (created)."""
    path = tmp_path / "kiosk"
    path.mkdir(mode=0o700)
    return path


@pytest.fixture
def store(data_dir: Path) -> Iterator[SqlStore]:
    """The kiosk's store in ``data_dir``."""
    with open_store(data_dir) as opened:
        yield opened


@pytest.fixture
def centre_key() -> ed25519.Ed25519PrivateKey:
    """The centre's signing key."""
    return new_key()


@pytest.fixture
def fake_centre() -> Iterator[FakeCentre]:
    """A scriptable HTTP centre on loopback."""
    centre = FakeCentre()
    yield centre
    centre.close()


@pytest.fixture
def fast() -> SyncConfig:
    """``[sync]`` settings with short timeouts."""
    return FAST
