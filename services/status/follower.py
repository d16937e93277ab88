"""Follows every partition of the lifecycle topic into the event store.

No consumer group: every replica reads every partition and holds the whole view. It
resumes from the offsets its store committed with the events (one atomic step), so a
restart consumes only what came after its checkpoint.

A checkpoint is only good for the broker and topic it was read from. The store keeps
their names (the cluster id and the topic); on another cluster (an in-memory broker
started again after a crash; after a clean stop its snapshot brings back the same one),
on a checkpoint beyond the end of a partition (a topic made anew; the broker then
answers with no records and an older highwater, so the follower would wait for offsets
that will never come), or on offsets the broker no longer has, the store is reset and
the topic replayed from its start.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Callable, Iterable
from datetime import UTC, datetime, timedelta

from aiokafka import AIOKafkaConsumer, ConsumerRecord, TopicPartition
from aiokafka.errors import OffsetOutOfRangeError
from pydantic import ValidationError

from memstream.contracts.events import ErasurePart, EventSnapshot
from memstream.kafka.clients import cluster_id, make_consumer, progress, topic_partitions
from memstream.kafka.freshness import CatchUp, PartitionProgress
from memstream.kafka.loops import Ticks
from memstream.observability import metrics
from memstream.observability.logs import get_logger
from memstream.settings import Settings

from .store import EventKey, EventStore, Position

__all__ = ["LifecycleFollower"]

log = get_logger(__name__)

LAG_REPORT_INTERVAL_S = 1.0
_PART_MARK = b'"kind":"erasure-part"'  # as pydantic renders an ErasurePart


class LifecycleFollower:
    def __init__(self, settings: Settings, topic: str, store: EventStore) -> None:
        self._settings = settings
        self._topic = topic
        self._store = store
        self._retention = timedelta(days=settings.status.retention_days)
        # What "now" is for retention; tests move it instead of waiting for days.
        self.clock: Callable[[], datetime] = lambda: datetime.now(UTC)
        self._consumer: AIOKafkaConsumer | None = None
        self._tasks: list[asyncio.Task[None]] = []
        self._ticks = Ticks()
        self.consumed_records = 0
        self.skipped_records = 0
        self._startup: CatchUp | None = None
        self._source = ""
        self.rebuilds = 0
        self.replayed = False  # everything acknowledged before start() is in the view
        # Told the events each applied batch touched: the requests waiting for them.
        self.on_applied: Callable[[list[EventKey]], None] = lambda _: None

    async def start(self) -> None:
        self._consumer = make_consumer(
            self._settings.kafka,
            "memstream-status",
            fetch_max_wait_ms=self._settings.status.fetch_max_wait_ms,
            auto_offset_reset="none",  # a checkpoint the broker no longer has: rebuild
        )
        await self._consumer.start()
        self._startup = CatchUp(since_ms=int(time.time() * 1000))
        partitions = await topic_partitions(self._consumer, self._topic)
        self._consumer.assign(partitions)
        self._source = f"{await cluster_id(self._consumer)}/{self._topic}"
        if self._store.source() != self._source:
            await self._rebuild(f"the checkpoint is of {self._store.source()}")
        checkpoint = self._store.offsets()
        for tp in partitions:
            if tp.partition in checkpoint:
                self._consumer.seek(tp, checkpoint[tp.partition])
            else:
                await self._consumer.seek_to_beginning(tp)
        log.info("status_resumed", events=len(self._store), partitions=len(checkpoint))
        self._tasks = [
            asyncio.create_task(self._follow(), name="lifecycle-follower"),
            asyncio.create_task(self._sweep(), name="status-retention"),
        ]

    async def stop(self) -> None:
        for task in self._tasks:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        if self._consumer is not None:
            await self._consumer.stop()

    def alive(self) -> bool:
        return bool(self._tasks) and not any(t.done() for t in self._tasks)

    def healthy(self, max_silence_s: float = 10.0) -> bool:
        """Following, and every partition had a fetch answered recently (the broker is there)."""
        if not self.alive() or self._consumer is None:
            return False
        oldest_ms = time.time() * 1000 - max_silence_s * 1000
        return all(
            (self._consumer.last_poll_timestamp(tp) or 0) >= oldest_ms
            for tp in self._consumer.assignment()
        )

    async def _rebuild(self, why: str) -> None:
        """Start the view again from the beginning of the topic this follower reads."""
        assert self._consumer is not None
        if self._store.source() is not None:
            self.rebuilds += 1
            log.warning("status_rebuilding", reason=why, source=self._source)
        self._store.reset(self._source)
        self._startup = CatchUp(since_ms=int(time.time() * 1000))
        self.replayed = False
        partitions = list(self._consumer.assignment())
        if partitions:
            await self._consumer.seek_to_beginning(*partitions)

    async def _beyond_the_end(self) -> TopicPartition | None:
        """A partition whose position is past the end the broker reports for it."""
        assert self._consumer is not None
        for tp in self._consumer.assignment():
            highwater = self._consumer.highwater(tp)
            if highwater is not None and await self._consumer.position(tp) > highwater:
                return tp
        return None

    async def _follow(self) -> None:
        assert self._consumer is not None
        next_report = 0.0
        while True:
            try:
                batches = await self._consumer.getmany(timeout_ms=50, max_records=5000)
            except OffsetOutOfRangeError as exc:
                await self._rebuild(f"offsets out of range: {exc}")
                continue
            if batches:
                self._apply(batches.items())
            lost = await self._beyond_the_end()
            if lost is not None:
                await self._rebuild(f"the checkpoint is beyond the end of partition {lost}")
                continue
            if not self.replayed and self._startup is not None:
                self.replayed = self._startup.reached(await self._progress())
                if self.replayed:
                    log.info("status_replayed", events=len(self._store))
            self._ticks.tick()
            if time.monotonic() >= next_report:
                next_report = time.monotonic() + LAG_REPORT_INTERVAL_S
                await self._report_lag()

    async def _report_lag(self) -> None:
        assert self._consumer is not None
        for tp in self._consumer.assignment():
            highwater = self._consumer.highwater(tp)
            if highwater is not None:
                lag = highwater - await self._consumer.position(tp)
                metrics.set_consumer_lag("status", tp.topic, tp.partition, lag)

    def _apply(
        self, batches: Iterable[tuple[TopicPartition, list[ConsumerRecord[bytes, bytes]]]]
    ) -> None:
        """One atomic step: the batch's snapshots and erasure parts, and the offsets after them."""
        cutoff = self.clock() - self._retention
        snapshots, parts, offsets = [], [], {}
        at: list[Position] = []
        part_at: list[Position] = []
        for tp, records in batches:
            for record in records:
                decoded = self._decode(record)
                if isinstance(decoded, ErasurePart) and decoded.received_at >= cutoff:
                    parts.append(decoded)
                    part_at.append((record.partition, record.offset))
                elif isinstance(decoded, EventSnapshot) and decoded.created_at >= cutoff:
                    snapshots.append(decoded)
                    at.append((record.partition, record.offset))
            offsets[tp.partition] = records[-1].offset + 1
            self.consumed_records += len(records)
        self._store.apply(snapshots, offsets, parts, [*at, *part_at])
        self.on_applied(
            [(s.org_id, s.project_id, s.id) for s in snapshots]
            + [(p.org_id, p.project_id, p.event_id) for p in parts]
        )

    def _decode(self, record: ConsumerRecord[bytes, bytes]) -> EventSnapshot | ErasurePart | None:
        value = record.value or b""
        try:
            if _PART_MARK in value:
                return ErasurePart.model_validate_json(value)
            return EventSnapshot.model_validate_json(value)
        except ValidationError:
            self.skipped_records += 1
            log.warning(
                "lifecycle_record_skipped", partition=record.partition, offset=record.offset
            )
            return None

    async def _sweep(self) -> None:
        while True:
            evicted = self._store.evict(self.clock() - self._retention)
            if evicted:
                log.info("status_evicted", events=evicted)
            await asyncio.sleep(self._settings.status.sweep_interval_s)

    async def _progress(self) -> dict[TopicPartition, PartitionProgress]:
        assert self._consumer is not None
        return await progress(self._consumer)

    async def wait_caught_up(self, timeout_s: float) -> bool:
        """Wait until everything acknowledged before this call is in the store."""
        return await self._ticks.caught_up(self._consumer, int(time.time() * 1000), timeout_s)
