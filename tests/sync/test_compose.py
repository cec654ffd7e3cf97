"""The composition root uses the centre's active bundle: catalog, site, trusted keys."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric import ed25519
from sync_helpers import SITE, enrol_locally, make_bundle, new_key, shipped_catalog

from kiosk.compose import build_kiosk
from kiosk.domain.payloads.cose import key_id
from kiosk.keys import public_key_pem
from kiosk.sync.bundles import bundles_dir, install_bundle, verify_bundle
from kiosk.sync.runner import SyncRunner


def _install(data_dir: Path, key: ed25519.Ed25519PrivateKey, version: int,
             **kwargs: object) -> None:
    bundle = verify_bundle(make_bundle(key, version, **kwargs), key.public_key(),
                           site_code=SITE, active_version=version - 1)
    install_bundle(data_dir, bundle, key_id(key.public_key()).hex())


def test_without_a_bundle_the_kiosk_uses_the_shipped_catalog_and_its_config(
        data_dir: Path) -> None:
    kiosk = build_kiosk(data_dir)
    assert isinstance(kiosk.sync, SyncRunner) and not kiosk.sync.running
    assert kiosk.config.site.code == "DEMO"
    assert {k.label for k in kiosk.trust} == {"local"}
    assert kiosk.sync.status().state == "not_enrolled"
    kiosk.store.close()


def test_the_active_bundle_gives_catalog_site_and_trusted_keys(
        data_dir: Path, centre_key: ed25519.Ed25519PrivateKey) -> None:
    enrol_locally(data_dir, "http://127.0.0.1:1", centre_key)
    other_kiosk = new_key()
    catalog = shipped_catalog()
    civil = json.loads(json.dumps(catalog["services_civil.json"]))
    civil["services"][0]["names"]["fr"] = "Nom publié par le centre"
    catalog["services_civil.json"] = civil
    _install(data_dir, centre_key, 5, catalog=catalog,
             site={"name": "Accueil MRE Tanger", "counters": 6},
             trusted_keys=[{"label": SITE,
                            "public_key_pem": public_key_pem(other_kiosk.public_key())}])
    kiosk = build_kiosk(data_dir)
    service_id = civil["services"][0]["id"]
    assert kiosk.catalog.services[service_id].names["fr"] == "Nom publié par le centre"
    assert (kiosk.config.site.name, kiosk.config.site.counters) == ("Accueil MRE Tanger", 6)
    assert kiosk.config.site.code == SITE          # the enrolment's site
    labels = {k.kid: k.label for k in kiosk.trust}
    assert labels[key_id(centre_key.public_key())] == "centre"
    assert labels[key_id(other_kiosk.public_key())] == SITE
    assert "local" in labels.values()
    assert kiosk.sync.status().bundle_version == 5
    kiosk.store.close()
    # The operator's `kiosk catalog show` tells what the kiosk shows, not the shipped file.
    done = subprocess.run([sys.executable, "-m", "kiosk", "--data-dir", str(data_dir),
                           "catalog", "show", service_id, "--json"],
                          capture_output=True, text=True, timeout=60, check=True)
    assert json.loads(done.stdout)["names"]["fr"] == "Nom publié par le centre"


def test_a_damaged_bundle_on_disk_falls_back_to_the_shipped_catalog(
        data_dir: Path, centre_key: ed25519.Ed25519PrivateKey) -> None:
    enrol_locally(data_dir, "http://127.0.0.1:1", centre_key)
    _install(data_dir, centre_key, 5, site={"name": "Accueil MRE Tanger", "counters": 6})
    (bundles_dir(data_dir) / "v5" / "catalog" / "texts.json").write_text("{")
    kiosk = build_kiosk(data_dir)
    assert kiosk.config.site.name != "Accueil MRE Tanger"
    assert len(kiosk.catalog.services) > 0
    kiosk.store.close()
