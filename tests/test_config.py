"""The config file: defaults, and bad values refused with the key named."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.config import load_config
from kiosk.errors import ConfigError


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_missing_file_gives_defaults(tmp_path: Path):
    config = load_config(tmp_path / "absent.toml")
    assert config.kiosk.idle_timeout_s == 60
    assert config.kiosk.languages == ("ar", "fr", "en")
    assert config.printer.kind == "pdf"


def test_values_are_read(tmp_path: Path):
    config = load_config(write(tmp_path, '[site]\nname = "Tanger Med"\ncode = "TM1"\n'
                                         'context = "border"\n[kiosk]\nidle_timeout_s = 90\n'))
    assert (config.site.name, config.site.context, config.kiosk.idle_timeout_s) == \
        ("Tanger Med", "border", 90)


@pytest.mark.parametrize("text,key", [
    ('[site]\ncontext = "airport"\n', "site.context"),
    ('[kiosk]\nidle_timeout_s = "sixty"\n', "kiosk.idle_timeout_s"),
    ('[kiosk]\nidle_timeout_s = 2\n', "kiosk.idle_timeout_s"),
    ('[kiosk]\nlanguages = ["ar", "xx"]\n', "kiosk.languages"),
    ('[kiosk]\nlanguage = ["ar"]\n', "kiosk.language"),
    ('[printer]\nkind = "cups"\n', "printer.queue"),
    ('[printer]\npaper = "letter"\n', "printer.paper"),
    ('[printer]\nmedia = "80 mm; rm -rf"\n', "printer.media"),
    ('[sit]\nname = "x"\n', "sit"),
    ('[site]\ncode = "TNG 01!"\n', "site.code"),
    ('[site]\ncode = "tng01"\n', "site.code"),
    ('[kiosk]\nlanguages = ["ar", "fr", "ar"]\n', "kiosk.languages"),
    ("[site\n", "(file)"),
])
def test_bad_values_name_the_key(tmp_path: Path, text: str, key: str):
    with pytest.raises(ConfigError) as error:
        load_config(write(tmp_path, text))
    assert error.value.key == key
    assert key in str(error.value) and "config.toml" in str(error.value)
