"""A reference bundle cut off mid-download, or tampered with on the way, is not used.

The centre publishes catalog v1 (the kiosk installs it), then a v2 with a renamed
service.  The fault proxy cuts the v2 download after a few bytes, or flips one byte of
it (in the signed payload, or in the signature).  The kiosk must keep v1 active -- the
catalog it serves visitors from is unchanged -- report ``bundle_invalid``, leave no
download behind, and still push its events.  Once the network is clean, v2 installs.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.faults.conftest import Enrolled
from tests.support.faultproxy import CorruptReply, CutReplyAfter, Mode, Pass

BUNDLE_PATH = "/api/v1/bundle"
CATALOG = Path(__file__).resolve().parents[2] / "assets" / "catalog"
RENAMED = "Carte nationale (catalogue v2)"


def _catalog_v2(folder: Path) -> Path:
    shutil.copytree(CATALOG, folder)
    civil = folder / "services_civil.json"
    doc = json.loads(civil.read_text(encoding="utf-8"))
    for service in doc["services"]:
        if service["id"] == "cnie":
            service["names"]["fr"] = RENAMED
    civil.write_text(json.dumps(doc, ensure_ascii=False, indent=1), encoding="utf-8")
    return folder


def _cnie_name(enrolled: Enrolled) -> str:
    """The name the kiosk shows visitors for the CNIE service (real composition root)."""
    enrolled.node.close()
    name = enrolled.node.kiosk.catalog.services["cnie"].names["fr"]
    enrolled.node.close()
    return str(name)


@pytest.mark.parametrize("fault", [
    CutReplyAfter(200, path=BUNDLE_PATH),         # cut early
    CutReplyAfter(20_000, path=BUNDLE_PATH),      # cut well into the catalog
    CorruptReply(path=BUNDLE_PATH),               # a byte of the signed payload
    CorruptReply(offset=10**9, path=BUNDLE_PATH),  # the last byte: the signature
], ids=["cut-early", "cut-late", "flip-payload", "flip-signature"])
def test_bad_download_keeps_the_old_bundle(enrolled: Enrolled, tmp_path: Path,
                                           fault: Mode) -> None:
    node, centre, proxy = enrolled.node, enrolled.centre, enrolled.proxy
    centre.publish_catalog(CATALOG)
    node.sync_once()
    v1 = node.status()["bundle_version"]
    assert v1 is not None
    original = _cnie_name(enrolled)
    assert original != RENAMED

    centre.publish_catalog(_catalog_v2(tmp_path / "catalog-v2"))
    node.issue(1)
    proxy.set_mode(fault)
    done = node.run("sync", "--once", "--json", check=False)
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert done.returncode == 3, done.stderr
    assert report["error"] == "bundle_invalid", report
    assert report["sent"] == 1  # the push went through; only the bundle was refused
    assert proxy.records(BUNDLE_PATH)[-1].action in ("cut", "corrupt")

    status = node.status()
    assert status["bundle_version"] == v1
    assert status["last_error"] == "bundle_invalid"
    assert _cnie_name(enrolled) == original  # visitors still see catalog v1
    leftovers = [p.name for p in (node.data / "bundles").rglob("*") if "download" in p.name]
    assert leftovers == []

    proxy.set_mode(Pass())
    node.sync_once()
    status = node.status()
    assert status["bundle_version"] is not None and status["bundle_version"] > v1
    assert status["last_error"] is None
    assert _cnie_name(enrolled) == RENAMED
