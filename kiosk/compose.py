"""The composition root: builds the kiosk's parts once and hands them in.

The UI, the ``kiosk`` command and the tests all get their storage, renderer, printer
and clock from here, so every path through the program uses the same real parts.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

from kiosk import paths
from kiosk.catalog_loader import load_catalog
from kiosk.config import Config, SiteConfig, load_config
from kiosk.devices.camera import FrameSource, open_source
from kiosk.devices.decoders import Decoder, make_decoder
from kiosk.devices.printers import make_printer
from kiosk.devices.ticket_pdf import PdfTicketRenderer
from kiosk.devices.voice import SilentSpeaker, Speaker, make_speaker
from kiosk.domain.catalog import Catalog
from kiosk.domain.payloads import ParseContext, TrustList, parse_payload, sign_ticket
from kiosk.domain.ports import QueueSource
from kiosk.domain.scan import ScanResult
from kiosk.errors import CatalogError, HallUnreachable, InputError
from kiosk.keys import load_or_create_signing_key, trust_list
from kiosk.queue_desk import QueueDesk
from kiosk.store import SqlStore, open_store
from kiosk.store.queue import LocalQueue
from kiosk.sync.bundles import ActiveBundle, active_bundle, read_active_version, synced_keys
from kiosk.sync.enrolment import Enrolment, load_enrolment
from kiosk.sync.hall_hint import HallHint
from kiosk.sync.runner import SyncRunner
from kiosk.usecases import TicketDesk

log = logging.getLogger(__name__)


class SystemClock:
    """The machine's clock, in local time with its timezone."""

    def now(self) -> datetime:
        """The current local time (timezone-aware)."""
        return datetime.now().astimezone()


@dataclass(frozen=True)
class Reference:
    """Reference data from the centre's bundle, loaded and checked, not yet in use."""

    site: SiteConfig
    catalog: Catalog
    trust: TrustList
    version: int


@dataclass
class Kiosk:
    """Every part of a running kiosk, wired together."""

    data_dir: Path
    store: SqlStore
    #: issues tickets; holds the config and catalog in use (see the properties below)
    desk: TicketDesk
    trust: TrustList
    decoder: Decoder
    #: the sync worker, built but not started (the app starts it, and stops it at exit)
    sync: SyncRunner
    #: the config as read from its file, before the centre's bundle amended it
    base_config: Config
    #: the catalog folder given at build (None: the bundle's, else assets/catalog)
    catalog_path: Path | None = None
    #: the version of the reference bundle in use (None: none yet)
    bundle_version: int | None = None
    #: voice guidance (espeak-ng, or silent where it is not installed)
    speaker: Speaker = field(default_factory=SilentSpeaker)
    #: a kiosk of a shared hall: the hall's queue, read in the background, for the
    #: people ahead and the wait its tickets print (None: a kiosk alone)
    hall_hint: HallHint | None = None

    @property
    def config(self) -> Config:
        """The settings in use (the file's, amended by the centre's bundle)."""
        return self.desk.config

    @config.setter
    def config(self, value: Config) -> None:
        self.desk.config = value

    @property
    def catalog(self) -> Catalog:
        """The catalog in use (the bundle's, else the shipped one)."""
        return self.desk.catalog

    @catalog.setter
    def catalog(self, value: Catalog) -> None:
        self.desk.catalog = value

    def load_reference(self) -> Reference | None:
        """The active reference bundle when it is not the one in use, loaded; else None.

        Reads and checks the catalog (tens of milliseconds): call it off the UI thread.
        Nothing of the running kiosk changes until :meth:`use_reference`.
        """
        active = read_active_version(self.data_dir)
        if active is None or active == self.bundle_version:
            return None  # nothing new: no need to read the catalog at all
        config, catalog, bundle, enrolment = reference_data(
            self.data_dir, self.base_config, self.catalog_path)
        version = bundle.version if bundle is not None else None
        if version is None or version == self.bundle_version:
            return None
        trust = trust_list(self.data_dir, extra=synced_keys(enrolment, bundle))
        return Reference(site=config.site, catalog=catalog, trust=trust, version=version)

    def use_reference(self, reference: Reference) -> None:
        """Switch to ``reference``: between two visits, never during one."""
        self.config = replace(self.config, site=reference.site)
        self.catalog = reference.catalog
        self.trust = reference.trust
        self.bundle_version = reference.version
        log.info("reference bundle v%d in use: %d services", reference.version,
                 len(reference.catalog.in_context(self.config.site.context)))

    def queue_source(self) -> QueueSource:
        """Where this PC's counters and call board read the queue (``[queue] source``).

        ``local``: this PC's own database (a hall with one kiosk); ``hall``: the hall
        server this device is enrolled at.
        """
        if self.config.queue.source == "hall":
            from kiosk.sync.hall_queue import HallQueue
            return HallQueue(self.data_dir, self.config.sync)
        return LocalQueue(self.store, self.config.site.code, self.desk.clock.now)

    def queue_desk(self) -> QueueDesk:
        """The counters' use case on :meth:`queue_source` (events in this PC's outbox)."""
        deliver = None
        if self.config.queue.source == "hall":
            sync = self.sync

            def deliver() -> None:
                report = sync.run_once(pull=False)
                if report.error is not None:
                    raise HallUnreachable(report.error.code)

        return QueueDesk(self.store, self.queue_source(), self.desk.clock,
                         max_recalls=self.config.queue.max_recalls, deliver=deliver,
                         groups=frozenset(self.catalog.groups))

    def open_camera(self) -> FrameSource:
        """Open the configured camera (or video file, or folder of images)."""
        camera = self.config.camera
        return open_source(camera.source, camera.width, camera.height)

    def parse(self, data: bytes) -> ScanResult:
        """What a scanned code's bytes are, checked against the trust list (never raises)."""
        return parse_payload(data, parse_context(self.config, self.catalog, self.trust,
                                                 self.desk.clock.now()))


