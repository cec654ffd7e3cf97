"""Helpers for the sync tests: a centre key, bundles, local enrolments, a fake centre.

The fake centre (:class:`FakeCentre`) is a small real HTTP server on loopback whose
answers a test scripts: for replies the reference server never gives (garbage, cut-off
downloads, tampered bundles, Retry-After...).  The real server is in
``tests/support/server.py``.
"""

from __future__ import annotations

import ipaddress
import json
import ssl
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519
from cryptography.x509.oid import NameOID

from kiosk.catalog_loader import catalog_files, default_catalog_dir, read_json
from kiosk.domain.catalog import FieldSpec, Service
from kiosk.domain.payloads import PrivateKey
from kiosk.domain.payloads.cose import sign1
from kiosk.domain.request import PRIVACY_NOTICE_VERSION, NewRequest
from kiosk.keys import public_key_pem
from kiosk.store import SqlStore
from kiosk.sync.bundles import BUNDLE_FORMAT
from kiosk.sync.enrolment import Enrolment, save_enrolment

SITE = "TNG01"


def new_key() -> ed25519.Ed25519PrivateKey:
    """A fresh Ed25519 key (a centre's, a kiosk's)."""
    return ed25519.Ed25519PrivateKey.generate()


def shipped_catalog() -> dict[str, Any]:
    """The shipped catalog as a bundle carries it: file name → content."""
    return {f.name: read_json(f) for f in catalog_files(default_catalog_dir())}


def bundle_doc(version: int, site_code: str = SITE, catalog: dict[str, Any] | None = None,
               site: dict[str, Any] | None = None,
               trusted_keys: list[dict[str, str]] | None = None) -> dict[str, Any]:
    """The JSON payload of a bundle."""
    return {"format": BUNDLE_FORMAT, "version": version,
            "published_at": datetime(2026, 11, 24, 8, tzinfo=UTC).isoformat(),
            "site_code": site_code,
            "catalog": shipped_catalog() if catalog is None else catalog,
            "site": site, "trusted_keys": trusted_keys or []}


def sign_doc(doc: dict[str, Any], key: PrivateKey) -> bytes:
    """A COSE_Sign1 message over the canonical JSON of ``doc``."""
    payload = json.dumps(doc, sort_keys=True, separators=(",", ":"),
                         ensure_ascii=False).encode("utf-8")
    return sign1(payload, key)


def make_bundle(key: PrivateKey, version: int, **kwargs: Any) -> bytes:
    """A signed bundle (see :func:`bundle_doc` for the keyword arguments)."""
    return sign_doc(bundle_doc(version, **kwargs), key)


def enrol_locally(data_dir: Path, server_url: str, centre: PrivateKey,
                  site: str = SITE, device_id: str = "dev-test0001") -> Enrolment:
    """Write an enrolment file as ``kiosk enrol`` would (no centre needed)."""
    enrolment = Enrolment(device_id=device_id, credential=f"{device_id}.s3cr3t-Zm9v",
                          server_url=server_url, site_code=site,
                          centre_key_pem=public_key_pem(centre.public_key()),
                          install_id="install-1", enrolled_at="2026-11-24T09:00:00+01:00")
    save_enrolment(data_dir, enrolment)
    return enrolment


SERVICE = Service(id="cnie", category="identity", group="C", pictogram="id-card",
                  contexts=("hall",), names={"fr": "CNIE"}, descriptions={},
                  administration={"fr": "DGSN"}, documents=(),
                  fields=(FieldSpec("full_name", "name"),),
                  last_checked=datetime(2026, 11, 1).date())
#: A visitor's name: it must never reach a log, an error or a status.
VISITOR = "Fatima Zahra Bennani"


def queue_events(store: SqlStore, count: int) -> None:
    """Issue ``count`` tickets (each queues one ``request.created`` event)."""
    now = datetime.now().astimezone()
    for _ in range(count):
        request = NewRequest(service_id="cnie", lang="fr", fields={"full_name": VISITOR},
                             consent_at=now, consent_version=PRIVACY_NOTICE_VERSION)
        store.commit_request(request, SERVICE, now, SITE, "Tanger", 2)


# -- a scriptable centre -------------------------------------------------------------------

Answer = tuple[int, dict[str, str], bytes]
Route = Callable[["Seen"], Answer | None]


@dataclass
class Seen:
    """One request the fake centre received."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes
    handler: BaseHTTPRequestHandler = field(repr=False)

    def json(self) -> Any:
        """The body as JSON."""
        return json.loads(self.body)


def json_answer(status: int, doc: Any, headers: dict[str, str] | None = None) -> Answer:
    """A JSON answer."""
    return status, {"Content-Type": "application/json", **(headers or {})}, \
        json.dumps(doc).encode("utf-8")


def accept_all(seen: Seen) -> Answer:
    """A push answer accepting every event of the batch."""
    events = seen.json()["events"]
    return json_answer(200, {"last_seq": events[-1]["seq"], "results": [
        {"event_id": e["event_id"], "seq": e["seq"], "status": "accepted", "replay": False}
        for e in events]})


class FakeCentre:
    """A threaded HTTP server on 127.0.0.1; ``routes[(method, path)]`` answers.

    A route returns ``(status, headers, body)``, or None when it wrote the response
    itself through ``seen.handler`` (to cut a download off, say).  Every request is
    recorded in :attr:`seen`.
    """

    def __init__(self, tls: tuple[Path, Path] | None = None, port: int = 0) -> None:
        """``tls``: (certificate PEM, key PEM) to serve HTTPS; ``port`` 0: any free."""
        self.routes: dict[tuple[str, str], Route] = {}
        self.seen: list[Seen] = []
        centre = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                return

            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                path = self.path.split("?", 1)[0]
                seen = Seen(self.command, self.path, dict(self.headers), body, self)
                centre.seen.append(seen)
                route = centre.routes.get((self.command, path))
                answer = route(seen) if route else json_answer(
                    404, {"error": "not_found", "message": "no route"})
                if answer is None:
                    return
                status, headers, data = answer
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = _handle
            do_POST = _handle

        self.server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
        self.server.daemon_threads = True
        if tls is not None:
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(str(tls[0]), str(tls[1]))
            self.server.socket = context.wrap_socket(self.server.socket, server_side=True)
        self.port = self.server.server_address[1]
        self.url = f"{'https' if tls else 'http'}://127.0.0.1:{self.port}"
        self._thread = threading.Thread(target=self.server.serve_forever, args=(0.05,),
                                        daemon=True)
        self._thread.start()

    def paths(self) -> list[str]:
        """``METHOD path`` of every request so far."""
        return [f"{s.method} {s.path}" for s in self.seen]

    def close(self) -> None:
        """Stop serving and close the socket."""
        self.server.shutdown()
        self.server.server_close()


def self_signed_cert(folder: Path) -> tuple[Path, Path, str]:
    """A self-signed certificate for 127.0.0.1: (cert PEM, key PEM, SHA-256 hex)."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "jisr test centre")])
    now = datetime.now(UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(days=1)).not_valid_after(now + timedelta(days=30))
            .add_extension(x509.SubjectAlternativeName(
                [x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_path, key_path, cert.fingerprint(hashes.SHA256()).hex()
