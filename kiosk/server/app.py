"""The HTTP API of docs/PROTOCOL.md (FastAPI), built by :func:`create_app`.

Endpoints are plain functions run in FastAPI's thread pool; each calls one function
of :mod:`kiosk.server.service` (one database transaction).  Every error, including
validation errors and unknown routes, has the body ``{"error": CODE, "message": TEXT}``.
Request bodies larger than :data:`MAX_BODY_BYTES` are refused with ``413``.

``uvicorn --factory kiosk.server.app:app_from_env`` builds the app from the
environment (``JISR_SERVER_DATA_DIR``, ``JISR_SERVER_DATABASE_URL``): that is how each
worker process of ``kiosk server --workers N`` builds its own.
"""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping, MutableMapping
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import date
from typing import Annotated, Any

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from fastapi import Depends, FastAPI, Path, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import text
from starlette.exceptions import HTTPException as StarletteHTTPException

from kiosk import __version__
from kiosk.domain.field_bundle import box_key_text
from kiosk.domain.payloads import PrivateKey
from kiosk.domain.payloads.cose import sign1
from kiosk.errors import CatalogError
from kiosk.keys import public_key_pem
from kiosk.server import service
from kiosk.server.db import Database, DatabaseUnavailable
from kiosk.server.models import (
    MAX_INT,
    SITE_CODE_PATTERN,
    CatalogRequest,
    DeviceInfo,
    DeviceList,
    EnrolCodeReply,
    EnrolCodeRequest,
    EnrolReply,
    EnrolRequest,
    ErrorBody,
    FieldBundleReply,
    FieldBundleRequest,
    Health,
    PushReply,
    PushRequest,
    QueueReply,
    RelayReply,
    RelayRequest,
    RelayStatus,
    ReleaseReply,
    RequestInfo,
    SiteReply,
    SiteRequest,
    StaffReply,
    StaffRequest,
)
from kiosk.server.service import field as field_service
from kiosk.server.settings import (
    ServerSettings,
    admin_token,
    centre_box_key,
    centre_key,
    same_secret,
)

log = logging.getLogger(__name__)

#: Largest request body accepted (a batch of 1000 large events fits well within).
MAX_BODY_BYTES = 16 * 1024 * 1024
#: Seconds a client should wait when the database is unavailable.
RETRY_AFTER_SECONDS = 5
COSE_MEDIA_TYPE = "application/cose"
_BUNDLE_CACHE_SIZE = 64

_STATUS_CODES = {400: "bad_request", 401: "unauthenticated", 403: "forbidden",
                 404: "not_found", 405: "method_not_allowed", 406: "not_acceptable",
                 413: "too_large", 415: "unsupported_media_type", 422: "invalid",
                 429: "busy", 500: "internal", 503: "unavailable"}

device_bearer = HTTPBearer(auto_error=False, scheme_name="device",
                           description="Bearer DEVICE_ID.SECRET (the enrolment credential)")
admin_bearer = HTTPBearer(auto_error=False, scheme_name="admin",
                          description="Bearer ADMIN_TOKEN (kiosk server admin-token)")
_ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorBody} for code in (401, 413, 422, 503)}


