"""``kiosk field ...`` and ``kiosk import`` (registered by kiosk.cli_field)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from kiosk.cli_field import add_commands
from kiosk.errors import InputError


def run(data: Path, *args: str) -> int:
    parser = argparse.ArgumentParser(prog="kiosk")
    parser.add_argument("--data-dir")
    add_commands(parser.add_subparsers(dest="command", required=True))
    parsed = parser.parse_args(["--data-dir", str(data), *args])
    result: int = parsed.handler(parsed)
    return result


def test_add_list_search_edit(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    assert run(data, "field", "add", "--type", "medical", "--name", "Fatima Bénani",
               "--country", "fr", "--lang", "fr", "--plate", "ab-123-cd",
               "--what", "Malaise") == 0
    case_id = capsys.readouterr().out.split()[3]
    assert run(data, "field", "list", "--json") == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(c["id"], c["country"], c["vehicle_plate"], c["version"]) for c in listed] == [
        (case_id, "FR", "AB-123-CD", 1)]
    assert run(data, "field", "search", "benani") == 0
    assert case_id in capsys.readouterr().out
    assert run(data, "field", "search", "karim") == 0
    assert capsys.readouterr().out.strip() == "no cases"
    assert run(data, "field", "edit", case_id, "--follow-up", "Rappeler demain") == 0
    assert "version 2" in capsys.readouterr().out
    with pytest.raises(InputError, match="nothing to change"):
        run(data, "field", "edit", case_id)
    with pytest.raises(InputError, match="country"):
        run(data, "field", "edit", case_id, "--country", "France")


def test_export_needs_an_enrolment_and_import_needs_a_bundle(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with pytest.raises(InputError, match="not enrolled"):
        run(data, "field", "export", "--to", str(tmp_path))
    with pytest.raises(InputError, match="which bundle"):
        run(data, "import")
    garbage = tmp_path / "garbage.jisrfield"
    garbage.write_bytes(b"not a bundle")
    with pytest.raises(InputError, match="nothing imported"):
        run(data, "import", str(garbage))
