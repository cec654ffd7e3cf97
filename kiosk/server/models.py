"""The bodies of the HTTP API (pydantic), so that /openapi.json documents them.

Requests are validated strictly (a ``seq`` of ``"41"`` or ``41.0`` is refused, not
converted); unknown fields in a request are ignored, as clients ignore unknown fields in
replies.  Texts that end up in the database refuse control characters.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from itertools import pairwise
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, PrivateAttr, model_validator

from kiosk.server.events import canonical_json, content_hash

#: Largest seq, backlog or version (a signed 64-bit integer).
MAX_INT = 2**63 - 1
MAX_BATCH = 1000
SITE_CODE_PATTERN = r"^[A-Z0-9]{1,16}$"
DEVICE_ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$"
#: What a device is: in its hall (kiosk, console, call board), or a hall server
#: enrolled at the centre.
Role = Literal["kiosk", "console", "board", "hall"]
#: Stations a site's kiosks are numbered with (in their ticket numbers: C2-017).
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def _printable(value: str) -> str:
    if _CONTROL.search(value):
        raise ValueError("control characters are not allowed")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError("not valid Unicode (a lone surrogate)") from None
    return value


def _pem(value: str) -> str:
    _printable(value.replace("\r\n", "").replace("\n", ""))
    return value


Text = Annotated[str, AfterValidator(_printable)]
SiteCode = Annotated[str, Field(pattern=SITE_CODE_PATTERN, examples=["TNG01"])]
SoftwareVersion = Annotated[Text, Field(min_length=1, max_length=64, examples=["0.2.0"])]


class _Request(BaseModel):
    model_config = ConfigDict(strict=True, extra="ignore")


class ErrorBody(BaseModel):
    """Every error: a stable code for programs and an English text for people."""

    error: str = Field(examples=["unauthenticated"])
    message: str


class Health(BaseModel):
    """``GET /api/v1/health``."""

    status: Literal["ok"]
    version: str


class EnrolRequest(_Request):
    """``POST /api/v1/enrol``."""

    code: Annotated[str, Field(min_length=1, max_length=64, examples=["K7QF-2M9D-XW4P"])]
    install_id: Annotated[str, Field(pattern=r"^[0-9A-Za-z][0-9A-Za-z-]{0,63}$",
                                     examples=["5b0c6a52-1a4e-4d0b-9d51-0b8b5d0f3c11"])]
    software_version: SoftwareVersion | None = None
    ticket_key_pem: Annotated[str, AfterValidator(_pem), Field(max_length=4096)] | None = None
    role: Role = "kiosk"


class EnrolReply(BaseModel):
    """The device's identity and credential (shown once), and the centre's key.

    ``station``: a kiosk's number among the kiosks of its site (1 to 9; its ticket
    numbers carry it); None for other roles.
    """

    device_id: str
    credential: str
    site_code: str
    centre_key_pem: str
    role: Role = "kiosk"
    station: int | None = None


class Event(_Request):
    """One outbox event."""

    event_id: Annotated[str, Field(pattern=r"^[0-9A-Za-z][0-9A-Za-z._:-]{0,63}$",
                                   examples=["0d6f2b1e-7a7c-4a55-9a4f-3f1f4b9c8e21"])]
    seq: Annotated[int, Field(ge=1, le=MAX_INT)]
    type: Annotated[str, Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$",
                               examples=["request.created"])]
    created_at: Annotated[Text, Field(max_length=64, examples=["2026-11-24T09:12:03+01:00"])]
    payload: Any = Field(description="Any JSON value; the known event types need an object.")

    _payload_json: str = PrivateAttr(default="")
    _content_hash: str = PrivateAttr(default="")

    @model_validator(mode="after")
    def _canonical(self) -> Event:
        """Encode the payload once and hash the event (docs/PROTOCOL.md, "same content")."""
        try:
            self._payload_json = canonical_json(self.payload)
        except (ValueError, RecursionError):
            raise ValueError("payload: not representable as standard JSON "
                             "(NaN, Infinity or nested too deeply)") from None
        self._content_hash = content_hash(self.event_id, self.seq, self.type,
                                          self.created_at, self._payload_json)
        return self

    @property
    def payload_json(self) -> str:
        """The payload as canonical JSON (what is stored)."""
        return self._payload_json

    @property
    def hash(self) -> str:
        """SHA-256 (hex) of the event's canonical JSON."""
        return self._content_hash


