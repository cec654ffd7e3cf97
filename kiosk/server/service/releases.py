"""Releases: the numbered bundle versions, and what changes them (site settings, a
published catalog, a change of a site's ticket keys, its staff accounts:
:mod:`kiosk.server.service.staff`); the bundle payload of a site.

Publishing a catalog is two steps: :func:`check_catalog` (once, exactly as the kiosk
loads a catalog) gives a :class:`CheckedCatalog`, which :func:`publish_catalog` stores.
"""

from __future__ import annotations

import json
import logging
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, insert, select, update

from kiosk.catalog_loader import (
    MAX_CATALOG_FILES,
    catalog_file_name_ok,
    catalog_files,
    load_catalog,
    read_json,
)
from kiosk.domain.site import site_problem
from kiosk.errors import CatalogError
from kiosk.server.db import RELEASE_LOCK, Database
from kiosk.server.events import canonical_json
from kiosk.server.models import ReleaseReply, SiteReply
from kiosk.server.schema import devices, releases, sites
from kiosk.server.service.common import check_site_code, utcnow
from kiosk.server.service.errors import Invalid
from kiosk.server.service.staff import site_staff_accounts

log = logging.getLogger(__name__)

#: The ``format`` of a bundle.  The kiosk checks it as ``kiosk.sync.bundles.BUNDLE_FORMAT``
#: (the server does not import the kiosk's sync client: it is a separate program).
BUNDLE_FORMAT = "jisr-bundle/1"


def new_release(db: Database, conn: Connection, reason: str, now: datetime,
                 catalog_json: str | None = None) -> int:
    """Insert the next bundle version (same catalog unless one is given); return it."""
    db.lock(conn, RELEASE_LOCK)
    last = conn.execute(select(releases.c.version, releases.c.catalog)
                        .order_by(releases.c.version.desc()).limit(1)).first()
    version = (last.version if last else 0) + 1
    if catalog_json is None and last is not None:
        catalog_json = last.catalog
    conn.execute(insert(releases).values(version=version, published_at=now, reason=reason,
                                         catalog=catalog_json))
    return version


def set_site(db: Database, code: str, name: str, counters: int,
             now: datetime | None = None) -> SiteReply:
    """Set a site's settings; makes a new bundle version."""
    check_site_code(code)
    problem = site_problem(name, counters)
    if problem is not None:
        raise Invalid(problem)
    now = now or utcnow()
    with db.write() as conn:
        db.lock(conn, RELEASE_LOCK)
        exists = conn.execute(select(sites.c.code).where(sites.c.code == code)).first()
        values = {"name": name, "counters": counters, "updated_at": now}
        if exists:
            conn.execute(update(sites).where(sites.c.code == code).values(**values))
        else:
            conn.execute(insert(sites).values(code=code, **values))
        version = new_release(db, conn, f"site {code}", now)
    log.info("site %s set (bundle version %d)", code, version)
    return SiteReply(code=code, name=name, counters=counters, version=version)


@dataclass(frozen=True)
class CheckedCatalog:
    """A catalog that passed :func:`check_catalog`: its canonical JSON, ready to publish."""

    text: str
    files: int


def read_catalog_path(path: Path) -> dict[str, Any]:
    """The catalog files at ``path`` as ``{file name: content}``, not yet checked.

    ``path`` is a catalog folder, or a JSON file ``{file name: content}``.  CatalogError
    if it cannot be read or is not shaped so; :func:`check_catalog` checks the content.
    """
    if path.is_dir():
        return {f.name: read_json(f) for f in catalog_files(path)}
    doc = read_json(path)
    if (not isinstance(doc, dict) or not doc
            or not all(isinstance(k, str) and k.endswith(".json") for k in doc)):
        raise CatalogError(str(path), "(whole file)", "-",
                           "expected a catalog folder, or a JSON object mapping each "
                           "catalog file name (*.json) to its content")
    return doc