@dataclass
class ServerState:
    """What every request needs: the database, the centre's key, the admin token."""

    db: Database
    key: PrivateKey
    admin_token: str
    centre_pem: str = ""
    #: the centre's X25519 key: field bundles are encrypted for it (docs/FIELD.md)
    box_key: X25519PrivateKey | None = None
    _bundles: OrderedDict[tuple[int, str], bytes] = field(default_factory=OrderedDict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def __post_init__(self) -> None:
        self.centre_pem = public_key_pem(self.key.public_key())

    def signed_bundle(self, site_code: str, have: int) -> tuple[int, bytes] | None:
        """The COSE_Sign1 bundle for ``site_code`` if newer than ``have`` (cached:
        every change of its content makes a new version)."""
        latest = service.latest_version(self.db)
        if latest is None or latest <= have:
            return None
        with self._lock:
            cached = self._bundles.get((latest, site_code))
        if cached is not None:
            return latest, cached
        box = box_key_text(self.box_key.public_key()) if self.box_key is not None else None
        content = service.bundle_payload(self.db, site_code, self.centre_pem, have,
                                         centre_box_key=box)
        if content is None:
            return None
        message = sign1(content.payload, self.key)
        with self._lock:
            self._bundles[(content.version, site_code)] = message
            while len(self._bundles) > _BUNDLE_CACHE_SIZE:
                self._bundles.popitem(last=False)
        return content.version, message


def _error(status: int, code: str, message: str,
           headers: Mapping[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"error": code, "message": message}, status_code=status,
                        headers=headers)


def _validation_message(exc: RequestValidationError) -> str:
    """Where and what, never the value (it may be personal data)."""
    parts = []
    for err in exc.errors()[:5]:
        where = ".".join(str(p) for p in err.get("loc", ()) if p != "body") or "body"
        parts.append(f"{where}: {err.get('msg', 'invalid')}")
    more = len(exc.errors()) - 5
    return "; ".join(parts) + (f" (and {more} more)" if more > 0 else "")


class BodyLimit:
    """ASGI middleware: refuse bodies over ``limit`` bytes with 413 (declared or streamed)."""

    def __init__(self, app: Any, limit: int = MAX_BODY_BYTES) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: MutableMapping[str, Any],
                       receive: Callable[[], Awaitable[MutableMapping[str, Any]]],
                       send: Callable[[MutableMapping[str, Any]], Awaitable[None]]) -> None:
        """Pass the request on, counting its body."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers", [])).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.limit):
            too_large = declared.isdigit()
            response = _error(413 if too_large else 400,
                              "too_large" if too_large else "bad_request",
                              f"request body over {self.limit} bytes" if too_large
                              else "bad Content-Length")
            await response(scope, receive, send)
            return
        seen = 0

        async def counted() -> MutableMapping[str, Any]:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    raise StarletteHTTPException(413, f"request body over {self.limit} bytes")
            return message

        await self.app(scope, counted, send)


def _state(request: Request) -> ServerState:
    state: ServerState = request.app.state.jisr
    return state


def current_device(request: Request,
                   creds: Annotated[HTTPAuthorizationCredentials | None,
                                    Depends(device_bearer)]) -> service.AuthenticatedDevice:
    """The device whose credential is in ``Authorization`` (401 otherwise)."""
    return service.authenticate(_state(request).db, creds.credentials if creds else None)


def require_admin(request: Request,
                  creds: Annotated[HTTPAuthorizationCredentials | None,
                                   Depends(admin_bearer)]) -> None:
    """401 unless ``Authorization`` holds the admin token (compared in constant time)."""
    if creds is None or not same_secret(creds.credentials, _state(request).admin_token):
        raise service.Unauthenticated("the admin token is needed: Authorization: "
                                      "Bearer ADMIN_TOKEN")


CurrentDevice = Annotated[service.AuthenticatedDevice, Depends(current_device)]


def create_app(settings: ServerSettings | None = None,
               database: Database | None = None) -> FastAPI:
    """The API on ``settings`` (default: from the environment).

    The database must already be migrated (``kiosk server`` does it before starting
    workers).  The centre key and the admin token are made if missing.
    """
    settings = settings or ServerSettings.resolve()
    db = database or Database(settings.database_url)
    state = ServerState(db=db, key=centre_key(settings), admin_token=admin_token(settings),
                        box_key=centre_box_key(settings))

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        if database is None:  # ours: close its connections
            db.dispose()

    app = FastAPI(title="Jisr centre", version=__version__,
                  description="The Jisr sync protocol, version 1 (docs/PROTOCOL.md).",
                  responses=_ERRORS, lifespan=lifespan)
    app.state.jisr = state
    app.add_middleware(BodyLimit, limit=MAX_BODY_BYTES)
    _install_error_handlers(app)

    admin_only = [Depends(require_admin)]

    @app.get("/api/v1/health", response_model=Health, tags=["health"])
    def health() -> Health:
        """The server runs and reaches its database (no authentication)."""
        with db.read() as conn:
            conn.execute(text("SELECT 1"))
        return Health(status="ok", version=__version__)

    @app.post("/api/v1/enrol", response_model=EnrolReply, status_code=201, tags=["device"],
              responses={403: {"model": ErrorBody, "description": "bad_code"}})
    def enrol(body: EnrolRequest) -> EnrolReply:
        """Enrol a device with a one-time code."""
        return service.enrol(db, body.code, body.install_id, body.software_version,
                             body.ticket_key_pem, state.centre_pem, role=body.role)

    @app.post("/api/v1/events", response_model=PushReply, response_model_exclude_none=True,
              tags=["device"])
    def push(body: PushRequest, who: CurrentDevice) -> PushReply:
        """Push outbox events (one transaction; see the table in PROTOCOL.md)."""
        return service.push(db, who.device_id, body)

    @app.post("/api/v1/relay", response_model=RelayReply, response_model_exclude_none=True,
              tags=["device"], responses={403: {"model": ErrorBody,
                                                "description": "forbidden: not a hall"}})
    def relay(body: RelayRequest, who: CurrentDevice) -> RelayReply:
        """Events of a hall's devices, relayed by its hall server (role ``hall``)."""
        return service.relay(db, who, body)

    @app.post("/api/v1/field-bundles", response_model=FieldBundleReply, tags=["device"],
              responses={403: {"model": ErrorBody, "description": "forbidden: unknown origin"},
                         422: {"model": ErrorBody, "description": "invalid: damaged bundle"}})
    def field_bundle(body: FieldBundleRequest, who: CurrentDevice) -> FieldBundleReply:
        """A field bundle imported on a device (docs/FIELD.md): its events, applied
        under the device that made it (idempotent)."""
        assert state.box_key is not None
        return field_service.import_bundle(db, state.box_key, who, body.bundle)

    @app.get("/api/v1/queue", response_model=QueueReply, tags=["device"])
    def day_queue(who: CurrentDevice, day: date) -> QueueReply:
        """Every ticket of the device's site on ``day`` (YYYY-MM-DD), no personal data."""
        return service.day_queue(db, who.site_code, day)

    @app.get("/api/v1/queue/requests/{request_id}", response_model=RequestInfo,
             tags=["device"], responses={404: {"model": ErrorBody}})
    def request_details(who: CurrentDevice,
                        request_id: Annotated[str, Path(min_length=1, max_length=64)]
                        ) -> RequestInfo:
        """What the visitor of a ticket of the device's site entered and scanned."""
        found = service.request_info(db, who.site_code, request_id)
        if found is None:
            raise service.NotFound("no such request at this site")
        return found

    @app.get("/api/v1/bundle", tags=["device"], response_class=Response,
             responses={200: {"content": {COSE_MEDIA_TYPE: {}},
                              "description": "COSE_Sign1 bundle; header X-Bundle-Version"},
                        204: {"description": "nothing newer than `have`"}})
    def bundle(who: CurrentDevice,
               have: Annotated[int, Query(ge=0, le=MAX_INT)] = 0) -> Response:
        """The reference bundle for the device's site, if newer than ``have``."""
        service.touch_device(db, who.device_id)
        found = state.signed_bundle(who.site_code, have)
        if found is None:
            return Response(status_code=204)
        version, message = found
        return Response(message, media_type=COSE_MEDIA_TYPE,
                        headers={"X-Bundle-Version": str(version)})

    @app.post("/api/v1/admin/enrol-codes", response_model=EnrolCodeReply, status_code=201,
              dependencies=admin_only, tags=["admin"])
    def enrol_code(body: EnrolCodeRequest) -> EnrolCodeReply:
        """A one-time enrolment code for a site (valid 24 hours)."""
        return service.make_enrol_code(db, body.site_code)

    @app.get("/api/v1/admin/devices", response_model=DeviceList, dependencies=admin_only,
             tags=["admin"])
    def device_list() -> DeviceList:
        """Every device."""
        return DeviceList(devices=service.list_devices(db))

    @app.get("/api/v1/admin/relay", response_model=RelayStatus, dependencies=admin_only,
             tags=["admin"])
    def relay_status() -> RelayStatus:
        """The relay of this hall server to the centre."""
        from kiosk.server.upstream import load_upstream
        upstream = load_upstream(settings.data_dir)
        return service.relay_status(db, upstream.url if upstream else None)

    @app.post("/api/v1/admin/devices/{device_id}/revoke", response_model=DeviceInfo,
              dependencies=admin_only, tags=["admin"],
              responses={404: {"model": ErrorBody}})
    def revoke(device_id: Annotated[str, Path(max_length=64)]) -> DeviceInfo:
        """Revoke a device: its credential stops working."""
        return service.revoke(db, device_id)

    @app.post("/api/v1/admin/catalog", response_model=ReleaseReply, status_code=201,
              dependencies=admin_only, tags=["admin"])
    def publish(body: CatalogRequest) -> ReleaseReply:
        """Publish a catalog (a new bundle version); 422 invalid_catalog if not valid."""
        return service.publish_catalog(db, service.check_catalog(body.catalog))

    @app.put("/api/v1/admin/sites/{code}", response_model=SiteReply,
             dependencies=admin_only, tags=["admin"])
    def put_site(code: Annotated[str, Path(pattern=SITE_CODE_PATTERN)],
                 body: SiteRequest) -> SiteReply:
        """Set a site's settings (a new bundle version)."""
        return service.set_site(db, code, body.name, body.counters)

    @app.put("/api/v1/admin/sites/{code}/staff", response_model=StaffReply,
             dependencies=admin_only, tags=["admin"])
    def put_staff(code: Annotated[str, Path(pattern=SITE_CODE_PATTERN)],
                  body: StaffRequest) -> StaffReply:
        """Replace a site's staff accounts (a new bundle version); 422 ``invalid`` naming
        the first refused entry and field (docs/STAFF.md)."""
        return service.publish_staff(db, code, body.staff)

    return app


