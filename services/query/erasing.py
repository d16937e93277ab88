"""Erasing an entity's memories: what `DELETE /v1/memories/` and
`DELETE /v2/entities/{type}/{name}/` share."""

from __future__ import annotations

import time
import uuid

from fastapi import Request
from pydantic import ValidationError

from memstream.auth.principals import Principal
from memstream.contracts.entities import EntityIds
from memstream.contracts.errors import ApiError, validation_message
from memstream.kafka.publishing import BrokerUnavailableError, RecordTooLargeError
from memstream.observability.logs import get_logger
from memstream.web.adds import rate_limited
from memstream.web.handlers import request_context
from memstream.web.ratelimit import SharedBuckets

from .publisher import ChangePublisher

__all__ = ["entity_ids", "erase"]

log = get_logger(__name__)


def entity_ids(given: dict[str, str]) -> EntityIds:
    """The entity ids to erase; bad ones are a 400."""
    try:
        return EntityIds.model_validate(given)
    except ValidationError as exc:
        raise ApiError(400, validation_message(exc.errors())) from None


async def erase(
    request: Request,
    principal: Principal,
    publisher: ChangePublisher | None,
    limiter: SharedBuckets,
    entities: EntityIds,
) -> uuid.UUID:
    """Queue the erasure of `entities`' memories; its event id, to poll. An erasure takes
    a token of the key's rate limit as an add does: it writes to every partition, and a
    flood of them delays every project's adds."""
    decision = limiter.take(principal.key_digest, time.monotonic())
    if not decision.allowed:
        raise rate_limited(decision, principal)
    if publisher is None:
        raise ApiError(503, "This query service has no broker (MEMSTREAM_KAFKA_BOOTSTRAP).")
    try:
        event_id = await publisher.erase(
            principal.org_id, principal.project_id, entities, request_context(request)
        )
    except (BrokerUnavailableError, RecordTooLargeError) as exc:
        log.warning("erasure_not_queued", error=str(exc))
        raise ApiError(503, "The queue is unavailable; retry later.", {"Retry-After": "1"}) from exc
    log.info("erasure_accepted", event_id=str(event_id), project_id=principal.project_id)
    return event_id
