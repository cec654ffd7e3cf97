"""Where the centre keeps its files, and the secrets in them.

Data directory (``--data-dir``, else ``JISR_SERVER_DATA_DIR``, else the platform's user
data directory for ``jisr-server``), made ``0700``::

    jisr-server.sqlite3     the database, unless --database-url names another
    keys/signing.pem   0600 the centre's Ed25519 private key (signs bundles), made on
                            first start (kiosk.keys does the writing)
    keys/box.pem       0600 the centre's X25519 private key: field bundles are
                            encrypted for it (docs/FIELD.md), made on first start
    admin-token        0600 the admin token, made on first start; printed by
                            ``kiosk server admin-token``

Several workers or servers in front of one PostgreSQL database must share this
directory (the key and the token); see docs/SERVER.md.
"""

from __future__ import annotations

import hmac
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

import platformdirs
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from kiosk.domain.payloads import PrivateKey
from kiosk.errors import EnvironmentFault, InputError
from kiosk.keys import create_private_file, load_or_create_signing_key, private_key_pem
from kiosk.server.db import sqlite_url

APP_NAME = "jisr-server"
DATA_DIR_ENV = "JISR_SERVER_DATA_DIR"
DATABASE_URL_ENV = "JISR_SERVER_DATABASE_URL"
DATABASE_FILE = "jisr-server.sqlite3"
ADMIN_TOKEN_FILE = "admin-token"
_TOKEN_BYTES = 32


class DataDirUnusable(EnvironmentFault):
    """The data directory cannot be made or written."""


@dataclass(frozen=True)
class ServerSettings:
    """Where the centre's data is: the data directory and the database URL."""

    data_dir: Path
    database_url: str

    @classmethod
    def resolve(cls, data_dir: str | os.PathLike[str] | None = None,
                database_url: str | None = None) -> ServerSettings:
        """From the options, else the environment, else the defaults."""
        if data_dir:
            folder = Path(data_dir).expanduser()
        elif os.environ.get(DATA_DIR_ENV):
            folder = Path(os.environ[DATA_DIR_ENV]).expanduser()
        else:
            folder = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
        url = database_url or os.environ.get(DATABASE_URL_ENV) or sqlite_url(
            folder.absolute() / DATABASE_FILE)
        return cls(folder.absolute(), url)

    def environ(self) -> dict[str, str]:
        """The environment variables that make :meth:`resolve` give these settings back
        (how uvicorn's worker processes learn them)."""
        return {DATA_DIR_ENV: str(self.data_dir), DATABASE_URL_ENV: self.database_url}

    def ensure_data_dir(self) -> None:
        """Make the data directory (0700), or DataDirUnusable."""
        try:
            self.data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
            os.chmod(self.data_dir, 0o700)
        except OSError as exc:
            raise DataDirUnusable(f"data directory {self.data_dir}: "
                                  f"{exc.strerror or exc}") from exc


def centre_key(settings: ServerSettings) -> PrivateKey:
    """The centre's signing key (Ed25519, ``keys/signing.pem``), made on first use."""
    settings.ensure_data_dir()
    try:
        return load_or_create_signing_key(settings.data_dir)
    except OSError as exc:
        raise DataDirUnusable(f"centre key in {settings.data_dir}: "
                              f"{exc.strerror or exc}") from exc


BOX_KEY_FILE = "box.pem"


def centre_box_key(settings: ServerSettings) -> X25519PrivateKey:
    """The centre's X25519 key (``keys/box.pem``, 0600), made on first use (atomically:
    :func:`kiosk.keys.create_private_file`)."""
    settings.ensure_data_dir()
    folder = settings.data_dir / "keys"
    path = folder / BOX_KEY_FILE
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
        create_private_file(path, lambda: private_key_pem(X25519PrivateKey.generate()))
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except OSError as exc:
        raise DataDirUnusable(f"centre box key {path}: {exc.strerror or exc}") from exc
    except ValueError as exc:
        raise InputError(f"{path}: not a PEM private key") from exc
    if not isinstance(key, X25519PrivateKey):
        raise InputError(f"{path}: not an X25519 key")
    return key


def admin_token(settings: ServerSettings) -> str:
    """The admin token (``admin-token``, 0600), made on first use.

    Made atomically (:func:`kiosk.keys.create_private_file`), so processes starting
    at once agree on one token.
    """
    settings.ensure_data_dir()
    path = settings.data_dir / ADMIN_TOKEN_FILE
    try:
        create_private_file(
            path, lambda: (secrets.token_urlsafe(_TOKEN_BYTES) + "\n").encode("ascii"))
        token = path.read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError) as exc:
        raise DataDirUnusable(f"admin token {path}: {exc}") from exc
    if len(token) < 20:
        raise InputError(f"{path}: too short to be an admin token; delete it to make a new one")
    return token


def same_secret(given: str, expected: str) -> bool:
    """Constant-time comparison of two secrets."""
    return hmac.compare_digest(given.encode("utf-8", "surrogatepass"),
                               expected.encode("utf-8", "surrogatepass"))