def make_private_dir(path: Path) -> None:
    """Create ``path`` readable by its owner only: it holds visitors' details."""
    paths.private_dir(path)


def parse_context(config: Config, catalog: Catalog, trust: TrustList,
                  now: datetime) -> ParseContext:
    """How this kiosk judges scanned codes (the kiosk and ``kiosk scan`` alike).

    A good signature is not enough: tickets must come from this kiosk (or a kiosk of
    this site), pre-registrations from the centre (or this kiosk's ``kiosk prereg
    make``); the known government sites are the catalog's.
    """
    return ParseContext(
        trust=trust, now=now, known_domains=catalog.domains,
        signers={"jisr-ticket": frozenset({"local", config.site.code}),
                 "jisr-prereg": frozenset({"local", "centre"})})


def _enrolment(data_dir: Path) -> Enrolment | None:
    try:
        return load_enrolment(data_dir)
    except InputError as err:  # the kiosk still works offline; `kiosk sync --status` says
        log.error("enrolment ignored: %s", err)
        return None


def reference_data(data_dir: Path, config: Config, catalog_path: Path | None = None
                   ) -> tuple[Config, Catalog, ActiveBundle | None, Enrolment | None]:
    """The config and catalog as the centre's active bundle amends them.

    The catalog is ``catalog_path`` when given, else the active bundle's when there is
    a valid one (for this enrolment's site and centre), else ``assets/catalog``.  The
    bundle's site settings (name, counters) replace the config's, and the enrolment's
    site code replaces ``site.code``.
    """
    enrolment = _enrolment(data_dir)
    bundle = active_bundle(data_dir, enrolment)
    catalog: Catalog | None = None
    if catalog_path is None and bundle is not None:
        try:
            catalog = load_catalog(bundle.catalog_dir)
        except CatalogError as err:
            log.error("catalog of bundle v%d not used: %s", bundle.version, err)
            bundle = None
    if catalog is None:
        catalog = load_catalog(catalog_path)
    site = config.site
    if enrolment is not None and enrolment.site_code != site.code:
        # The centre enrolled this device for its site: tickets are numbered, signed
        # and checked under that code (the site's keys in the bundle carry it).
        log.info("site code %s from the enrolment (config says %s)",
                 enrolment.site_code, site.code)
        site = replace(site, code=enrolment.site_code)
    if bundle is not None and bundle.site is not None:
        site = replace(site, name=bundle.site.name, counters=bundle.site.counters)
    if site != config.site:
        config = replace(config, site=site)
    return config, catalog, bundle, enrolment