class PushRequest(_Request):
    """``POST /api/v1/events``: a batch of events, sorted by seq."""

    software_version: SoftwareVersion | None = None
    backlog: Annotated[int, Field(ge=0, le=MAX_INT)] | None = None
    events: Annotated[list[Event], Field(min_length=1, max_length=MAX_BATCH)]

    @model_validator(mode="after")
    def _sorted_and_unique(self) -> PushRequest:
        """Sorted by seq, each seq and event_id once."""
        seqs = [e.seq for e in self.events]
        if any(b <= a for a, b in pairwise(seqs)):
            raise ValueError("events must be sorted by seq, each seq once")
        if len({e.event_id for e in self.events}) != len(self.events):
            raise ValueError("each event_id may appear only once in a batch")
        return self


Status = Literal["accepted", "rejected", "conflict", "gap"]


class EventResult(BaseModel):
    """What the server did with one event (``reason`` and ``expected_seq`` when useful)."""

    event_id: str
    seq: int
    status: Status
    replay: bool = False
    reason: str | None = None
    expected_seq: int | None = None


class PushReply(BaseModel):
    """One result per event, in the batch's order, and the seq the server is at."""

    last_seq: int
    results: list[EventResult]


class EnrolCodeRequest(_Request):
    """``POST /api/v1/admin/enrol-codes``."""

    site_code: SiteCode


class EnrolCodeReply(BaseModel):
    """A one-time enrolment code (shown once: the server keeps only its hash)."""

    code: str
    site_code: str
    expires_at: datetime


class DeviceInfo(BaseModel):
    """One device, as admins see it."""

    device_id: str
    site_code: str
    enrolled_at: datetime
    last_seen_at: datetime | None
    events_received: int
    last_seq: int
    backlog: int | None
    software_version: str | None
    revoked: bool
    revoked_at: datetime | None
    role: Role = "kiosk"
    station: int | None = None
    via: str | None = Field(default=None, description="the hall server a device is known "
                            "through (relayed devices have no credential here)")
    relayed_seq: int = Field(default=0, description="a hall server: the events of this "
                             "device up to this seq are at the centre")


class DeviceList(BaseModel):
    """``GET /api/v1/admin/devices``."""

    devices: list[DeviceInfo]


class CatalogRequest(_Request):
    """``POST /api/v1/admin/catalog``: every catalog file by name, with its JSON content."""

    catalog: dict[str, Any] = Field(examples=[{"services_civil.json": {"services": []}}])


class ReleaseReply(BaseModel):
    """A new bundle version."""

    version: int
    published_at: datetime


class SiteRequest(_Request):
    """``PUT /api/v1/admin/sites/{code}``."""

    name: Annotated[Text, Field(min_length=1, max_length=200)]
    counters: Annotated[int, Field(ge=1, le=100)]


class SiteReply(BaseModel):
    """A site's settings and the bundle version that carries them."""

    code: str
    name: str
    counters: int
    version: int


class StaffRequest(_Request):
    """``PUT /api/v1/admin/sites/{code}/staff``: the site's staff accounts, all of them.

    Each is ``{"id" (optional), "name", "role", "pin_hash"}`` (an argon2id hash, from
    ``kiosk staff hash-pin``; never a PIN); checked by the service (docs/STAFF.md).
    """

    staff: list[dict[str, Any]] = Field(max_length=1000, examples=[[{
        "name": "Amina El Idrissi", "role": "agent",
        "pin_hash": "$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA"}]])


