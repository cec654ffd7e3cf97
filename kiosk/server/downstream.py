"""A hall server's pull of the centre's bundle: reference data flowing down.

``kiosk server --upstream URL`` runs one :class:`BundlePuller` thread beside the relay
(in the main process, never in uvicorn's workers).  Once at start, then every
``interval_s`` (default 900 s), it asks the centre for its site's bundle with the hall's
own credential, exactly as a kiosk does (``GET /api/v1/bundle?have=N``, N = the centre
version last taken), and:

1. reads the reply (``application/cose``, at most :data:`MAX_BUNDLE_BYTES`);
2. checks it (:func:`verify_upstream_bundle`): the COSE_Sign1 signature by the centre
   key of ``upstream.json`` (kept from the enrol reply), the format, the version
   **strictly newer** than the one last taken (and the ``X-Bundle-Version`` header's),
   the site code (the hall's), the catalog (:func:`check_catalog`, the kiosk's own
   checks), the site settings (the rules of ``set-site``) and the staff accounts (the
   rules of ``publish-staff``);
3. only then takes it (:func:`take_bundle`), in **one transaction**: the site's
   settings (when the bundle has some), the site's staff accounts (when it has a list),
   a new local release with the centre's catalog, and the centre version taken
   (table ``upstream_bundle``).  The hall's devices get it in the hall's own signed
   bundle at their next pull.

A refused bundle changes nothing: the reason is logged and kept in
``upstream_bundle.last_error`` (never a payload, never a name), the last good one stays,
and the next round asks again.  The latest bundle taken from the centre wins over what
was published on the hall by hand: a local ``publish-catalog``, ``set-site`` or
``publish-staff`` holds until the centre publishes a newer version.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import insert, select, update

from kiosk.domain.payloads import PayloadError, TrustedKey, TrustList
from kiosk.domain.payloads.cose import check_signature, decode_sign1
from kiosk.domain.scan import Verdict
from kiosk.domain.site import site_problem
from kiosk.errors import CatalogError, InputError
from kiosk.keys import parse_public_key
from kiosk.server.db import RELEASE_LOCK, Database, DatabaseUnavailable
from kiosk.server.events import canonical_json
from kiosk.server.schema import site_staff, sites, upstream_bundle
from kiosk.server.service.common import utcnow
from kiosk.server.service.errors import Invalid
from kiosk.server.service.releases import (
    BUNDLE_FORMAT,
    CheckedCatalog,
    check_catalog,
    new_release,
)
from kiosk.server.service.staff import check_staff
from kiosk.server.upstream import Upstream
from kiosk.server.worker import UpstreamWorker

if TYPE_CHECKING:
    import requests

    from kiosk.accounts import BundleAccount

log = logging.getLogger(__name__)

#: Largest bundle read from the centre (as the kiosk's limit).
MAX_BUNDLE_BYTES = 32 * 1024 * 1024
COSE_MEDIA_TYPE = "application/cose"
STATE_ID = 1
#: The label the centre's key has in a trust list.
CENTRE_LABEL = "centre"


class PullFailure(Exception):
    """The centre's bundle could not be fetched or was refused; the text is the reason
    (no payload, no name)."""


class BundleRefused(PullFailure):
    """The centre's reply is not a bundle this hall may take."""


@dataclass(frozen=True)
class UpstreamBundle:
    """A checked bundle of the centre, not yet taken."""

    version: int
    catalog: CheckedCatalog
    site: tuple[str, int] | None
    staff: tuple[BundleAccount, ...] | None


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    keys = [key for key, _value in pairs]
    if len(keys) != len(set(keys)):
        raise ValueError("a key is repeated")
    return dict(pairs)


def verify_upstream_bundle(data: bytes, centre_pem: str, *, site_code: str,
                           taken_version: int, header_version: int | None = None
                           ) -> UpstreamBundle:
    """Check a bundle the centre sent; :class:`BundleRefused` naming the first problem."""
    try:
        centre_key = parse_public_key(centre_pem, "centre_key_pem")
    except InputError as exc:
        raise BundleRefused(f"upstream.json: {exc}") from None
    try:
        message = decode_sign1(data, max_payload=MAX_BUNDLE_BYTES)
    except PayloadError as exc:
        raise BundleRefused(f"not a COSE_Sign1 message ({exc})") from None
    verdict, _key = check_signature(message, TrustList.of([TrustedKey(centre_key,
                                                                       CENTRE_LABEL)]))
    if verdict is Verdict.UNKNOWN_KEY:
        raise BundleRefused("signed by a key that is not the centre's")
    if verdict is not Verdict.VALID:
        raise BundleRefused("bad signature")
    try:
        doc = json.loads(message.payload.decode("utf-8"), object_pairs_hook=_no_duplicates)
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise BundleRefused("payload: not UTF-8 JSON without repeated keys") from None
    if not isinstance(doc, dict):
        raise BundleRefused("payload: not a JSON object")
    if doc.get("format") != BUNDLE_FORMAT:
        raise BundleRefused(f"format: not {BUNDLE_FORMAT}")
    version = doc.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or not 1 <= version < 2**62:
        raise BundleRefused("version: not a positive whole number")
    if version <= taken_version:
        raise BundleRefused(f"version {version} is not newer than {taken_version}, "
                            "the last taken")
    if header_version is not None and header_version != version:
        raise BundleRefused(f"version {version} but X-Bundle-Version {header_version}")
    if doc.get("site_code") != site_code:
        raise BundleRefused(f"not for site {site_code}")
    files = doc.get("catalog")
    if not isinstance(files, dict) or not files:
        raise BundleRefused("catalog: not a non-empty object of files")
    try:
        catalog = check_catalog(files)
    except CatalogError as exc:
        raise BundleRefused(f"catalog {exc.file}: entry {exc.entry}: field "
                            f"{exc.field!r}: {exc.problem}") from None
    return UpstreamBundle(version, catalog, _site(doc.get("site")),
                          _staff(doc.get("staff")))


