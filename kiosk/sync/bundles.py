"""Reference bundles: verify what the centre sends, install it, switch to it atomically.

Layout inside the data directory::

    bundles/
      active                 "v8": the active bundle (replaced with one os.replace)
      v8/bundle.json         format, version, published_at, site_code, centre_kid
      v8/site.json           the site's settings (name, counters) or null
      v8/trusted_keys.json   [{"label", "public_key_pem"}, ...]
      v8/catalog/*.json      the catalog files (as assets/catalog/)
      (staff accounts)       not on disk: installed in the kiosk database (see below)
      v7/...                 the previous bundle (older ones are removed)
      .download-*.cose       a download in progress (deleted when done)
      .staging-v8-PID/       a bundle being written (renamed to v8 when complete)

A bundle is used only after every check passed: COSE_Sign1 signature by the centre key
of the enrolment, format, version strictly newer than the active one, site code, and
the catalog loaded by :mod:`kiosk.catalog_loader` from the staged files.  The staged
folder is fsynced and renamed to ``vN``, then ``active`` is rewritten (temporary file,
fsync, ``os.replace``, fsync of the folder).  Until that rename the previous bundle is
active; a crash at any point leaves one complete, checked bundle active (or none).

A bundle may carry the site's staff accounts (``"staff": [{"id", "name", "role",
"pin_hash"}]``, argon2id hashes; absent or null: the centre does not manage the site's
accounts and they stay as they are).  They are checked with the rest and installed in
the kiosk database (:meth:`kiosk.store.staff.StaffStore.install_from_bundle`, one
transaction) after the catalog check and *before* the switch: a crash in between leaves
the old bundle active, so the next pull installs both again.  See docs/STAFF.md.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import shutil
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.accounts import BundleAccount, check_bundle_accounts
from kiosk.catalog_loader import MAX_CATALOG_FILES, catalog_file_name_ok
from kiosk.domain.payloads import PayloadError, PublicKey, TrustedKey, TrustList
from kiosk.domain.payloads.cose import check_signature, decode_sign1, key_id
from kiosk.domain.scan import Verdict
from kiosk.domain.site import site_problem
from kiosk.errors import CatalogError, InputError
from kiosk.keys import is_valid_label, parse_public_key
from kiosk.sync.enrolment import Enrolment, fsync_dir
from kiosk.sync.errors import BadReply, BundleInvalid

if TYPE_CHECKING:
    from kiosk.store.staff import StaffStore
    from kiosk.sync.client import CentreClient

log = logging.getLogger(__name__)

#: Largest reference bundle downloaded (a catalog is well under 1 MB).
MAX_BUNDLE_BYTES = 32 * 1024 * 1024
BUNDLE_FORMAT = "jisr-bundle/1"
ACTIVE_FILE = "active"
#: Bundles kept on disk: the active one and the one before it.
KEEP_VERSIONS = 2
#: Most trusted keys in a bundle (most catalog files: kiosk.catalog_loader).
MAX_TRUSTED_KEYS = 1000
#: Most staff accounts in a bundle (kiosk.store.staff.MAX_BUNDLE_ACCOUNTS).
MAX_STAFF_ACCOUNTS = 1000
#: Leftover downloads and staging folders older than this are removed.
STALE_AFTER_S = 3600
_VERSION_DIR_RE = re.compile(r"v([0-9]{1,18})")
_SITE_RE = re.compile(r"[A-Z0-9]{1,16}")
#: The label of the centre's key (it signs bundles and pre-registrations).
CENTRE_LABEL = "centre"


_BOX_KEY_RE = re.compile(r"[A-Za-z0-9+/]{43}=")


def bundles_dir(data_dir: Path) -> Path:
    """``<data_dir>/bundles``."""
    return data_dir / "bundles"


@dataclass(frozen=True)
class SiteSettings:
    """The site's settings as the centre holds them."""

    name: str
    counters: int


