"""Where the kiosk keeps its data and finds its assets."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import platformdirs

APP_NAME = "jisr"

log = logging.getLogger(__name__)


def assets_dir() -> Path:
    """The assets folder (catalog, fonts, pictograms); ``KIOSK_ASSETS_DIR`` overrides."""
    override = os.environ.get("KIOSK_ASSETS_DIR")
    if override:
        return Path(override)
    return Path(__file__).resolve().parent.parent / "assets"


def data_dir(cli_value: str | os.PathLike[str] | None = None) -> Path:
    """The data directory: ``--data-dir``, else ``KIOSK_DATA_DIR``, else platformdirs."""
    if cli_value:
        return Path(cli_value).expanduser()
    env = os.environ.get("KIOSK_DATA_DIR")
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def database_path(data: Path) -> Path:
    """The SQLite file inside the data directory."""
    return data / "jisr.sqlite3"


def tickets_dir(data: Path) -> Path:
    """Where ticket PDFs are saved."""
    return data / "tickets"


def config_path(data: Path) -> Path:
    """The default config file inside the data directory."""
    return data / "config.toml"


def private_dir(path: Path) -> Path:
    """Create ``path`` (and its parents) readable by its owner only; return it.

    It holds visitors' details, keys or credentials.  On a shared mount whose
    permissions are not ours to change, the folder is used as it is, with a warning.
    """
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    try:
        path.chmod(0o700)
    except OSError:
        log.warning("could not restrict the permissions of %s", path.name)
    return path


def explicit_config(cli_value: str | None) -> Path | None:
    """The ``--config`` file, which must exist (a typo must not mean "defaults")."""
    if not cli_value:
        return None
    path = Path(cli_value)
    if not path.is_file():
        from kiosk.errors import ConfigError
        raise ConfigError(str(path), "(file)", "not found")
    return path
