"""`POST /v3/memories/add/` and `GET /v1/ping/`."""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime

from fastapi import APIRouter, Depends, Request, Response

from memstream.asyncapi import asyncapi_document
from memstream.contracts import AddAccepted, AddMemoriesBody, AddRequest, error_responses
from memstream.errors import (
    ApiError,
    BrokerUnavailableError,
    OverloadedError,
    RecordTooLargeError,
)
from memstream.http import PrincipalDep, read_json_body, request_context
from memstream.logs import get_logger
from memstream.ratelimit import Decision, SharedBuckets
from services.ingest.publisher import AddPublisher

__all__ = ["build_router"]

log = get_logger(__name__)

_ADD_BODY_DOC = {
    "requestBody": {
        "required": True,
        "content": {"application/json": {"schema": AddMemoriesBody.model_json_schema()}},
    }
}


def _limit_headers(decision: Decision) -> dict[str, str]:
    return {
        "X-RateLimit-Limit": str(decision.limit),
        "X-RateLimit-Remaining": str(decision.remaining),
        "X-RateLimit-Reset": str(decision.reset_s),
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
        publisher: AddPublisher = Depends(get_publisher),  # noqa: B008
    ) -> AddAccepted:
        decision = limiter.take(principal.key_digest, time.monotonic())
        response.headers.update(_limit_headers(decision))
        if not decision.allowed:
            log.info("add_rate_limited", project_id=principal.project_id)
            headers = {"Retry-After": str(decision.retry_after_s), **_limit_headers(decision)}
            raise ApiError(429, "Rate limit exceeded for this API key.", headers)
        body = AddMemoriesBody.model_validate(await read_json_body(request, max_body_bytes))
        record = AddRequest(
            **body.model_dump(exclude={"filters"}),
            event_id=uuid.uuid4(),
            org_id=principal.org_id,
            project_id=principal.project_id,
            received_at=datetime.now(UTC),
        )
        try:
            await publisher.publish(record, request_context(request))
        except OverloadedError as exc:
            raise ApiError(
                503,
                "Too many requests are waiting for the queue; retry shortly.",
                {"Retry-After": "1"},
            ) from exc
        except RecordTooLargeError as exc:
            raise ApiError(413, "The request is too large for the queue.") from exc
        except BrokerUnavailableError as exc:
            log.warning("publish_failed", event_id=str(record.event_id), error=str(exc))
            raise ApiError(
                503, "The queue is unavailable; retry later.", {"Retry-After": "1"}
            ) from exc
        log.info("add_accepted", event_id=str(record.event_id), project_id=principal.project_id)
        return AddAccepted(event_id=record.event_id)

    return router