@dataclass(frozen=True)
class Bundle:
    """A verified bundle, not yet installed."""

    version: int
    published_at: str
    site_code: str
    catalog: dict[str, Any]
    site: SiteSettings | None
    trusted_keys: tuple[tuple[str, str], ...]   # (label, PEM)
    #: the site's staff accounts; None when the bundle has none (accounts left as they are)
    staff: tuple[BundleAccount, ...] | None = None
    #: the centre's X25519 box key (base64), for field bundles (docs/FIELD.md)
    centre_box_key: str | None = None


@dataclass(frozen=True)
class ActiveBundle:
    """The bundle in use, as installed on disk."""

    version: int
    path: Path
    site_code: str
    centre_kid: str
    published_at: str
    site: SiteSettings | None
    trusted_keys: tuple[TrustedKey, ...]
    #: the centre's X25519 box key (base64), for field bundles; None if not sent
    centre_box_key: str | None = None

    @property
    def catalog_dir(self) -> Path:
        """The folder of catalog files (give it to :func:`kiosk.catalog_loader.load_catalog`)."""
        return self.path / "catalog"


# -- verification -----------------------------------------------------------------------


def _payload_json(payload: bytes) -> dict[str, Any]:
    from kiosk.sync.replies import parse_json
    try:
        doc = parse_json(payload, "bundle")
    except BadReply:
        raise BundleInvalid("payload: not UTF-8 JSON without repeated keys") from None
    if not isinstance(doc, dict):
        raise BundleInvalid("payload: not a JSON object")
    return doc


def _site(value: Any) -> SiteSettings | None:
    if value is None:
        return None
    if not isinstance(value, dict):
        raise BundleInvalid("site: not an object or null")
    name, counters = value.get("name"), value.get("counters")
    problem = site_problem(name, counters)
    if problem is not None:
        raise BundleInvalid(problem)
    assert isinstance(name, str) and isinstance(counters, int)
    return SiteSettings(name.strip(), counters)


def _trusted_keys(value: Any) -> tuple[tuple[str, str], ...]:
    if not isinstance(value, list) or len(value) > MAX_TRUSTED_KEYS:
        raise BundleInvalid("trusted_keys: not a list")
    keys: list[tuple[str, str]] = []
    for index, entry in enumerate(value):
        where = f"trusted_keys[{index}]"
        if not isinstance(entry, dict):
            raise BundleInvalid(f"{where}: not an object")
        label, pem = entry.get("label"), entry.get("public_key_pem")
        if not isinstance(label, str) or not is_valid_label(label) or label == "local":
            raise BundleInvalid(f"{where}.label: not a key label (and not 'local')")
        if not isinstance(pem, str):
            raise BundleInvalid(f"{where}.public_key_pem: not text")
        try:
            parse_public_key(pem, f"{where}.public_key_pem")
        except InputError as err:
            raise BundleInvalid(str(err)) from None
        keys.append((label, pem))
    return tuple(keys)


def _staff(value: Any) -> tuple[BundleAccount, ...] | None:
    """The ``staff`` list (None when absent or null).  Errors name the index and field,
    never a name (personal data)."""
    if value is None:
        return None
    if not isinstance(value, list) or len(value) > MAX_STAFF_ACCOUNTS:
        raise BundleInvalid(f"staff: not a list of at most {MAX_STAFF_ACCOUNTS} accounts")
    accounts: list[BundleAccount] = []
    for index, entry in enumerate(value):
        if not isinstance(entry, dict):
            raise BundleInvalid(f"staff[{index}]: not an object")
        fields = {}
        for key in ("id", "name", "role", "pin_hash"):
            item = entry.get(key)
            if not isinstance(item, str):
                raise BundleInvalid(f"staff[{index}].{key}: not text")
            fields[key] = item
        accounts.append(BundleAccount(**fields))
    problem = check_bundle_accounts(accounts)
    if problem is not None:
        raise BundleInvalid(f"staff{problem}")
    return tuple(accounts)


