"""`POST /v3/memories/add/` and `GET /v1/ping/`."""

from __future__ import annotations

import time
from typing import Any

from fastapi import APIRouter, Request, Response

from memstream.asgi import RATE_LIMIT_DECISION
from memstream.contracts.asyncapi import asyncapi_document
from memstream.contracts.errors import error_responses
from memstream.contracts.requests import AddAccepted, AddMemoriesBody
from memstream.web.handlers import PrincipalDep, read_json_body, request_context

from .adds import accept_add, limit_headers, rate_limited
from .deps import LimiterDep, PublisherDep, SettingsDep

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


@router.get("/v1/ping/", responses=error_responses(401))
async def ping(principal: PrincipalDep) -> dict[str, str | None]:
    return {
        "status": "ok",
        "org_id": principal.org_id,
        "project_id": principal.project_id,
        "user_email": principal.user_email,
    }


@router.post(
    "/v3/memories/add/",
    response_model=AddAccepted,
    openapi_extra=_ADD_BODY_DOC,
    responses=error_responses(400, 401, 413, 415, 422, 429, 503),
)
async def add_memories(
    request: Request,
    response: Response,
    principal: PrincipalDep,
    publisher: PublisherDep,
    limiter: LimiterDep,
    settings: SettingsDep,
) -> AddAccepted:
    # The fast path in front may have taken this request's token already.
    decision = getattr(request.state, RATE_LIMIT_DECISION, None) or limiter.take(
        principal.key_digest, time.monotonic()
    )
    response.headers.update(limit_headers(decision))
    if not decision.allowed:
        raise rate_limited(decision, principal)
    raw = await read_json_body(request, settings.http.max_body_bytes)
    body = AddMemoriesBody.model_validate(raw)
    return await accept_add(publisher, principal, body, request_context(request))
