"""Publishing a record an HTTP answer waits for: acknowledged (acks=all) within a deadline,
or a named reason why not. Ingest's adds and query's changes both answer from it."""

from __future__ import annotations

import asyncio
import time
from typing import Any

from aiokafka import AIOKafkaProducer
from aiokafka.errors import KafkaError, MessageSizeTooLargeError
from aiokafka.structs import RecordMetadata

from memstream.observability import metrics, tracing
from memstream.observability.request_ids import RequestContext, kafka_headers

__all__ = [
    "BrokerUnavailableError",
    "OverloadedError",
    "RecordTooLargeError",
    "publish_acknowledged",
]


_DURATIONS: dict[str, Any] = {}


class BrokerUnavailableError(Exception):
    """The broker did not acknowledge a record in time."""


class RecordTooLargeError(Exception):
    """The broker refuses the record for its size: retrying will not help."""


class OverloadedError(Exception):
    """Too many publishes are already waiting for the broker."""


async def publish_acknowledged(
    producer: AIOKafkaProducer,
    kind: str,
    topic: str,
    key: bytes,
    value: bytes,
    context: RequestContext,
    deadline: float,
    *,
    partition: int | None = None,
    headers: list[tuple[str, bytes]] | None = None,
) -> RecordMetadata:
    """The record's position once the broker acknowledged it, before `deadline` (loop time).

    `kind` labels the publish in metrics and traces."""
    started = time.perf_counter()
    try:
        with tracing.publish_span(kind, topic):
            async with asyncio.timeout_at(deadline):
                sent_headers = tracing.with_traceparent(
                    [*kafka_headers(context), *(headers or ())], context.trace_id
                )
                sent: RecordMetadata = await producer.send_and_wait(
                    topic, value=value, key=key, headers=sent_headers, partition=partition
                )
    except MessageSizeTooLargeError as exc:
        metrics.PUBLISH_ERRORS.labels(kind, type(exc).__name__).inc()
        raise RecordTooLargeError(topic) from exc
    except (KafkaError, TimeoutError) as exc:
        metrics.PUBLISH_ERRORS.labels(kind, type(exc).__name__).inc()
        raise BrokerUnavailableError(f"{topic}: {type(exc).__name__}") from exc
    duration = _DURATIONS.get(kind)
    if duration is None:  # `labels()` costs more than the observation itself
        duration = _DURATIONS[kind] = metrics.PUBLISH_DURATION.labels(kind)
    duration.observe(time.perf_counter() - started)
    return sent
