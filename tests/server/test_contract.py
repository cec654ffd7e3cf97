"""Contract: schemathesis fuzzes every operation of the served OpenAPI document, with
valid and invalid inputs and valid credentials; no input may give a 5xx, and every
error has the ``{"error", "message"}`` body."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import hypothesis
import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given
from hypothesis import strategies as st
from schemathesis import GenerationMode

from kiosk.server import service
from kiosk.server.db import Database
from tests.server.common import catalog_files
from tests.server.conftest import Enrolled

#: Examples per operation and generation mode: about 8 operations x 2 modes.
EXAMPLES = 50


@pytest.mark.slow
def test_no_input_gives_a_server_error(client: TestClient, db: Database,
                                       admin_headers: dict[str, str],
                                       enrol: Callable[..., Enrolled]) -> None:
    device = enrol()
    # so that bundles are built and signed
    service.publish_catalog(db, service.check_catalog(catalog_files()))
    schema = schemathesis.openapi.from_asgi("/openapi.json", client.app)
    operations = [result.ok() for result in schema.get_all_operations()]
    labels = {op.label for op in operations}
    assert {"POST /api/v1/events", "GET /api/v1/bundle", "POST /api/v1/enrol",
            "POST /api/v1/admin/catalog", "PUT /api/v1/admin/sites/{code}"} <= labels
    seen: dict[int, int] = {}
    for op in operations:
        headers = admin_headers if "/admin/" in op.path else device.headers
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
            _fuzz(op, mode, headers, seen)
    # the fuzzing reached past authentication and validation
    assert seen.get(200, 0) + seen.get(201, 0) + seen.get(204, 0) > 0
    assert seen.get(422, 0) > 0


def _fuzz(op: Any, mode: GenerationMode, headers: dict[str, str],
          seen: dict[int, int]) -> None:
    @hypothesis.settings(max_examples=EXAMPLES, deadline=None, database=None,
                         derandomize=True, suppress_health_check=list(HealthCheck),
                         phases=[hypothesis.Phase.generate])
    @given(case=op.as_strategy(generation_mode=mode), use_auth=st.booleans())
    def check(case: Any, use_auth: bool) -> None:
        response = case.call(headers=dict(headers) if use_auth or mode is
                             GenerationMode.POSITIVE else None)
        seen[response.status_code] = seen.get(response.status_code, 0) + 1
        assert response.status_code < 500, (op.label, response.status_code, response.text)
        if response.status_code >= 400:
            body = response.json()
            assert set(body) == {"error", "message"}, (op.label, body)

    try:
        check()
    except hypothesis.errors.Unsatisfiable:
        # nothing to make invalid (an operation without parameters or body)
        assert mode is GenerationMode.NEGATIVE, op.label