def build_kiosk(data_dir: Path, config_file: Path | None = None,
                catalog_path: Path | None = None) -> Kiosk:
    """Open (or create) the data directory and wire the kiosk's parts.

    ``config_file`` defaults to ``config.toml`` in the data directory (defaults when
    absent).  The centre's active reference bundle, if any, gives the catalog, the
    site's name and counters and more trusted keys (:func:`reference_data`).  Raises
    ``ConfigError`` / ``CatalogError`` for bad files and ``StorageUnavailable`` when
    the database cannot be opened.
    """
    make_private_dir(data_dir)
    base_config = load_config(config_file or paths.config_path(data_dir))
    config, catalog, bundle, enrolment = reference_data(data_dir, base_config, catalog_path)
    key = load_or_create_signing_key(data_dir)

    def signed_ticket_qr(site: str, issued_at: datetime, number: str, request_id: str,
                         service_id: str) -> str:
        return sign_ticket(site, issued_at.date(), number, request_id, service_id, key=key,
                           issued_at=issued_at)

    station = config.kiosk.station or (enrolment.station if enrolment else 0)
    store = open_store(data_dir, signed_ticket_qr, station)
    desk = TicketDesk(
        config=config,
        catalog=catalog,
        store=store,
        renderer=PdfTicketRenderer(config.printer.paper),
        printer=make_printer(config.printer),
        clock=SystemClock(),
        tickets_dir=paths.tickets_dir(data_dir),
    )
    log.info("kiosk ready: site %s, context %s, %d services, bundle %s",
             config.site.code, config.site.context, len(catalog.in_context(config.site.context)),
             f"v{bundle.version}" if bundle else "none")
    trust = trust_list(data_dir, extra=synced_keys(enrolment, bundle))
    hint = None
    if enrolment is not None and enrolment.role == "kiosk" and enrolment.station:
        from kiosk.sync.hall_queue import HallQueue
        hint = HallHint(HallQueue(data_dir, config.sync), desk.clock.now)
        desk.hall = hint.view
    return Kiosk(data_dir, store, desk, trust=trust,
                 decoder=make_decoder(config.camera.decoder),
                 sync=SyncRunner(data_dir, store, config.sync), base_config=base_config,
                 catalog_path=catalog_path,
                 bundle_version=bundle.version if bundle is not None else None,
                 speaker=make_speaker(), hall_hint=hint)


DEMO_CONFIG = """\
# Jisr demo kiosk: a provincial help desk for Moroccans living abroad.
[site]
name = "Préfecture de Tanger-Assilah - Accueil MRE"
code = "TNG01"
context = "hall"
counters = 3

[kiosk]
languages = ["ar", "zgh", "fr", "en", "es", "nl", "de", "it"]
idle_timeout_s = 60
idle_grace_s = 15
retention_days = 90

[printer]
kind = "pdf"
paper = "80mm"

[staff]
# demo only: the staff PIN is 2468 (a real kiosk sets its own with `kiosk staff-pin`)
pin_hash = "{DEMO_PIN_HASH}"
""".replace("{DEMO_PIN_HASH}", "$argon2id$v=19$m=65536,t=3,p=4$8pdOCnnb48dABxW+s/hxvQ$"
            "nQomqB7+zi0h2JP4m1pZYJqqBqF9nox3n2SuhgaG35I")


def ensure_demo_config(data_dir: Path) -> Path:
    """Write the demo config into ``data_dir`` if none is there; return its path."""
    make_private_dir(data_dir)
    path = paths.config_path(data_dir)
    if not path.exists():
        path.write_text(DEMO_CONFIG, encoding="utf-8")
    return path
