"""`POST /v1/memories/`: the add of the 0.1.x and 1.x SDKs.

The ingress gives every method of `/v1/memories/` to query (GET is the 0.1.x listing,
DELETE is delete_all), so query accepts these adds as ingest accepts `/v3/memories/add/`:
the same body, validation, rate limit (this process's buckets), publisher and answers
(memstream.web.adds), on query's producer.
"""

from __future__ import annotations

import time
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, Request, Response

from memstream.contracts.errors import ApiError, ErrorBody, error_responses
from memstream.contracts.requests import AddAccepted, AddMemoriesBody
from memstream.kafka.adds import AddPublisher
from memstream.kafka.endings import EventEndings
from memstream.web.adds import (
    IDEMPOTENCY_KEY,
    IDEMPOTENCY_KEY_PATTERN,
    accept_add,
    add_and_wait,
    limit_headers,
    rate_limited,
)
from memstream.web.handlers import (
    PrincipalDep,
    component_part,
    read_json_body,
    request_context,
    validated,
)
from memstream.web.validation import body_of

from .deps import LimiterDep, SettingsDep

__all__ = ["router"]

router = APIRouter(tags=["memories"])

# None when the service runs without a broker: adds then answer 503.
AddsDep = Annotated[AddPublisher | None, Depends(component_part("query", "adds"))]
EndingsDep = Annotated[EventEndings | None, Depends(component_part("query", "endings"))]


@router.post(
    "/v1/memories/",
    response_model=None,
    openapi_extra=body_of(AddMemoriesBody),
    responses={
        **error_responses(400, 401, 413, 415, 429, 503),
        200: {
            "description": "The 0.1.x and 1.x SDKs' add: as POST /v3/memories/add/ answers.",
            "content": {"application/json": {"schema": {}}},
        },
        500: {"model": ErrorBody, "description": "`async_mode: false`: the event FAILED."},
    },
)
async def add_memories_v1(
    request: Request,
    response: Response,
    principal: PrincipalDep,
    adds: AddsDep,
    endings: EndingsDep,
    limiter: LimiterDep,
    settings: SettingsDep,
    idempotency_key: Annotated[
        str | None, Header(alias=IDEMPOTENCY_KEY, pattern=IDEMPOTENCY_KEY_PATTERN)
    ] = None,
) -> Any:
    decision = limiter.take(principal.key_digest, time.monotonic())
    response.headers.update(limit_headers(decision))
    if not decision.allowed:
        raise rate_limited(decision, principal)
    raw = await read_json_body(request, settings.http.max_body_bytes)
    body = validated(AddMemoriesBody, raw, "add")
    if adds is None or endings is None:
        raise ApiError(503, "This query service has no broker (MEMSTREAM_KAFKA_BOOTSTRAP).")
    context = request_context(request)
    if body.async_mode:
        accepted: AddAccepted = await accept_add(adds, principal, body, context, idempotency_key)
        return accepted
    wait_s = settings.http.sync_add_wait_s
    return await add_and_wait(adds, endings, principal, body, context, wait_s, idempotency_key)