def check_catalog(files: Mapping[str, Any], source: Path | None = None) -> CheckedCatalog:
    """Validate a catalog given as ``{file name: JSON content}``.

    File names follow :func:`kiosk.catalog_loader.catalog_file_name_ok` (the rule the
    kiosk applies to a bundle); the files are checked exactly as the kiosk loads a
    catalog folder (``kiosk.catalog_loader``: schema, then cross-checks).  CatalogError
    naming the file, entry and field of the first problem; the file is named inside
    ``source`` when the files were read from that folder.
    """
    if not files:
        raise CatalogError("(catalog)", "(whole catalog)", "-", "no catalog files")
    if len(files) > MAX_CATALOG_FILES:
        raise CatalogError("(catalog)", "(whole catalog)", "-",
                           f"more than {MAX_CATALOG_FILES} files")
    for name in files:
        if not catalog_file_name_ok(name):
            raise CatalogError(name[:100], "(whole file)", "(file name)",
                               "a catalog file name starts with a letter or digit, then "
                               "letters, digits, '_', '-' and '.' (never '..'), and ends "
                               "in .json (not .schema.json)")
    try:
        text = canonical_json(dict(files))
    except (ValueError, RecursionError):
        raise CatalogError("(catalog)", "(whole catalog)", "-",
                           "not standard JSON (NaN, Infinity or nested too deeply)") from None
    with tempfile.TemporaryDirectory(prefix="jisr-catalog-") as tmp:
        folder = Path(tmp)
        for name, content in files.items():
            (folder / name).write_text(json.dumps(content, ensure_ascii=False, indent=1),
                                       encoding="utf-8", errors="surrogatepass")
        try:
            load_catalog(folder)
        except CatalogError as exc:  # name the file as given, not the temporary copy
            raise CatalogError(_given_name(exc.file, folder, source), exc.entry, exc.field,
                               exc.problem) from None
    return CheckedCatalog(text, len(files))


def _given_name(file: str, copy: Path, source: Path | None) -> str:
    """The file an error of the temporary ``copy`` is about, as the admin knows it."""
    if file == str(copy):
        return str(source) if source is not None else "(catalog)"
    if file.startswith(str(copy)):
        name = Path(file).name
        return str(source / name) if source is not None else name
    return file


def publish_catalog(db: Database, catalog: CheckedCatalog,
                    now: datetime | None = None) -> ReleaseReply:
    """Publish a checked catalog: a new bundle version."""
    now = now or utcnow()
    with db.write() as conn:
        version = new_release(db, conn, "catalog", now, catalog_json=catalog.text)
    log.info("catalog published: bundle version %d, %d files", version, catalog.files)
    return ReleaseReply(version=version, published_at=now)


@dataclass(frozen=True)
class BundleContent:
    """What goes into a device's bundle (before it is signed)."""

    version: int
    payload: bytes


def latest_version(db: Database) -> int | None:
    """The newest bundle version with a catalog, or None if no catalog was published."""
    with db.read() as conn:
        row = conn.execute(select(releases.c.version, releases.c.catalog)
                           .order_by(releases.c.version.desc()).limit(1)).first()
    if row is None or row.catalog is None:
        return None
    return int(row.version)


def bundle_payload(db: Database, site_code: str, centre_pem: str,
                   have: int = 0, centre_box_key: str | None = None) -> BundleContent | None:
    """The canonical JSON bundle for ``site_code`` if newer than ``have``, else None.

    ``centre_box_key``: the centre's X25519 public key (base64), sent so that field
    devices can encrypt their bundles for the centre (docs/FIELD.md)."""
    with db.read() as conn:
        release = conn.execute(select(releases).order_by(releases.c.version.desc())
                               .limit(1)).first()
        if release is None or release.catalog is None or release.version <= have:
            return None
        site = conn.execute(select(sites.c.name, sites.c.counters)
                            .where(sites.c.code == site_code)).first()
        pems = conn.execute(
            select(devices.c.ticket_key_pem)
            .where(devices.c.site_code == site_code, devices.c.revoked_at.is_(None),
                   devices.c.ticket_key_pem.is_not(None))
            .order_by(devices.c.id)).scalars().all()
        staff = site_staff_accounts(conn, site_code)
    trusted = [{"label": "centre", "public_key_pem": centre_pem}]
    seen = {centre_pem}
    for pem in pems:
        if pem not in seen:
            seen.add(pem)
            trusted.append({"label": site_code, "public_key_pem": pem})
    content = {
        "format": BUNDLE_FORMAT,
        "version": release.version,
        "published_at": release.published_at.isoformat(),
        "site_code": site_code,
        "catalog": json.loads(release.catalog),
        "site": {"name": site.name, "counters": site.counters} if site else None,
        "trusted_keys": trusted,
    }
    if staff is not None:  # never published: no key, the devices keep their accounts
        content["staff"] = staff
    if centre_box_key is not None:
        content["centre_box_key"] = centre_box_key
    return BundleContent(release.version, canonical_json(content).encode("utf-8"))