def _install_error_handlers(app: FastAPI) -> None:
    async def on_service(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, service.ServiceError)
        headers = {"WWW-Authenticate": "Bearer"} if exc.status == 401 else None
        return _error(exc.status, exc.code, exc.message, headers)

    async def on_catalog(request: Request, exc: Exception) -> Response:
        return _error(422, "invalid_catalog", str(exc))

    async def on_database(request: Request, exc: Exception) -> Response:
        return _error(503, "unavailable", "the database is unavailable; try again later",
                      {"Retry-After": str(RETRY_AFTER_SECONDS)})

    async def on_validation(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        return _error(422, "invalid", _validation_message(exc))

    async def on_http(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, StarletteHTTPException)
        code = _STATUS_CODES.get(exc.status_code, f"http_{exc.status_code}")
        detail = exc.detail if isinstance(exc.detail, str) else code
        return _error(exc.status_code, code, detail, exc.headers)

    async def on_bug(request: Request, exc: Exception) -> Response:
        log.error("internal error on %s %s: %s", request.method, request.url.path,
                  type(exc).__name__)
        return _error(500, "internal", "internal server error")

    app.add_exception_handler(service.ServiceError, on_service)
    app.add_exception_handler(CatalogError, on_catalog)
    app.add_exception_handler(DatabaseUnavailable, on_database)
    app.add_exception_handler(RequestValidationError, on_validation)
    app.add_exception_handler(StarletteHTTPException, on_http)
    app.add_exception_handler(Exception, on_bug)


def app_from_env() -> FastAPI:
    """The app for a uvicorn worker: settings from ``JISR_SERVER_*`` variables."""
    return create_app(ServerSettings.resolve())
