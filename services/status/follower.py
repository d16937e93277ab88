"""Follows every partition of the lifecycle topic into the event view."""

from __future__ import annotations

import asyncio
import contextlib
import time

from aiokafka import AIOKafkaConsumer, ConsumerRecord, TopicPartition
from pydantic import ValidationError

from memstream.contracts import EventSnapshot
from memstream.logs import get_logger
from memstream.settings import Settings
from services.status.freshness import CatchUp, PartitionProgress
from services.status.view import EventView

__all__ = ["LifecycleFollower"]

log = get_logger(__name__)


class LifecycleFollower:
    """Reads the whole topic without a consumer group: every replica holds the full view."""

    def __init__(self, settings: Settings, topic: str, view: EventView) -> None:
        self._settings = settings
        self._topic = topic
        self._view = view
        self._consumer: AIOKafkaConsumer | None = None
        self._task: asyncio.Task[None] | None = None
        self._tick = asyncio.Event()
        self.skipped_records = 0

    async def start(self) -> None:
        self._consumer = AIOKafkaConsumer(
            bootstrap_servers=self._settings.kafka.bootstrap,
            client_id="memstream-status",
            group_id=None,
            enable_auto_commit=False,
            auto_offset_reset="earliest",
            fetch_max_wait_ms=self._settings.status.fetch_max_wait_ms,
            request_timeout_ms=self._settings.kafka.request_timeout_ms,
        )
        await self._consumer.start()
        partitions = await self._partitions()
        self._consumer.assign(partitions)
        await self._consumer.seek_to_beginning(*partitions)
        self._task = asyncio.create_task(self._run(), name="lifecycle-follower")

    async def _partitions(self) -> list[TopicPartition]:
        assert self._consumer is not None
        for _ in range(100):
            found = self._consumer.partitions_for_topic(self._topic)
            if found:
                return [TopicPartition(self._topic, p) for p in sorted(found)]
            await self._consumer._client.force_metadata_update()
            await asyncio.sleep(0.1)
        raise RuntimeError(f"topic {self._topic} has no partitions")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        if self._consumer is not None:
            await self._consumer.stop()

    def healthy(self, max_silence_s: float = 10.0) -> bool:
        """Running, and every partition had a fetch answered recently (the broker is there)."""
        if self._task is None or self._task.done() or self._consumer is None:
            return False
        oldest_ms = time.time() * 1000 - max_silence_s * 1000
        return all(
            (self._consumer.last_poll_timestamp(tp) or 0) >= oldest_ms
            for tp in self._consumer.assignment()
        )

    async def _run(self) -> None:
        assert self._consumer is not None
        while True:
            batches = await self._consumer.getmany(timeout_ms=50, max_records=5000)
            for records in batches.values():
                for record in records:
                    self._apply(record)
            self._tick.set()
            self._tick = asyncio.Event()

    def _apply(self, record: ConsumerRecord[bytes, bytes]) -> None:
        try:
            self._view.apply(EventSnapshot.model_validate_json(record.value or b""))
        except ValidationError:
            self.skipped_records += 1
            log.warning(
                "lifecycle_record_skipped", partition=record.partition, offset=record.offset
            )

    async def _progress(self) -> dict[TopicPartition, PartitionProgress]:
        assert self._consumer is not None
        consumer = self._consumer
        return {
            tp: PartitionProgress(
                fetched_at_ms=consumer.last_poll_timestamp(tp),
                highwater=consumer.highwater(tp),
                position=await consumer.position(tp),
            )
            for tp in consumer.assignment()
        }

    async def wait_caught_up(self, timeout_s: float) -> bool:
        """Wait until everything acknowledged before this call is in the view."""
        catch_up = CatchUp(since_ms=int(time.time() * 1000))
        try:
            async with asyncio.timeout(timeout_s):
                while not catch_up.reached(await self._progress()):
                    await self._tick.wait()
        except TimeoutError:
            return False
        return True