def _site(value: Any) -> tuple[str, int] | None:
    if value is None:
        return None
    if not isinstance(value, dict):
        raise BundleRefused("site: not an object or null")
    name, counters = value.get("name"), value.get("counters")
    problem = site_problem(name, counters)
    if problem is not None:
        raise BundleRefused(problem)
    assert isinstance(name, str) and isinstance(counters, int)
    return name, counters


def _staff(value: Any) -> tuple[BundleAccount, ...] | None:
    if value is None:
        return None
    if not isinstance(value, list):
        raise BundleRefused("staff: not a list")
    for index, entry in enumerate(value):
        if not isinstance(entry, dict) or not isinstance(entry.get("id"), str):
            raise BundleRefused(f"staff[{index}].id: not text")
    try:
        return tuple(check_staff(value))
    except Invalid as exc:  # names the index and field, never a name
        raise BundleRefused(str(exc)) from None


def taken_version(db: Database) -> int:
    """The centre version last taken (0: none yet)."""
    with db.read() as conn:
        row = conn.execute(select(upstream_bundle.c.taken_version)
                           .where(upstream_bundle.c.id == STATE_ID)).first()
    return int(row.taken_version) if row is not None else 0


def pull_state(db: Database) -> dict[str, Any] | None:
    """The ``upstream_bundle`` row as a dict (None before the first pull)."""
    with db.read() as conn:
        row = conn.execute(select(upstream_bundle)
                           .where(upstream_bundle.c.id == STATE_ID)).first()
    return dict(row._mapping) if row is not None else None


def take_bundle(db: Database, site_code: str, bundle: UpstreamBundle,
                now: datetime | None = None) -> int | None:
    """Publish a checked centre bundle here, in one transaction: the site's settings and
    staff (when it carries them), a new release with its catalog, the version taken.
    Returns the new local version; None if an equal or newer one was taken meanwhile."""
    now = now or utcnow()
    with db.write() as conn:
        db.lock(conn, RELEASE_LOCK)
        state = conn.execute(select(upstream_bundle.c.taken_version)
                             .where(upstream_bundle.c.id == STATE_ID)).first()
        if state is not None and state.taken_version >= bundle.version:
            return None
        if bundle.site is not None:
            name, counters = bundle.site
            values = {"name": name, "counters": counters, "updated_at": now}
            if conn.execute(select(sites.c.code).where(sites.c.code == site_code)).first():
                conn.execute(update(sites).where(sites.c.code == site_code).values(**values))
            else:
                conn.execute(insert(sites).values(code=site_code, **values))
        if bundle.staff is not None:
            text = canonical_json([{"id": a.id, "name": a.name, "role": a.role,
                                    "pin_hash": a.pin_hash} for a in bundle.staff])
            if conn.execute(select(site_staff.c.site_code)
                            .where(site_staff.c.site_code == site_code)).first():
                conn.execute(update(site_staff).where(site_staff.c.site_code == site_code)
                             .values(accounts=text, updated_at=now))
            else:
                conn.execute(insert(site_staff).values(site_code=site_code, accounts=text,
                                                       updated_at=now))
        local = new_release(db, conn, f"upstream {bundle.version}", now,
                            catalog_json=bundle.catalog.text)
        values = {"taken_version": bundle.version, "taken_at": now, "local_version": local,
                  "last_attempt_at": now, "last_error": None}
        if state is None:
            conn.execute(insert(upstream_bundle).values(id=STATE_ID, **values))
        else:
            conn.execute(update(upstream_bundle).where(upstream_bundle.c.id == STATE_ID)
                         .values(**values))
    log.info("took the centre's bundle version %d as local version %d", bundle.version,
             local)
    return local