class StaffReply(BaseModel):
    """A site's staff accounts published: how many, and the bundle version carrying them."""

    site_code: str
    accounts: int
    #: every account's id, in the order given (ids are made for entries without one)
    ids: list[str]
    version: int


# -- the hall's queue ------------------------------------------------------------------


class TicketInfo(BaseModel):
    """One ticket of the queue (no personal data); times in UTC."""

    request_id: str
    number: str = Field(examples=["C2-017"])
    site_code: str
    day: date
    service_id: str
    group: str
    priority: str | None
    issued_at: datetime
    state: Literal["waiting", "called", "served", "no_show", "cancelled"]
    counter: int | None
    called_at: datetime | None
    recalls: int
    served_at: datetime | None
    outcome: str | None
    transferred_from: str | None


class QueueReply(BaseModel):
    """``GET /api/v1/queue``: every ticket of the device's site on ``day``."""

    site_code: str
    day: date
    as_of: datetime
    tickets: list[TicketInfo]


class RequestInfo(BaseModel):
    """``GET /api/v1/queue/requests/{request_id}``: what the visitor entered and scanned.

    Personal data: for the agent at the counter.
    """

    request_id: str
    service_id: str
    lang: str
    fields: dict[str, str]
    scans: list[dict[str, Any]]
    documents_ready: list[str]
    priority: str | None
    created_at: datetime


# -- the relay from a hall server to the centre ---------------------------------------


class RelayItem(_Request):
    """One event of a device of the hall, as the hall server received it."""

    origin_device_id: Annotated[str, Field(pattern=DEVICE_ID_PATTERN,
                                           examples=["dev-3f9a1c2e5d7b9a10"])]
    origin_role: Role | None = None
    event: Event


class RelayRequest(_Request):
    """``POST /api/v1/relay``: events of the hall's devices, in the hall's arrival order
    (each device's in seq order)."""

    events: Annotated[list[RelayItem], Field(min_length=1, max_length=MAX_BATCH)]

    @model_validator(mode="after")
    def _sorted_and_unique(self) -> RelayRequest:
        """Per device: sorted by seq, each seq and event_id once."""
        last: dict[str, int] = {}
        ids: set[tuple[str, str]] = set()
        for item in self.events:
            origin, ev = item.origin_device_id, item.event
            if ev.seq <= last.get(origin, 0):
                raise ValueError("each device's events must be sorted by seq, each seq once")
            last[origin] = ev.seq
            if (origin, ev.event_id) in ids:
                raise ValueError("each event_id may appear only once per device in a batch")
            ids.add((origin, ev.event_id))
        return self


RelayStatusValue = Literal["accepted", "rejected", "conflict", "gap", "refused"]


class RelayResult(BaseModel):
    """What the centre did with one relayed event: the statuses of a push, and
    ``refused`` when the centre will not take events of this device from this hall."""

    origin_device_id: str
    event_id: str
    seq: int
    status: RelayStatusValue
    replay: bool = False
    reason: str | None = None
    expected_seq: int | None = None


class RelayReply(BaseModel):
    """One result per relayed event, in the batch's order."""

    results: list[RelayResult]


class RelayStatus(BaseModel):
    """The relay of a hall server to the centre (``kiosk server relay-status``)."""

    upstream_url: str | None
    pending: int = Field(description="events of the hall's devices not yet at the centre")
    relayed: int = Field(description="events relayed since the hall server was set up")
    last_attempt_at: datetime | None
    last_success_at: datetime | None
    last_error: str | None
    failures: int


class FieldBundleRequest(_Request):
    """``POST /api/v1/field-bundles``: a field bundle imported on a device (docs/FIELD.md),
    as read from the stick (base64 of the file's bytes: encrypted, signed)."""

    bundle: Annotated[str, Field(min_length=1, max_length=16_000_000)]


class FieldBundleReply(BaseModel):
    """What the centre did with a field bundle's events (counts: no personal data)."""

    bundle_id: str
    origin_device_id: str
    events: int
    #: how many events had each status (``accepted``, ``replay``, ``rejected``...)
    statuses: dict[str, int]
