"""The package arrows of docs/ARCHITECTURE.md, checked by reading every import."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

KIOSK = Path(__file__).resolve().parents[1] / "kiosk"


def imports_of(path: Path) -> set[str]:
    """Every module name imported by ``path`` (absolute imports)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def modules(package: str) -> list[Path]:
    """The Python files of ``kiosk/<package>`` (or a single module)."""
    target = KIOSK / package
    if target.is_dir():
        return sorted(target.rglob("*.py"))
    return [target.with_suffix(".py")]


def offenders(package: str, forbidden: tuple[str, ...]) -> list[str]:
    """``file: module`` for each forbidden import in ``package``."""
    bad = []
    for path in modules(package):
        for name in imports_of(path):
            if any(name == f or name.startswith(f + ".") for f in forbidden):
                bad.append(f"{path.relative_to(KIOSK)}: {name}")
    return bad


#: Everything the domain may import besides the standard library: itself, the error
#: family, phonenumbers (pure data and rules), and cbor2, base45 and cryptography
#: (decoding and verifying signed payloads in memory; no I/O).
DOMAIN_ALLOWED = ("kiosk.domain", "kiosk.errors", "phonenumbers", "__future__",
                  "cbor2", "base45", "cryptography")


def test_domain_imports_only_the_standard_library_itself_and_phonenumbers() -> None:
    assert modules("domain"), "the domain package is missing"
    bad = []
    for path in modules("domain"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.level > 0:
                bad.append(f"{path.name}: relative import")
        for name in imports_of(path):
            top = name.split(".")[0]
            if top in sys.stdlib_module_names:
                continue
            if not any(name == a or name.startswith(a + ".") for a in DOMAIN_ALLOWED):
                bad.append(f"{path.name}: {name}")
    assert bad == []


def test_domain_imports_nothing_of_qt_sqlalchemy_or_requests() -> None:
    assert offenders("domain", ("PySide6", "sqlalchemy", "requests")) == []


@pytest.mark.parametrize("package", ["store", "devices", "sync", "usecases", "config",
                                     "catalog_loader", "compose"])
def test_only_the_ui_imports_qt(package: str) -> None:
    assert modules(package) and modules(package)[0].exists()
    assert offenders(package, ("PySide6", "kiosk.ui")) == []


def test_cli_imports_the_ui_only_when_running_the_kiosk() -> None:
    tree = ast.parse((KIOSK / "cli.py").read_text(encoding="utf-8"))
    top_level = {node.module for node in tree.body
                 if isinstance(node, ast.ImportFrom) and node.module}
    assert not any(name.startswith(("kiosk.ui", "PySide6")) for name in top_level)


@pytest.mark.parametrize("package", ["store", "devices"])
def test_io_packages_do_not_reach_into_each_other_or_the_ui(package: str) -> None:
    other = {"store": "kiosk.devices", "devices": "kiosk.store"}[package]
    assert offenders(package, (other, "kiosk.ui", "kiosk.compose")) == []


def test_the_server_is_a_program_of_its_own() -> None:
    """The centre shares only the domain, errors and catalog checks with the kiosk."""
    assert offenders("server", ("PySide6", "kiosk.ui", "kiosk.store", "kiosk.sync",
                                "kiosk.devices", "kiosk.compose", "kiosk.usecases")) == []


def test_the_sync_client_talks_to_the_centre_only_through_the_protocol() -> None:
    """The kiosk's sync client never imports the server (another program) or the UI."""
    assert offenders("sync", ("PySide6", "kiosk.ui", "kiosk.server", "kiosk.devices")) == []
