"""What accepting an add means, shared by the route and the fast path in front of it."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from memstream.auth.principals import Principal
from memstream.contracts.errors import ApiError
from memstream.contracts.requests import AddAccepted, AddMemoriesBody, AddRequest
from memstream.observability.logs import get_logger
from memstream.observability.request_ids import RequestContext

from .errors import BrokerUnavailableError, OverloadedError, RecordTooLargeError
from .publisher import AddPublisher
from .ratelimit import Decision

__all__ = ["accept_add", "limit_headers", "rate_limited"]

log = get_logger(__name__)


def limit_headers(decision: Decision) -> dict[str, str]:
    return {
        "X-RateLimit-Limit": str(decision.limit),
        "X-RateLimit-Remaining": str(decision.remaining),
        "X-RateLimit-Reset": str(decision.reset_s),
    }


def rate_limited(decision: Decision, principal: Principal) -> ApiError:
    log.info("add_rate_limited", project_id=principal.project_id)
    headers = {"Retry-After": str(decision.retry_after_s), **limit_headers(decision)}
    return ApiError(429, "Rate limit exceeded for this API key.", headers)


async def accept_add(
    publisher: AddPublisher, principal: Principal, body: AddMemoriesBody, context: RequestContext
) -> AddAccepted:
    """Publishes the add under a new event id; an `ApiError` says why it was not accepted."""
    record = AddRequest(
        **body.model_dump(exclude={"filters"}),
        event_id=uuid.uuid4(),
        org_id=principal.org_id,
        project_id=principal.project_id,
        received_at=datetime.now(UTC),
    )
    try:
        await publisher.publish(record, context)
    except OverloadedError as exc:
        raise ApiError(
            503, "Too many requests are waiting for the queue; retry shortly.", {"Retry-After": "1"}
        ) from exc
    except RecordTooLargeError as exc:
        raise ApiError(413, "The request is too large for the queue.") from exc
    except BrokerUnavailableError as exc:
        log.warning("publish_failed", event_id=str(record.event_id), error=str(exc))
        raise ApiError(503, "The queue is unavailable; retry later.", {"Retry-After": "1"}) from exc
    log.info("add_accepted", event_id=str(record.event_id), project_id=principal.project_id)
    return AddAccepted(event_id=record.event_id)
