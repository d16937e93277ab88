"""Produces lifecycle records and dead letters."""

from __future__ import annotations

import time

from aiokafka import AIOKafkaProducer, ConsumerRecord

from memstream import metrics, telemetry
from memstream.contracts import EventSnapshot
from memstream.topics import Topics
from services.extractor.decode import Poison

__all__ = ["Emitter", "Headers"]

Headers = list[tuple[str, bytes]]


class Emitter:
    def __init__(self, producer: AIOKafkaProducer, topics: Topics) -> None:
        self._producer = producer
        self._topics = topics

    async def progress(self, snapshot: EventSnapshot, headers: Headers) -> None:
        """A non-final record: queued, not awaited (the final one supersedes it)."""
        value, key = self._encode(snapshot)
        with telemetry.publish_span("lifecycle", self._topics.lifecycle):
            await self._producer.send(
                self._topics.lifecycle, value=value, key=key, headers=telemetry.inject(headers)
            )

    async def final(self, snapshot: EventSnapshot, headers: Headers) -> None:
        """A final record: acknowledged before the request's offset may be committed."""
        value, key = self._encode(snapshot)
        await self._acknowledged("lifecycle", self._topics.lifecycle, value, key, headers)

    async def dead_letter(self, record: ConsumerRecord[bytes, bytes], poison: Poison) -> None:
        headers = [
            *(record.headers or ()),
            ("memstream-dlq-reason", poison.reason.encode()),
            ("memstream-dlq-detail", poison.detail[:1000].encode()),
            ("memstream-source-topic", record.topic.encode()),
            ("memstream-source-partition", str(record.partition).encode()),
            ("memstream-source-offset", str(record.offset).encode()),
        ]
        if poison.event_id is not None:
            headers.append(("memstream-event-id", str(poison.event_id).encode()))
        await self._acknowledged("dlq", self._topics.dlq, record.value, record.key, headers)
        metrics.DLQ_RECORDS.labels(poison.reason).inc()

    async def _acknowledged(
        self, kind: str, topic: str, value: bytes | None, key: bytes | None, headers: Headers
    ) -> None:
        started = time.perf_counter()
        try:
            with telemetry.publish_span(kind, topic):
                await self._producer.send_and_wait(
                    topic, value=value, key=key, headers=telemetry.inject(headers)
                )
        except Exception as exc:
            metrics.PUBLISH_ERRORS.labels(kind, type(exc).__name__).inc()
            raise
        metrics.PUBLISH_DURATION.labels(kind).observe(time.perf_counter() - started)

    @staticmethod
    def _encode(snapshot: EventSnapshot) -> tuple[bytes, bytes]:
        return snapshot.model_dump_json().encode(), str(snapshot.id).encode()
