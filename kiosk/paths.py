"""Where the kiosk keeps its data and finds its assets."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "jisr"


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
