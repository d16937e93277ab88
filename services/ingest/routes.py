"""`POST /v3/memories/add/` and `GET /v1/ping/`."""

from __future__ import annotations

import time
from collections.abc import Callable

from fastapi import APIRouter, Request, Response

from memstream.asyncapi import asyncapi_document
from memstream.contracts import AddAccepted, AddMemoriesBody, error_responses
from memstream.http import PrincipalDep, read_json_body, request_context
from memstream.ratelimit import SharedBuckets
from services.ingest.adds import accept_add, limit_headers, rate_limited
from services.ingest.publisher import AddPublisher

__all__ = ["build_router"]


_ADD_BODY_DOC = {
    "requestBody": {
        "required": True,
        "content": {"application/json": {"schema": AddMemoriesBody.model_json_schema()}},
    }
}


def build_router(
    get_publisher: Callable[[], AddPublisher],
    max_body_bytes: int,
    topic_prefix: str,
    limiter: SharedBuckets,
) -> APIRouter:
    router = APIRouter(tags=["memories"])
    topics_document = asyncapi_document(topic_prefix)

    @router.get("/asyncapi.json", include_in_schema=False)
    async def asyncapi() -> dict[str, object]:
        """The AsyncAPI document of the topics, for those who produce instead of posting."""
        return topics_document

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
    ) -> AddAccepted:
        # The fast path in front may have taken this request's token already.
        decision = getattr(request.state, "rate_limit_decision", None) or limiter.take(
            principal.key_digest, time.monotonic()
        )
        response.headers.update(limit_headers(decision))
        if not decision.allowed:
            raise rate_limited(decision, principal)
        body = AddMemoriesBody.model_validate(await read_json_body(request, max_body_bytes))
        return await accept_add(get_publisher(), principal, body, request_context(request))

    return router
