"""What accepting an add means, shared by the route and the fast path in front of it.

An add sent with an `Idempotency-Key` header (the IETF httpapi draft, Stripe's
convention) gets an event id derived from its org, project and key: a retry, on any
replica, before or after a restart, is answered with the first attempt's event id, and
the extractor processes that event once (services/extractor/finished.py). A retry is
what makes a 503 safe: an add answered 503 may still be processed, if its record
reached the broker before the failure was seen.
"""

from __future__ import annotations

import asyncio
import re
import time
import uuid
from datetime import UTC, datetime
from typing import Any

from memstream.auth.principals import Principal
from memstream.contracts.errors import ApiError
from memstream.contracts.events import EventSnapshot, EventStatus
from memstream.contracts.ids import event_key, idempotent_event_id
from memstream.contracts.requests import AddAccepted, AddMemoriesBody, AddRequest
from memstream.kafka.adds import AddPublisher
from memstream.kafka.endings import EventEndings
from memstream.kafka.publishing import (
    BrokerUnavailableError,
    OverloadedError,
    RecordTooLargeError,
)
from memstream.observability.logs import LineSampler, get_logger
from memstream.observability.request_ids import RequestContext
from memstream.web.ratelimit import Decision

__all__ = [
    "IDEMPOTENCY_KEY",
    "IDEMPOTENCY_KEY_PATTERN",
    "accept_add",
    "add_and_wait",
    "ended_answer",
    "limit_headers",
    "rate_limited",
    "valid_idempotency_key",
]

log = get_logger(__name__)
# An info line per accepted add was 6% of an add's CPU at thousands a second: at most ten
# a second per process, each with its event id and the count of adds not logged between.
_ACCEPTED_LINES = LineSampler(0.1)

IDEMPOTENCY_KEY = "Idempotency-Key"
IDEMPOTENCY_KEY_PATTERN = r"^[!-~]{1,255}$"  # 1 to 255 visible ASCII characters
_IDEMPOTENCY_KEY = re.compile(IDEMPOTENCY_KEY_PATTERN)


def valid_idempotency_key(value: str) -> bool:
    return _IDEMPOTENCY_KEY.fullmatch(value) is not None


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
    publisher: AddPublisher,
    principal: Principal,
    body: AddMemoriesBody,
    context: RequestContext,
    idempotency_key: str | None = None,
) -> AddAccepted:
    """Publishes the add under its event id (new, or the key's); an `ApiError` says why
    it was not accepted."""
    return await _publish(
        publisher, principal, body, context, _event_id(principal, idempotency_key)
    )


def _event_id(principal: Principal, idempotency_key: str | None) -> uuid.UUID:
    if idempotency_key is None:
        return uuid.uuid4()
    return idempotent_event_id(principal.org_id, principal.project_id, idempotency_key)


async def add_and_wait(
    publisher: AddPublisher,
    endings: EventEndings,
    principal: Principal,
    body: AddMemoriesBody,
    context: RequestContext,
    wait_s: float,
    idempotency_key: str | None = None,
) -> Any:
    """An add with `async_mode=false`: published, then answered once its event ended
    (`ended_answer`), or, past `wait_s`, with the queued answer (the event still pollable).
    A retry of an add that already ended is answered from its ending, as the first was."""
    event_id = _event_id(principal, idempotency_key)
    key = event_key(principal.org_id, principal.project_id, event_id)
    try:
        ended = await endings.expect(key)
    except Exception as exc:
        log.warning("event_endings_unavailable", error=type(exc).__name__)
        raise ApiError(503, "The queue is unavailable; retry later.", {"Retry-After": "1"}) from exc
    try:
        accepted = await _publish(publisher, principal, body, context, event_id)
        keyed = idempotency_key is not None
        snapshot = await _ending(endings, key, ended, keyed, wait_s)
    finally:
        endings.forget(key, ended)
    if snapshot is None:
        log.info("add_wait_elapsed", event_id=str(event_id))
        return accepted.model_dump(mode="json")
    return ended_answer(snapshot, body.output_format)


async def _ending(
    endings: EventEndings,
    key: bytes,
    ended: asyncio.Future[EventSnapshot],
    maybe_retried: bool,
    wait_s: float,
) -> EventSnapshot | None:
    """The event's terminal snapshot within `wait_s`, or None. A keyed add may retry one
    that already ended, whose record the extractor skips: its ending is looked up first."""
    try:
        async with asyncio.timeout(wait_s):
            if maybe_retried and (earlier := await _ended_already(endings, key)) is not None:
                return earlier
            return await asyncio.shield(ended)
    except TimeoutError:
        return None


async def _ended_already(endings: EventEndings, key: bytes) -> EventSnapshot | None:
    try:
        return await endings.ended_already(key)
    except Exception as exc:  # the broker away: the live wait may still see the ending
        log.warning("event_ending_lookup_failed", error=type(exc).__name__)
        return None


def ended_answer(snapshot: EventSnapshot, output_format: str | None) -> Any:
    """A synchronous add's answer: its results (`v1.0`: the bare list; otherwise
    `{"results": [...]}`); a FAILED event is a 500 with its error and id."""
    if snapshot.status is EventStatus.FAILED:
        raise ApiError(500, f"The add failed (event {snapshot.id}): {snapshot.error}")
    results = [r.model_dump(mode="json") for r in snapshot.results or []]
    return results if output_format == "v1.0" else {"results": results}


async def _publish(
    publisher: AddPublisher,
    principal: Principal,
    body: AddMemoriesBody,
    context: RequestContext,
    event_id: uuid.UUID,
) -> AddAccepted:
    record = AddRequest.of_body(
        body,
        event_id=event_id,
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
    unlogged = _ACCEPTED_LINES.take(time.monotonic())
    if unlogged is None:
        log.debug("add_accepted", event_id=str(record.event_id), project_id=principal.project_id)
    else:
        log.info(
            "add_accepted",
            event_id=str(record.event_id),
            project_id=principal.project_id,
            unlogged=unlogged,
        )
    return AddAccepted(event_id=record.event_id)