def _catalog(value: Any) -> dict[str, Any]:
    if not isinstance(value, dict) or not value or len(value) > MAX_CATALOG_FILES:
        raise BundleInvalid("catalog: not a non-empty object of files")
    for name, content in value.items():
        if not catalog_file_name_ok(name):
            raise BundleInvalid("catalog: a file name is not NAME.json")
        if not isinstance(content, dict):
            raise BundleInvalid(f"catalog.{name}: not a JSON object")
    return value


def _box_key(value: Any) -> str | None:
    """The centre's box key: None, or 44 characters of base64 (32 bytes)."""
    if value is None:
        return None
    if not isinstance(value, str) or not _BOX_KEY_RE.fullmatch(value):
        raise BundleInvalid("centre_box_key: not the base64 of 32 bytes")
    return value


def verify_bundle(data: bytes, centre_key: PublicKey, *, site_code: str, active_version: int,
                  header_version: int | None = None) -> Bundle:
    """Check a downloaded bundle; :class:`BundleInvalid` naming the first problem.

    The signature must be the centre's (``centre_key``), the format ``jisr-bundle/1``,
    the version strictly newer than ``active_version`` (and the ``X-Bundle-Version``
    header's, when sent), the site ``site_code``; the site settings, trusted keys,
    staff accounts and catalog file names well formed.  The catalog's content is checked when staged
    (:func:`install_bundle`).
    """
    try:
        message = decode_sign1(data, max_payload=MAX_BUNDLE_BYTES)
    except PayloadError as err:
        raise BundleInvalid(f"not a COSE_Sign1 message ({err})") from None
    verdict, _key = check_signature(message, TrustList.of([TrustedKey(centre_key,
                                                                       CENTRE_LABEL)]))
    if verdict is Verdict.UNKNOWN_KEY:
        raise BundleInvalid("signed by a key that is not the centre's")
    if verdict is not Verdict.VALID:
        raise BundleInvalid("bad signature")
    doc = _payload_json(message.payload)
    if doc.get("format") != BUNDLE_FORMAT:
        raise BundleInvalid(f"format: not {BUNDLE_FORMAT}")
    version = doc.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or not 1 <= version < 2**62:
        raise BundleInvalid("version: not a positive whole number")
    if version <= active_version:
        raise BundleInvalid(f"version {version} is not newer than the active {active_version}")
    if header_version is not None and header_version != version:
        raise BundleInvalid(f"version {version} but X-Bundle-Version {header_version}")
    published_at = doc.get("published_at")
    if not isinstance(published_at, str) or len(published_at) > 64:
        raise BundleInvalid("published_at: not a time")
    site = doc.get("site_code")
    if not isinstance(site, str) or not _SITE_RE.fullmatch(site):
        raise BundleInvalid("site_code: not a site code")
    if site != site_code:
        raise BundleInvalid(f"for site {site}, this device is enrolled at {site_code}")
    return Bundle(version=version, published_at=published_at, site_code=site,
                  catalog=_catalog(doc.get("catalog")), site=_site(doc.get("site")),
                  trusted_keys=_trusted_keys(doc.get("trusted_keys")),
                  staff=_staff(doc.get("staff")),
                  centre_box_key=_box_key(doc.get("centre_box_key")))


# -- installation -----------------------------------------------------------------------


def _write_file(path: Path, data: bytes) -> None:
    with path.open("wb") as out:
        out.write(data)
        out.flush()
        os.fsync(out.fileno())


