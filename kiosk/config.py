"""Kiosk settings: a TOML file validated at load, with defaults for every key.

Example (every key optional)::

    [site]
    name = "Préfecture de Tanger - Accueil MRE"
    code = "TNG01"
    context = "hall"            # hall | border | transit
    counters = 3                # counters serving visitors, for the wait estimate

    [kiosk]
    languages = ["ar", "fr", "en"]
    idle_timeout_s = 60         # then "need more time?"
    idle_grace_s = 15           # then back to the welcome screen, session wiped
    retention_days = 90         # said in the privacy notice
    tap_guard_ms = 400          # touches ignored this long after the screen changes
    station = 0                 # 1-9 when the hall has several kiosks (C2-017);
                                # 0 = from `kiosk enrol` at a hall server, else none

    [printer]
    kind = "pdf"                # pdf (save only) | cups
    queue = ""                  # CUPS queue name when kind = "cups"
    paper = "80mm"              # 80mm | a6 | a4
    media = ""                  # CUPS media: "" = from paper, "none" = queue default,
                                # or a name such as "X80MMY200MM" for a picky driver

    [camera]
    source = "0"                # camera index, /dev/videoN, a video file, a folder
    width = 1280
    height = 720
    decoder = "zxing"           # zxing | pyzbar

    [sync]                      # see docs/PROTOCOL.md
    server_url = ""             # "" = the one given to `kiosk enrol`
    batch_size = 500            # events per push (1..1000)
    connect_timeout_s = 5
    read_timeout_s = 30
    backoff_base_s = 2          # first wait after a failure; doubles, with jitter
    backoff_cap_s = 300         # longest wait between tries
    probe_interval_s = 10       # while offline, how often to check the link is back
    pull_interval_s = 900       # how often to ask for a newer reference bundle
    ca_bundle = ""              # PEM file of CAs to trust ("" = the system's)
    pinned_sha256 = ""          # hex SHA-256 of the server certificate, to pin it

    [staff]
    pin_hash = ""               # argon2id hash of the staff PIN (`kiosk staff-pin`)

    [queue]                     # counters and the call board (docs/HALL.md)
    source = "local"            # local: this PC's database | hall: the hall server
    max_recalls = 2             # recalls before a ticket that does not come is a no-show
    counter = 0                 # this console's counter number (0: asked at login)
    groups = []                 # service groups it serves ([]: all)
    lock_after_s = 300          # the console locks itself after this much inactivity
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from kiosk.domain.catalog import CONTEXTS
from kiosk.domain.text import KNOWN_LANGS
from kiosk.domain.tickets import MAX_STATION
from kiosk.errors import ConfigError

PAPERS = ("80mm", "a6", "a4")
PRINTER_KINDS = ("pdf", "cups")


@dataclass(frozen=True)
class SiteConfig:
    """Where the kiosk stands."""

    name: str = "Jisr demo site"
    code: str = "DEMO"
    context: str = "hall"
    counters: int = 2


@dataclass(frozen=True)
class KioskConfig:
    """How the kiosk behaves with visitors."""

    languages: tuple[str, ...] = ("ar", "fr", "en")
    idle_timeout_s: int = 60
    idle_grace_s: int = 15
    retention_days: int = 90
    tap_guard_ms: int = 400
    station: int = 0


@dataclass(frozen=True)
class PrinterConfig:
    """Where tickets go."""

    kind: str = "pdf"
    queue: str = ""
    paper: str = "80mm"
    media: str = ""


@dataclass(frozen=True)
class CameraConfig:
    """Where QR codes are read from."""

    source: str = "0"        # camera index, /dev/videoN, a video file or a folder of images
    width: int = 1280
    height: int = 720
    decoder: str = "zxing"   # zxing (default) | pyzbar


@dataclass(frozen=True)
class SyncConfig:
    """How the kiosk talks to the centre (docs/PROTOCOL.md)."""

    server_url: str = ""
    batch_size: int = 500
    connect_timeout_s: int = 5
    read_timeout_s: int = 30
    backoff_base_s: int = 2
    backoff_cap_s: int = 300
    probe_interval_s: int = 10
    pull_interval_s: int = 900
    ca_bundle: str = ""
    pinned_sha256: str = ""


@dataclass(frozen=True)
class StaffConfig:
    """Staff access on the kiosk itself."""

    pin_hash: str = ""


QUEUE_SOURCES = ("local", "hall")


@dataclass(frozen=True)
class QueueConfig:
    """Counters and the call board."""

    source: str = "local"
    max_recalls: int = 2
    counter: int = 0
    groups: tuple[str, ...] = ()
    lock_after_s: int = 300


@dataclass(frozen=True)
class Config:
    """All settings."""

    site: SiteConfig = field(default_factory=SiteConfig)
    kiosk: KioskConfig = field(default_factory=KioskConfig)
    printer: PrinterConfig = field(default_factory=PrinterConfig)
    camera: CameraConfig = field(default_factory=CameraConfig)
    sync: SyncConfig = field(default_factory=SyncConfig)
    staff: StaffConfig = field(default_factory=StaffConfig)
    queue: QueueConfig = field(default_factory=QueueConfig)


def load_config(path: Path | None) -> Config:
    """Read and validate ``path``; defaults when ``path`` is None or absent.

    Raises :class:`ConfigError` naming the key for any bad value or unknown key.
    """
    if path is None or not path.exists():
        return Config()
    name = str(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(name, "(file)", f"not valid TOML: {exc}") from exc
    except OSError as exc:
        raise ConfigError(name, "(file)", f"cannot be read: {exc.strerror}") from exc
    return parse_config(data, name)


def parse_config(data: dict[str, Any], name: str = "config") -> Config:
    """Validate a parsed TOML document."""
    sections = {"site": SiteConfig, "kiosk": KioskConfig, "printer": PrinterConfig,
                "camera": CameraConfig, "sync": SyncConfig, "staff": StaffConfig,
                "queue": QueueConfig}
    for key in data:
        if key not in sections:
            raise ConfigError(name, key, f"unknown section (known: {', '.join(sections)})")
    built: dict[str, Any] = {}
    for section, cls in sections.items():
        raw = data.get(section, {})
        if not isinstance(raw, dict):
            raise ConfigError(name, section, "must be a table")
        built[section] = _build(cls, raw, section, name)
    config = Config(**built)
    _check(config, name)
    return config


def _build(cls: Any, raw: dict[str, Any], section: str, name: str) -> Any:
    known = {f.name: f for f in fields(cls)}
    values: dict[str, Any] = {}
    defaults = cls()
    for key, value in raw.items():
        if key not in known:
            raise ConfigError(name, f"{section}.{key}", "unknown key")
        expected = type(getattr(defaults, key))
        if expected is tuple:
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise ConfigError(name, f"{section}.{key}", "must be a list of strings")
            value = tuple(value)
        elif expected is int:
            if not isinstance(value, int) or isinstance(value, bool):
                raise ConfigError(name, f"{section}.{key}", "must be a whole number")
        elif not isinstance(value, expected):
            raise ConfigError(name, f"{section}.{key}", f"must be a {expected.__name__}")
        values[key] = value
    return cls(**values)


def _check(config: Config, name: str) -> None:
    if config.site.context not in CONTEXTS:
        raise ConfigError(name, "site.context", f"must be one of {', '.join(CONTEXTS)}")
    if not re.fullmatch(r"[A-Z0-9]{1,16}", config.site.code):
        raise ConfigError(name, "site.code", "must be 1 to 16 capital letters A-Z or digits")
    if not 1 <= config.site.counters <= 100:
        raise ConfigError(name, "site.counters", "must be between 1 and 100")
    langs = config.kiosk.languages
    if not langs or len(set(langs)) != len(langs) or any(lang not in KNOWN_LANGS
                                                          for lang in langs):
        raise ConfigError(name, "kiosk.languages",
                          f"must be a non-empty list, without repeats, of "
                          f"{', '.join(KNOWN_LANGS)}")
    if not 10 <= config.kiosk.idle_timeout_s <= 3600:
        raise ConfigError(name, "kiosk.idle_timeout_s", "must be between 10 and 3600 seconds")
    if not 5 <= config.kiosk.idle_grace_s <= 300:
        raise ConfigError(name, "kiosk.idle_grace_s", "must be between 5 and 300 seconds")
    if not 1 <= config.kiosk.retention_days <= 3650:
        raise ConfigError(name, "kiosk.retention_days", "must be between 1 and 3650")
    if not 0 <= config.kiosk.tap_guard_ms <= 2000:
        raise ConfigError(name, "kiosk.tap_guard_ms", "must be between 0 and 2000 ms")
    if config.printer.kind not in PRINTER_KINDS:
        raise ConfigError(name, "printer.kind", f"must be one of {', '.join(PRINTER_KINDS)}")
    if config.printer.kind == "cups" and not config.printer.queue:
        raise ConfigError(name, "printer.queue", "is needed when printer.kind is 'cups'")
    if config.printer.media and not re.fullmatch(r"[A-Za-z0-9_.{}-]{1,64}", config.printer.media):
        raise ConfigError(name, "printer.media", "must be a CUPS media name, or \"none\"")
    if config.camera.decoder not in ("zxing", "pyzbar"):
        raise ConfigError(name, "camera.decoder", "must be zxing or pyzbar")
    if not (160 <= config.camera.width <= 4096 and 120 <= config.camera.height <= 2160):
        raise ConfigError(name, "camera.width", "camera size must be within 160x120..4096x2160")
    if config.printer.paper not in PAPERS:
        raise ConfigError(name, "printer.paper", f"must be one of {', '.join(PAPERS)}")
    if not 0 <= config.kiosk.station <= MAX_STATION:
        raise ConfigError(name, "kiosk.station", f"must be between 0 and {MAX_STATION}")
    _check_sync(config.sync, name)
    _check_queue(config.queue, name)
    if config.staff.pin_hash and not config.staff.pin_hash.startswith("$argon2id$"):
        raise ConfigError(name, "staff.pin_hash", "must be an argon2id hash (kiosk staff-pin)")


def _check_queue(queue: QueueConfig, name: str) -> None:
    if queue.source not in QUEUE_SOURCES:
        raise ConfigError(name, "queue.source", f"must be one of {', '.join(QUEUE_SOURCES)}")
    if not 0 <= queue.max_recalls <= 10:
        raise ConfigError(name, "queue.max_recalls", "must be between 0 and 10")
    if not 0 <= queue.counter <= 999:
        raise ConfigError(name, "queue.counter", "must be between 0 and 999")
    if any(not re.fullmatch(r"[A-Z]", g) for g in queue.groups):
        raise ConfigError(name, "queue.groups", "must be service group letters such as \"C\"")
    if not 30 <= queue.lock_after_s <= 3600:
        raise ConfigError(name, "queue.lock_after_s", "must be between 30 and 3600 seconds")


def _check_sync(sync: SyncConfig, name: str) -> None:
    if sync.server_url and not re.fullmatch(r"https?://[^\s/]+(/[^\s]*)?", sync.server_url):
        raise ConfigError(name, "sync.server_url", "must be an http:// or https:// address")
    limits = {"batch_size": (1, 1000), "connect_timeout_s": (1, 120),
              "read_timeout_s": (1, 600), "backoff_base_s": (1, 600),
              "backoff_cap_s": (1, 86400), "probe_interval_s": (1, 3600),
              "pull_interval_s": (10, 86400)}
    for key, (low, high) in limits.items():
        if not low <= getattr(sync, key) <= high:
            raise ConfigError(name, f"sync.{key}", f"must be between {low} and {high}")
    if sync.backoff_cap_s < sync.backoff_base_s:
        raise ConfigError(name, "sync.backoff_cap_s", "must not be less than backoff_base_s")
    if sync.pinned_sha256 and not re.fullmatch(r"[0-9a-fA-F:]{64,95}", sync.pinned_sha256):
        raise ConfigError(name, "sync.pinned_sha256", "must be a hex SHA-256 fingerprint")