def _record(db: Database, error: str | None) -> None:
    """The attempt (and its error, or none) in ``upstream_bundle``."""
    now = utcnow()
    with db.write() as conn:
        exists = conn.execute(select(upstream_bundle.c.id)
                              .where(upstream_bundle.c.id == STATE_ID)).first()
        values = {"last_attempt_at": now,
                  "last_error": error[:300] if error is not None else None}
        if exists is None:
            conn.execute(insert(upstream_bundle).values(id=STATE_ID, taken_version=0,
                                                        **values))
        else:
            conn.execute(update(upstream_bundle).where(upstream_bundle.c.id == STATE_ID)
                         .values(**values))


def fetch_bundle(session: requests.Session, upstream: Upstream, have: int,
                 timeout: tuple[float, float]) -> tuple[int | None, bytes] | None:
    """``GET /api/v1/bundle?have=N`` at the centre: None (204), or the header's version
    and the body; PullFailure otherwise."""
    from requests import exceptions as rex

    try:
        with session.get(f"{upstream.url}/api/v1/bundle", params={"have": have},
                         timeout=timeout, stream=True, allow_redirects=False,
                         headers={"Authorization": f"Bearer {upstream.credential}",
                                  "Accept": f"{COSE_MEDIA_TYPE}, application/json"}) as reply:
            if reply.status_code == 204:
                return None
            if reply.status_code != 200:
                raise PullFailure(f"HTTP {reply.status_code}")
            media = reply.headers.get("Content-Type", "").split(";")[0].strip().lower()
            if media != COSE_MEDIA_TYPE:
                raise BundleRefused(f"served as {media[:40] or 'nothing'}, not "
                                    f"{COSE_MEDIA_TYPE}")
            header = reply.headers.get("X-Bundle-Version", "")
            version = int(header) if header.isdigit() and len(header) < 19 else None
            if header and version is None:
                raise BundleRefused("X-Bundle-Version: not a version number")
            chunks: list[bytes] = []
            size = 0
            for chunk in reply.iter_content(64 * 1024):
                size += len(chunk)
                if size > MAX_BUNDLE_BYTES:
                    raise BundleRefused(f"more than {MAX_BUNDLE_BYTES} bytes")
                chunks.append(chunk)
    except rex.SSLError:
        raise PullFailure("tls: certificate not trusted or not the pinned one") from None
    except rex.Timeout:
        raise PullFailure("timeout: no answer in time") from None
    except rex.RequestException as exc:
        raise PullFailure(f"unreachable: {type(exc).__name__}") from None
    return version, b"".join(chunks)


class BundlePuller(UpstreamWorker):
    """The pull thread (see the module's text)."""

    thread_name = "jisr-pull"
    label = "bundle pull"

    def __init__(self, db: Database, upstream: Upstream, *, interval_s: float = 900.0,
                 retry_s: float = 60.0, timeout: tuple[float, float] = (5.0, 60.0),
                 session: requests.Session | None = None) -> None:
        super().__init__(upstream, session)
        self.db = db
        self.interval_s = interval_s
        self.retry_s = min(retry_s, interval_s)
        self._timeout = timeout

    def start(self) -> None:
        """Start the daemon thread ``jisr-pull``."""
        if not self.upstream.centre_key_pem:
            log.warning("upstream.json holds no centre key (enrolled before it was kept): "
                        "reference data is not pulled from the centre; enrol again")
            return
        self._start_thread()

    def _round(self) -> float:
        try:
            self.pull_once()
        except (PullFailure, DatabaseUnavailable):
            return self.retry_s
        return self.interval_s

    def _after_bug(self) -> float:
        return self.retry_s

    def pull_once(self) -> int | None:
        """One pull: the new local version, or None (nothing newer).  PullFailure (after
        recording it) when the bundle could not be fetched or was refused."""
        have = taken_version(self.db)
        try:
            got = fetch_bundle(self._http(), self.upstream, have, self._timeout)
            if got is None:
                _record(self.db, None)
                return None
            header, data = got
            bundle = verify_upstream_bundle(data, self.upstream.centre_key_pem,
                                            site_code=self.upstream.site_code,
                                            taken_version=have, header_version=header)
        except BundleRefused as exc:
            log.warning("the centre's bundle was refused, nothing changed: %s", exc)
            _record(self.db, f"refused: {exc}")
            raise
        except PullFailure as exc:
            log.warning("could not pull the centre's bundle: %s", exc)
            _record(self.db, str(exc))
            raise
        return take_bundle(self.db, self.upstream.site_code, bundle)


def describe(state: dict[str, Any] | None) -> str:
    """One line for ``relay-status``: the centre version taken, the last error."""
    if state is None:
        return "bundle from the centre: not pulled yet"
    line = f"bundle from the centre: version {state['taken_version']} taken"
    if state.get("local_version") is not None:
        line += f" (local version {state['local_version']})"
    if state.get("last_error"):
        line += f", last error {state['last_error']}"
    return line

