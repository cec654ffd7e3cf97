"""A hall server's own enrolment at the centre (its "upstream"), and the HTTP session
to it.

``kiosk server enrol-upstream --url URL --code CODE`` enrols this server as a device
of the centre with role ``hall`` and keeps what the centre gave it in
``DATA_DIR/upstream.json`` (0600, written aside and renamed into place)::

    {"url": "https://centre.example", "device_id": "dev-…", "credential": "dev-….…",
     "site_code": "TNG01", "install_id": "…", "enrolled_at": "…",
     "ca_bundle": "", "pinned_sha256": "", "centre_key_pem": "-----BEGIN PUBLIC KEY-----…"}

``centre_key_pem`` (the centre's key from the enrol reply) verifies the bundles the hall
pulls from the centre (kiosk/server/downstream.py); a file written before it was kept
has none: enrol again to pull.

The credential is a secret: never printed, logged, or in ``repr``.  Enrolling again
keeps the install id, so the centre gives the same device id back.

The server does not import the kiosk's sync client (tests/test_layering.py): the few
lines of TLS trust it shares with it (a CA bundle or a pinned certificate, no proxies
from the environment) are written again here.
"""

from __future__ import annotations

import json
import logging
import os
import re
import stat
import uuid
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk import __version__
from kiosk.errors import EnvironmentFault, InputError
from kiosk.server.models import DEVICE_ID_PATTERN, SITE_CODE_PATTERN
from kiosk.server.service.errors import BadCode, Invalid

if TYPE_CHECKING:
    import requests

log = logging.getLogger(__name__)

UPSTREAM_FILE = "upstream.json"
USER_AGENT = f"jisr-hall-server/{__version__}"
_CREDENTIAL_RE = re.compile(r"[A-Za-z0-9._~+/=-]{1,512}")
_URL_RE = re.compile(r"https?://[^\s/]+(/[^\s]*)?")
_MAX_FILE = 64 * 1024


class UpstreamUnreachable(EnvironmentFault):
    """The centre could not be reached or answered something unexpected."""


@dataclass(frozen=True)
class Upstream:
    """What the centre gave this hall server when it enrolled."""

    url: str
    device_id: str
    credential: str = field(repr=False)
    site_code: str
    install_id: str
    enrolled_at: str
    ca_bundle: str = ""
    pinned_sha256: str = ""
    #: the centre's public key (PEM) from the enrol reply; "" in an older file
    centre_key_pem: str = ""


def upstream_path(data_dir: Path) -> Path:
    """``DATA_DIR/upstream.json``."""
    return data_dir / UPSTREAM_FILE


def check_url(url: str) -> str:
    """``url`` without a trailing slash; Invalid unless it is http(s)://host[...]."""
    if not _URL_RE.fullmatch(url):
        raise Invalid(f"centre address {url!r}: must start with http:// or https://")
    return url.rstrip("/")


def load_upstream(data_dir: Path) -> Upstream | None:
    """The enrolment at the centre, or None; InputError naming the file if it is bad."""
    path = upstream_path(data_dir)
    try:
        info = path.stat()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror})") from exc
    if stat.S_IMODE(info.st_mode) & 0o077:
        os.chmod(path, 0o600)
    try:
        if info.st_size > _MAX_FILE:
            raise ValueError("too large")
        doc = json.loads(path.read_text(encoding="utf-8"))
        names = {n for n in Upstream.__dataclass_fields__}
        values = {n: doc[n] for n in names if n in doc}
        if not all(isinstance(v, str) for v in values.values()):
            raise ValueError("not text")
        upstream = Upstream(**values)
        if not (re.fullmatch(DEVICE_ID_PATTERN, upstream.device_id)
                and _CREDENTIAL_RE.fullmatch(upstream.credential)
                and _URL_RE.fullmatch(upstream.url)):
            raise ValueError("not an enrolment")
    except (OSError, UnicodeDecodeError, ValueError, TypeError, KeyError) as exc:
        raise InputError(f"{path}: not a valid upstream enrolment "
                         f"({type(exc).__name__}); enrol again") from None
    return upstream


def save_upstream(data_dir: Path, upstream: Upstream) -> Path:
    """Write the enrolment atomically, 0600; returns its path."""
    path = upstream_path(data_dir)
    temp = path.with_name(f".{UPSTREAM_FILE}.{os.getpid()}.tmp")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(asdict(upstream), out, indent=1, sort_keys=True)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, path)
    finally:
        temp.unlink(missing_ok=True)
    try:
        folder = os.open(data_dir, os.O_RDONLY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)
    except OSError:
        pass
    return path


