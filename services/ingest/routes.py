"""`POST /v3/memories/add/` and `GET /v1/ping/`."""

from __future__ import annotations

import time
from typing import Annotated, Any

from fastapi import APIRouter, Header, Request, Response

from memstream.asgi import RATE_LIMIT_DECISION
from memstream.contracts.asyncapi import asyncapi_document
from memstream.contracts.errors import ErrorBody, error_responses
from memstream.contracts.requests import AddAccepted, AddMemoriesBody
from memstream.web.adds import (
    IDEMPOTENCY_KEY,
    IDEMPOTENCY_KEY_PATTERN,
    accept_add,
    add_and_wait,
    limit_headers,
    rate_limited,
)
from memstream.web.handlers import PrincipalDep, read_json_body, request_context, validated

from .deps import EndingsDep, LimiterDep, PublisherDep, SettingsDep

__all__ = ["router"]

router = APIRouter(tags=["memories"])

_ADD_BODY_DOC = {
    "requestBody": {
        "required": True,
        "content": {"application/json": {"schema": AddMemoriesBody.model_json_schema()}},
    }
}


@router.get("/asyncapi.json", include_in_schema=False)
async def asyncapi(settings: SettingsDep) -> dict[str, Any]:
    """The AsyncAPI document of the topics, for those who produce instead of posting."""
    return asyncapi_document(settings.kafka.topic_prefix)


@router.get("/v1/ping/", responses=error_responses(400, 401))
async def ping(principal: PrincipalDep) -> dict[str, str | None]:
    return {
        "status": "ok",
        "org_id": principal.org_id,
        "project_id": principal.project_id,
        "user_email": principal.user_email,
    }


_RESULTS = {"type": "array", "items": {"type": "object"}}

_ADD_RESPONSES: dict[int | str, dict[str, Any]] = {
    **error_responses(400, 401, 413, 415),
    200: {
        "description": "Accepted: the broker acknowledged the request (acks=all); it will be "
        "processed and its event ends SUCCEEDED or FAILED. Poll /v1/event/{event_id}/. With "
        "`async_mode: false`, answered once the event ended: `{results: [...]}` (`output_format"
        " v1.0`: the bare list), or past the wait this queued answer.",
        "content": {
            "application/json": {
                "schema": {
                    "anyOf": [
                        AddAccepted.model_json_schema(),
                        {
                            "type": "object",
                            "required": ["results"],
                            "properties": {"results": _RESULTS},
                        },
                        _RESULTS,
                    ]
                }
            }
        },
    },
    500: {"model": ErrorBody, "description": "`async_mode: false`: the event FAILED."},
    429: {
        "model": ErrorBody,
        "description": "Over this key's rate limit: nothing was published. Retry after "
        "`Retry-After` seconds.",
    },
    503: {
        "model": ErrorBody,
        "description": "Not acknowledged by the broker in time (or it is known to be "
        "unreachable, or too many adds wait for it): the add MAY still be processed, if its "
        "record reached the broker before the failure. Retry after `Retry-After` seconds "
        "with the same `Idempotency-Key`: the retry gets the first attempt's event id and "
        "the event is processed once.",
    },
}


@router.post(
    "/v3/memories/add/",
    response_model=None,
    openapi_extra=_ADD_BODY_DOC,
    responses=_ADD_RESPONSES,
)
async def add_memories(
    request: Request,
    response: Response,
    principal: PrincipalDep,
    publisher: PublisherDep,
    limiter: LimiterDep,
    settings: SettingsDep,
    endings: EndingsDep,
    idempotency_key: Annotated[
        str | None,
        Header(
            alias=IDEMPOTENCY_KEY,
            pattern=IDEMPOTENCY_KEY_PATTERN,
            description="Makes retries safe: every add of a project with this key gets one "
            "event id, processed once (1 to 255 visible ASCII characters; a new key per add). "
            "The extractor remembers an ended event for 24 h.",
        ),
    ] = None,
) -> Any:
    # The fast path in front may have taken this request's token already.
    decision = getattr(request.state, RATE_LIMIT_DECISION, None) or limiter.take(
        principal.key_digest, time.monotonic()
    )
    response.headers.update(limit_headers(decision))
    if not decision.allowed:
        raise rate_limited(decision, principal)
    raw = await read_json_body(request, settings.http.max_body_bytes)
    body = validated(AddMemoriesBody, raw, "add")
    context = request_context(request)
    if body.async_mode:
        return await accept_add(publisher, principal, body, context, idempotency_key)
    wait_s = settings.http.sync_add_wait_s
    return await add_and_wait(publisher, endings, principal, body, context, wait_s, idempotency_key)