def _json_bytes(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")


@contextlib.contextmanager
def _install_lock(root: Path) -> Iterator[None]:
    """One installer at a time (the kiosk's worker and a ``kiosk sync`` command)."""
    try:
        import fcntl
    except ImportError:  # not POSIX: no other process is expected
        yield
        return
    with (root / ".lock").open("a") as handle:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def _stage(root: Path, bundle: Bundle, centre_kid: str) -> Path:
    staging = root / f".staging-v{bundle.version}-{os.getpid()}"
    if staging.exists():
        shutil.rmtree(staging)
    catalog_dir = staging / "catalog"
    catalog_dir.mkdir(parents=True)
    for name, content in sorted(bundle.catalog.items()):
        _write_file(catalog_dir / name, _json_bytes(content))
    fsync_dir(catalog_dir)
    site = (None if bundle.site is None
            else {"name": bundle.site.name, "counters": bundle.site.counters})
    _write_file(staging / "site.json", _json_bytes(site))
    _write_file(staging / "trusted_keys.json", _json_bytes(
        [{"label": label, "public_key_pem": pem} for label, pem in bundle.trusted_keys]))
    _write_file(staging / "bundle.json", _json_bytes({
        "format": BUNDLE_FORMAT, "version": bundle.version,
        "published_at": bundle.published_at, "site_code": bundle.site_code,
        "centre_kid": centre_kid, "centre_box_key": bundle.centre_box_key}))
    fsync_dir(staging)
    return staging


def _check_catalog(catalog_dir: Path) -> None:
    from kiosk.catalog_loader import load_catalog
    try:
        load_catalog(catalog_dir)
    except CatalogError as err:
        raise BundleInvalid(f"catalog {Path(err.file).name}: entry {err.entry}: "
                            f"field {err.field!r}: {err.problem}") from None


def _install_staff(data_dir: Path, bundle: Bundle, staff_store: StaffStore | None) -> None:
    """The bundle's staff accounts into the kiosk database (nothing when it has none)."""
    if bundle.staff is None:
        return
    from kiosk.store.staff import StaffRefused, open_staff_store
    store = staff_store if staff_store is not None else open_staff_store(data_dir)
    try:
        store.install_from_bundle(bundle.staff, datetime.now().astimezone())
    except StaffRefused as err:
        raise BundleInvalid(str(err)) from None
    finally:
        if staff_store is None:
            store.close()


def install_bundle(data_dir: Path, bundle: Bundle, centre_kid: str,
                   staff_store: StaffStore | None = None) -> bool:
    """Stage ``bundle``, check its catalog, install its staff accounts (if it has
    any), and make it the active one.

    The staff accounts go into ``staff_store`` (default: the kiosk database of
    ``data_dir``) before the switch.  Returns False (nothing changed) when a bundle at
    least as new became active meanwhile (another process installed it).  Raises
    :class:`BundleInvalid` when the catalog does not load, StorageUnavailable when the
    accounts cannot be written; the staged files are then removed and the previous
    bundle stays active.
    """
    root = bundles_dir(data_dir)
    root.mkdir(parents=True, exist_ok=True)
    with _install_lock(root):
        current = read_active_version(data_dir)
        if current is not None and current >= bundle.version:
            return False
        staging = _stage(root, bundle, centre_kid)
        try:
            _check_catalog(staging / "catalog")
            _install_staff(data_dir, bundle, staff_store)
            final = root / f"v{bundle.version}"
            if final.exists():           # left by a crash before the switch: not active
                shutil.rmtree(final)
            os.rename(staging, final)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        fsync_dir(root)
        temp = root / f".{ACTIVE_FILE}.{os.getpid()}.tmp"
        _write_file(temp, f"v{bundle.version}\n".encode("ascii"))
        os.replace(temp, root / ACTIVE_FILE)
        fsync_dir(root)
        _prune(root, bundle.version, current)
    log.info("reference bundle v%d active (site %s)", bundle.version, bundle.site_code)
    return True


def _prune(root: Path, active: int, previous: int | None) -> None:
    """Remove bundles older than the previous one, and stale leftovers."""
    versions = sorted((int(m.group(1)), p) for p in root.iterdir()
                      if (m := _VERSION_DIR_RE.fullmatch(p.name)) and p.is_dir())
    keep = {active, previous} if previous is not None else {active}
    kept = [v for v, _p in versions if v in keep][-KEEP_VERSIONS:]
    for version, path in versions:
        if version not in kept and version < active:
            shutil.rmtree(path, ignore_errors=True)
    clean_leftovers(root)


def clean_leftovers(root: Path, older_than_s: float = STALE_AFTER_S) -> None:
    """Delete downloads and staging folders left by a crash (older than an hour)."""
    if not root.is_dir():
        return
    limit = time.time() - older_than_s
    for path in root.iterdir():
        if not path.name.startswith((".download-", ".staging-", f".{ACTIVE_FILE}.")):
            continue
        with contextlib.suppress(OSError):
            if path.stat().st_mtime < limit:
                if path.is_dir():
                    shutil.rmtree(path, ignore_errors=True)
                else:
                    path.unlink()


# -- the active bundle ------------------------------------------------------------------


def read_active_version(data_dir: Path) -> int | None:
    """The version the ``active`` pointer names (None when there is none)."""
    try:
        text = (bundles_dir(data_dir) / ACTIVE_FILE).read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return None
    match = _VERSION_DIR_RE.fullmatch(text)
    return int(match.group(1)) if match else None


def active_bundle(data_dir: Path, enrolment: Enrolment | None = None) -> ActiveBundle | None:
    """The active bundle, or None (never pulled, unreadable, or -- with ``enrolment`` --
    for another site or signed by another centre than the current enrolment's)."""
    version = read_active_version(data_dir)
    if version is None:
        return None
    path = bundles_dir(data_dir) / f"v{version}"
    try:
        meta = json.loads((path / "bundle.json").read_text(encoding="utf-8"))
        site = _site(json.loads((path / "site.json").read_text(encoding="utf-8")))
        raw_keys = json.loads((path / "trusted_keys.json").read_text(encoding="utf-8"))
        keys = tuple(TrustedKey(parse_public_key(pem, "trusted key"), label)
                     for label, pem in _trusted_keys(raw_keys))
        active = ActiveBundle(version=int(meta["version"]), path=path,
                              site_code=str(meta["site_code"]),
                              centre_kid=str(meta["centre_kid"]),
                              published_at=str(meta["published_at"]), site=site,
                              trusted_keys=keys,
                              centre_box_key=_box_key(meta.get("centre_box_key")))
    except (OSError, ValueError, KeyError, TypeError, InputError) as err:
        log.warning("active bundle v%d unreadable (%s): not used", version, type(err).__name__)
        return None
    if active.version != version or not active.catalog_dir.is_dir():
        log.warning("active bundle v%d incomplete: not used", version)
        return None
    if enrolment is not None:
        kid = key_id(enrolment.centre_key()).hex()
        if active.site_code != enrolment.site_code or active.centre_kid != kid:
            log.info("bundle v%d is from another enrolment: not used", version)
            return None
    return active


def synced_keys(enrolment: Enrolment | None, active: ActiveBundle | None) -> list[TrustedKey]:
    """Keys trusted because of the centre: its own (label ``centre``), then the keys of
    the active bundle.  Empty when not enrolled and no bundle."""
    keys: list[TrustedKey] = []
    if enrolment is not None:
        keys.append(TrustedKey(enrolment.centre_key(), CENTRE_LABEL))
    if active is not None:
        keys.extend(active.trusted_keys)
    return keys


# -- pull -------------------------------------------------------------------------------


def pull_once(data_dir: Path, client: CentreClient, enrolment: Enrolment) -> int | None:
    """Ask the centre for a newer bundle; install it.  Returns its version, or None
    when there was nothing newer.

    Raises :class:`BundleInvalid` (nothing changed; the download is deleted) or any
    other :class:`~kiosk.sync.errors.SyncError` of the exchange.
    """
    active = active_bundle(data_dir, enrolment)
    have = active.version if active is not None else 0
    root = bundles_dir(data_dir)
    clean_leftovers(root)
    download = client.fetch_bundle(have, root, MAX_BUNDLE_BYTES)
    if download is None:
        return None
    try:
        with download.path.open("rb") as handle:
            data = handle.read(MAX_BUNDLE_BYTES + 1)
        centre_key = enrolment.centre_key()
        bundle = verify_bundle(data, centre_key, site_code=enrolment.site_code,
                               active_version=have, header_version=download.version)
        del data
        install_bundle(data_dir, bundle, key_id(centre_key).hex())
    finally:
        download.path.unlink(missing_ok=True)
    return bundle.version
