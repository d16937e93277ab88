"""Fan-out: each memory change becomes a delivery for each webhook subscribed to it.

A consumer group on the memory-changes topic. For a batch: wait until the registry holds
every webhook created before the batch's changes were written, write one `Delivery` per
change and subscribed webhook to the deliveries topic (key: webhook id), and once the
broker acknowledged them all, commit the batch. A crash before the commit writes the same
deliveries again (same ids): the deliverer keeps the first of each.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

from aiokafka import AIOKafkaProducer, ConsumerRecord, TopicPartition
from pydantic import ValidationError

from memstream.contracts.changes import MemoryChange
from memstream.contracts.topics import Topics
from memstream.contracts.webhooks import Delivery, delivery_id, event_type_of, mem0_payload
from memstream.kafka.clients import make_consumer
from memstream.kafka.loops import ConsumerTask
from memstream.observability import metrics
from memstream.observability.logs import get_logger
from memstream.settings import Settings

from .registry import RegistryFollower, WebhookBook

__all__ = ["ChangeRouter", "deliveries_of"]

log = get_logger(__name__)


def deliveries_of(
    change: MemoryChange, changed_at: datetime, book: WebhookBook, now: datetime
) -> list[Delivery]:
    """A delivery of `change` for each webhook of its project subscribed to it."""
    event = event_type_of(change.event)
    return [
        Delivery(
            delivery_id=delivery_id(webhook.webhook_id, change),
            webhook_id=webhook.webhook_id,
            memory_id=str(change.memory_id),
            event=change.event,
            body=mem0_payload(change),
            changed_at=changed_at,
            queued_at=now,
        )
        for webhook in book.subscribed(change.org_id, change.project_id, event, changed_at)
    ]


class ChangeRouter(ConsumerTask):
    def __init__(
        self,
        settings: Settings,
        topics: Topics,
        registry: RegistryFollower,
        producer: AIOKafkaProducer,
    ) -> None:
        self._settings = settings
        self._topics = topics
        self._registry = registry
        self._producer = producer
        super().__init__()

    async def start(self) -> None:
        self._consumer = make_consumer(
            self._settings.kafka,
            "memstream-webhooks-router",
            group_id=f"{self._settings.webhooks.group_id}-router",
            fetch_max_wait_ms=self._settings.webhooks.fetch_max_wait_ms,
            session_timeout_ms=self._settings.extractor.session_timeout_ms,
            heartbeat_interval_ms=self._settings.extractor.heartbeat_interval_ms,
        )
        self._consumer.subscribe([self._topics.changes])
        await self._consumer.start()
        self._task = asyncio.create_task(self._route(), name="webhooks-router")

    async def _route(self) -> None:
        assert self._consumer is not None
        while True:
            batches = await self._consumer.getmany(timeout_ms=100, max_records=1000)
            if batches:
                await self._fan_out(batches)

    async def _fan_out(
        self, batches: dict[TopicPartition, list[ConsumerRecord[bytes, bytes]]]
    ) -> None:
        assert self._consumer is not None
        records = [r for rs in batches.values() for r in rs]
        newest_ms = max(r.timestamp for r in records)
        while not await self._registry.caught_up(newest_ms, timeout_s=5.0):
            log.warning("webhooks_registry_behind")  # routing now could miss a new webhook
        now = datetime.now(UTC)
        sends = []
        for record in records:
            change = _decode(record)
            if change is None:
                continue
            changed_at = datetime.fromtimestamp(record.timestamp / 1000, UTC)
            for delivery in deliveries_of(change, changed_at, self._registry.book, now):
                sends.append(
                    await self._producer.send(
                        self._topics.deliveries,
                        value=delivery.model_dump_json().encode(),
                        key=delivery.webhook_id.encode(),
                    )
                )
        await asyncio.gather(*sends)
        metrics.WEBHOOK_DELIVERIES_QUEUED.inc(len(sends))
        await self._consumer.commit({tp: rs[-1].offset + 1 for tp, rs in batches.items()})


def _decode(record: ConsumerRecord[bytes, bytes]) -> MemoryChange | None:
    try:
        return MemoryChange.model_validate_json(record.value or b"")
    except ValidationError:
        log.warning("memory_change_skipped", partition=record.partition, offset=record.offset)
        return None
