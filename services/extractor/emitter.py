"""Produces lifecycle records, erasure parts, memory changes and dead letters."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Sequence

from aiokafka import AIOKafkaProducer, ConsumerRecord

from memstream.contracts.changes import MemoryChange
from memstream.contracts.events import ErasurePart, EventSnapshot
from memstream.contracts.ids import event_key
from memstream.contracts.topics import Topics
from memstream.observability import metrics, tracing
from memstream.observability.request_ids import RequestContext, kafka_headers

from .decode import Poison

__all__ = ["Emitter", "dead_letter_headers"]

Headers = list[tuple[str, bytes]]


# The headers a dead letter gets; a producer's own of these names are dropped, so that
# a reader taking the first one of a name reads memstream's.
_DLQ_HEADER_PREFIXES = ("memstream-dlq-", "memstream-source-", "memstream-event-id")


def dead_letter_headers(record: ConsumerRecord[bytes, bytes], poison: Poison) -> Headers:
    """The record's headers, but for any of the DLQ's, then the DLQ's (the key and value
    stay as received)."""
    headers = [
        (name, value)
        for name, value in record.headers or ()
        if not name.lower().startswith(_DLQ_HEADER_PREFIXES)
    ]
    headers += [
        ("memstream-dlq-reason", poison.reason.encode()),
        ("memstream-dlq-detail", poison.detail[:1000].encode()),
        ("memstream-source-topic", record.topic.encode()),
        ("memstream-source-partition", str(record.partition).encode()),
        ("memstream-source-offset", str(record.offset).encode()),
    ]
    if poison.event_id is not None:
        headers.append(("memstream-event-id", str(poison.event_id).encode()))
    return headers


class Emitter:
    def __init__(self, producer: AIOKafkaProducer, topics: Topics) -> None:
        self._producer = producer
        self._topics = topics

    async def progress(self, snapshot: EventSnapshot, context: RequestContext) -> None:
        """A non-final record: queued, not awaited (the final one supersedes it)."""
        value, key = self._encode(snapshot)
        with tracing.publish_span("lifecycle", self._topics.lifecycle):
            headers = tracing.with_traceparent(kafka_headers(context), context.trace_id)
            await self._producer.send(self._topics.lifecycle, value=value, key=key, headers=headers)

    async def final(self, snapshot: EventSnapshot, context: RequestContext) -> None:
        """A final record: acknowledged before the request's offset may be committed."""
        value, key = self._encode(snapshot)
        headers = kafka_headers(context)
        await self._acknowledged(
            "lifecycle", self._topics.lifecycle, value, key, headers, context.trace_id
        )

    async def part(self, part: ErasurePart, context: RequestContext) -> None:
        """An erasure's part, acknowledged: the status view counts the parts."""
        value = part.model_dump_json().encode()
        await self._acknowledged(
            "lifecycle",
            self._topics.lifecycle,
            value,
            part.key(),
            kafka_headers(context),
            context.trace_id,
        )

    async def send_changes(
        self, changes: Sequence[MemoryChange], context: RequestContext
    ) -> Awaitable[None]:
        """Queue history items on the changes topic (key: memory id); await the result for
        their acknowledgements."""
        headers = kafka_headers(context)
        started = time.perf_counter()
        sends = [
            await self._producer.send(
                self._topics.changes,
                value=change.model_dump_json().encode(),
                key=str(change.memory_id).encode(),
                headers=headers,
            )
            for change in changes
        ]
        return self._acknowledge_changes(sends, started)

    async def _acknowledge_changes(
        self, sends: list[asyncio.Future[object]], started: float
    ) -> None:
        if not sends:
            return
        try:
            await asyncio.gather(*sends)
        except Exception as exc:
            metrics.PUBLISH_ERRORS.labels("changes", type(exc).__name__).inc()
            raise
        metrics.PUBLISH_DURATION.labels("changes").observe(time.perf_counter() - started)

    async def changes(self, changes: Sequence[MemoryChange], context: RequestContext) -> None:
        await (await self.send_changes(changes, context))

    async def dead_letter(
        self, record: ConsumerRecord[bytes, bytes], poison: Poison, context: RequestContext
    ) -> None:
        headers = dead_letter_headers(record, poison)
        await self._acknowledged(
            "dlq", self._topics.dlq, record.value, record.key, headers, context.trace_id
        )
        metrics.DLQ_RECORDS.labels(poison.reason).inc()

    async def _acknowledged(
        self,
        kind: str,
        topic: str,
        value: bytes | None,
        key: bytes | None,
        headers: Headers,
        trace_id: str,
    ) -> None:
        started = time.perf_counter()
        try:
            with tracing.publish_span(kind, topic):
                await self._producer.send_and_wait(
                    topic, value=value, key=key, headers=tracing.with_traceparent(headers, trace_id)
                )
        except Exception as exc:
            metrics.PUBLISH_ERRORS.labels(kind, type(exc).__name__).inc()
            raise
        metrics.PUBLISH_DURATION.labels(kind).observe(time.perf_counter() - started)

    @staticmethod
    def _encode(snapshot: EventSnapshot) -> tuple[bytes, bytes]:
        key = event_key(snapshot.org_id, snapshot.project_id, snapshot.id)
        return snapshot.model_dump_json().encode(), key
