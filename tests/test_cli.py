"""The `kiosk` command as an operator runs it: real processes, real data directory."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from pypdf import PdfReader


def kiosk(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kiosk", "--data-dir", str(data), *args],
                          capture_output=True, text=True, timeout=120)


def test_ticket_without_the_ui_prints_one_json_line_and_writes_the_pdf(tmp_path: Path):
    out = tmp_path / "copy.pdf"
    done = kiosk(tmp_path, "ticket", "cnie", "--lang", "ar", "--priority",
                 "--field", "full_name=فاطمة الزهراء", "--field", "cnie=ab 123456",
                 "--consent", "--out", str(out))
    assert done.returncode == 0, done.stderr
    [line] = done.stdout.splitlines()
    result = json.loads(line)
    assert result["ticket"] == "C-001" and result["priority"] == "elderly"
    assert Path(result["pdf"]) == out and out.exists()
    assert "C-001" in PdfReader(str(out)).pages[0].extract_text()
    second = json.loads(kiosk(tmp_path, "ticket", "cnie").stdout)
    assert second["ticket"] == "C-002" and second["people_ahead"] == 1
    queue = [json.loads(x) for x in kiosk(tmp_path, "queue", "--json").stdout.splitlines()]
    assert [row["number"] for row in queue] == ["C-001", "C-002"]
    assert "فاطمة" not in kiosk(tmp_path, "queue").stdout  # no personal data in listings


def test_personal_details_need_the_visitors_consent(tmp_path: Path):
    done = kiosk(tmp_path, "ticket", "cnie", "--field", "full_name=Amina")
    assert done.returncode == 2 and "--consent" in done.stderr
    assert "C-001" not in kiosk(tmp_path, "queue").stdout


def test_bad_field_and_unknown_service_are_refused_and_change_nothing(tmp_path: Path):
    done = kiosk(tmp_path, "ticket", "cnie", "--field", "full_name=Amina",
                 "--field", "cnie=12", "--consent")
    assert done.returncode == 2 and "cnie" in done.stderr and "CNIE number" in done.stderr
    assert "12" not in done.stderr.replace("AB123456", "")  # the value is not echoed
    done = kiosk(tmp_path, "ticket", "no_such_service")
    assert done.returncode == 2 and "no_such_service" in done.stderr
    assert "0 tickets" in kiosk(tmp_path, "queue").stdout


def test_catalog_show_carries_every_language(tmp_path: Path):
    done = kiosk(tmp_path, "catalog", "show", "passport", "--json")
    service = json.loads(done.stdout)
    assert {"ar", "fr", "en"} <= set(service["names"])
    assert service["names"]["ar"].startswith("جواز")
    assert service["online"]["name"] == "passeport.ma"


def test_catalog_list_shows_only_this_kiosks_context(tmp_path: Path):
    (tmp_path / "config.toml").write_text('[site]\ncontext = "border"\n', encoding="utf-8")
    ids = [json.loads(x)["id"] for x in kiosk(tmp_path, "catalog", "list", "--json")
           .stdout.splitlines()]
    assert "vehicle_temporary_import" in ids and "urban_permit" not in ids


def test_catalog_validate_names_file_entry_and_field(tmp_path: Path):
    bad = tmp_path / "services_extra.json"
    bad.write_text(json.dumps({"schema": 1, "services": [{"id": "x"}]}), encoding="utf-8")
    done = kiosk(tmp_path, "catalog", "validate", str(bad))
    assert done.returncode == 2
    assert "services_extra.json" in done.stderr and "services[0]" in done.stderr
    good = Path(__file__).resolve().parents[1] / "assets" / "catalog" / "services_travel.json"
    done = kiosk(tmp_path, "catalog", "validate", str(good))
    assert done.returncode == 0 and "valid" in done.stdout


def test_a_bad_config_is_refused_with_its_key(tmp_path: Path):
    (tmp_path / "config.toml").write_text('[kiosk]\nidle_timeout_s = "soon"\n',
                                          encoding="utf-8")
    done = kiosk(tmp_path, "ticket", "cnie")
    assert done.returncode == 2 and "kiosk.idle_timeout_s" in done.stderr


def test_a_bad_date_is_an_input_error(tmp_path: Path):
    done = kiosk(tmp_path, "queue", "--date", "2026-13-45")
    assert done.returncode == 2 and "YYYY-MM-DD" in done.stderr


def test_a_mistyped_config_path_is_an_error_not_the_defaults(tmp_path: Path):
    done = kiosk(tmp_path, "--config", str(tmp_path / "confg.toml"), "ticket", "cnie")
    assert done.returncode == 2 and "confg.toml" in done.stderr and "not found" in done.stderr
    assert "0 tickets" in kiosk(tmp_path, "queue").stdout


def test_a_malformed_field_is_refused_without_echoing_it(tmp_path: Path):
    done = kiosk(tmp_path, "ticket", "cnie", "--field", "Amina El Idrissi", "--consent")
    assert done.returncode == 2 and "Amina" not in done.stderr


def test_an_out_folder_that_does_not_exist_is_refused_before_anything_is_issued(
        tmp_path: Path):
    done = kiosk(tmp_path, "ticket", "cnie", "--out", str(tmp_path / "nope" / "t.pdf"))
    assert done.returncode == 2 and "nope" in done.stderr
    assert "0 tickets" in kiosk(tmp_path, "queue").stdout


def test_keys_prereg_and_scan_from_the_command_line(tmp_path: Path):
    created = kiosk(tmp_path, "keys", "create")
    assert created.returncode == 0 and "BEGIN PUBLIC KEY" in created.stdout
    listed = [json.loads(x) for x in kiosk(tmp_path, "keys", "list", "--json")
              .stdout.splitlines()]
    assert [k["local"] for k in listed] == [True]
    png = tmp_path / "prereg.png"
    made = kiosk(tmp_path, "prereg", "make", "cnie", "--lang", "ar", "--field",
                 "full_name=فاطمة الزهراء", "--field", "cnie=AB123456", "--out", str(png))
    assert made.returncode == 0 and png.exists()
    [line] = kiosk(tmp_path, "scan", str(png), "--json").stdout.splitlines()
    row = json.loads(line)
    assert (row["format"], row["verdict"]) == ("jisr-prereg", "valid")
    assert row["fields"]["fields"]["full_name"] == "فاطمة الزهراء"
    assert row["source"] == "prereg.png" and row["decode_ms"] >= 0
    # another kiosk's data directory does not trust this key
    other = json.loads(kiosk(tmp_path / "other", "scan", str(png), "--json").stdout)
    assert other["verdict"] == "unknown_key" and other["fields"] == {}


def test_a_prereg_with_bad_details_is_not_made(tmp_path: Path):
    out = tmp_path / "p.png"
    done = kiosk(tmp_path, "prereg", "make", "cnie", "--field", "full_name=Amina",
                 "--field", "cnie=12", "--out", str(out))
    assert done.returncode == 2 and not out.exists()


def test_scan_reports_frames_without_a_code_when_asked(tmp_path: Path):
    import cv2
    import numpy as np
    blank = tmp_path / "blank.png"
    cv2.imwrite(str(blank), np.full((720, 1280, 3), 200, np.uint8))
    assert kiosk(tmp_path, "scan", str(blank), "--json").stdout == ""
    [line] = kiosk(tmp_path, "scan", str(blank), "--json", "--all-frames").stdout.splitlines()
    assert json.loads(line)["verdict"] == "no_code"
    missing = kiosk(tmp_path, "scan", str(tmp_path / "nothing.avi"))
    assert missing.returncode == 3 and "no such camera or file: nothing.avi" in missing.stderr