def make_session(ca_bundle: str = "", pinned_sha256: str = "") -> requests.Session:
    """A session to the centre: keep-alive, no proxies from the environment, and the
    CA bundle or the pinned certificate (SHA-256) to trust."""
    import requests
    from requests.adapters import HTTPAdapter

    class _Pinned(HTTPAdapter):
        def init_poolmanager(self, connections: int, maxsize: int, block: bool = False,
                             **pool_kwargs: Any) -> None:
            pool_kwargs["assert_fingerprint"] = pinned_sha256.replace(":", "").lower()
            super().init_poolmanager(connections, maxsize, block=block, **pool_kwargs)

    session = requests.Session()
    session.trust_env = False
    session.headers["User-Agent"] = USER_AGENT
    if pinned_sha256:
        session.mount("https://", _Pinned())
        session.verify = False
    elif ca_bundle:
        session.verify = ca_bundle
    return session


def enrol_upstream(data_dir: Path, url: str, code: str, now: datetime, *,
                   ca_bundle: str = "", pinned_sha256: str = "",
                   timeout: tuple[float, float] = (10.0, 30.0)) -> Upstream:
    """Enrol this hall server at the centre ``url`` with role ``hall``; save it.

    BadCode (exit 2) when the centre refuses the code, Invalid when it refuses the
    request, UpstreamUnreachable (exit 3) when it cannot be reached.
    """
    from requests import exceptions as rex

    url = check_url(url)
    if ca_bundle and not Path(ca_bundle).is_file():
        raise Invalid(f"--ca-bundle: no file {ca_bundle}")
    previous = load_upstream(data_dir) if upstream_path(data_dir).exists() else None
    install_id = previous.install_id if previous else str(uuid.uuid4())
    session = make_session(ca_bundle, pinned_sha256)
    try:
        reply = session.post(f"{url}/api/v1/enrol", timeout=timeout, allow_redirects=False,
                             json={"code": code.strip(), "install_id": install_id,
                                   "software_version": __version__, "role": "hall"})
        status = reply.status_code
        body = reply.content[:65_536]
    except rex.RequestException as exc:
        raise UpstreamUnreachable(f"{url}: {type(exc).__name__}") from None
    finally:
        session.close()
    word = error_code(body)
    if status == 403:
        raise BadCode("the centre refused the enrolment code (unknown, used or expired)")
    if status in (409, 422):
        raise Invalid(f"the centre refused the enrolment (HTTP {status} {word or ''})".strip())
    if status != 201:
        raise UpstreamUnreachable(f"{url}: HTTP {status}" + (f" {word}" if word else ""))
    try:
        doc = json.loads(body)
        upstream = Upstream(url=url, device_id=str(doc["device_id"]),
                            credential=str(doc["credential"]), site_code=str(doc["site_code"]),
                            install_id=install_id, enrolled_at=now.isoformat(),
                            ca_bundle=ca_bundle, pinned_sha256=pinned_sha256,
                            centre_key_pem=str(doc.get("centre_key_pem") or ""))
        if upstream.centre_key_pem:
            from kiosk.keys import parse_public_key
            parse_public_key(upstream.centre_key_pem, "centre_key_pem")
        if not (re.fullmatch(DEVICE_ID_PATTERN, upstream.device_id)
                and _CREDENTIAL_RE.fullmatch(upstream.credential)
                and upstream.credential.startswith(f"{upstream.device_id}.")
                and re.fullmatch(SITE_CODE_PATTERN, upstream.site_code)):
            raise ValueError("fields")
    except (ValueError, KeyError, TypeError, InputError):
        raise UpstreamUnreachable(f"{url}: the enrolment reply is not in the protocol's "
                                  "form") from None
    save_upstream(data_dir, upstream)
    log.info("enrolled at the centre %s as %s (site %s)", url, upstream.device_id,
             upstream.site_code)
    return upstream


def error_code(body: bytes) -> str | None:
    """The ``error`` word of a JSON error body (a short snake_case code), or None."""
    try:
        doc = json.loads(body)
    except ValueError:
        return None
    code = doc.get("error") if isinstance(doc, dict) else None
    return code if isinstance(code, str) and re.fullmatch(r"[a-z_]{1,40}", code) else None
