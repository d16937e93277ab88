"""The consumer loop: key-ordered parallel processing with safe offset commits.

Records are polled into a `KeyedQueue` (one in flight per scope key) and run
as tasks, up to `window` at once. Offsets are committed periodically and on
revocation, only up to the lowest unfinished offset of each partition
(`PartitionOffsets`). Completions from a revoked assignment are ignored.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from aiokafka import AIOKafkaConsumer, ConsumerRebalanceListener, ConsumerRecord, TopicPartition
from aiokafka.structs import OffsetAndMetadata

from memstream.logs import get_logger
from services.extractor.work import KeyedQueue, PartitionOffsets

__all__ = ["ExtractorRunner"]

log = get_logger(__name__)

Handler = Callable[[ConsumerRecord[bytes, bytes]], Awaitable[None]]


@dataclass(frozen=True, slots=True)
class _Work:
    tp: TopicPartition
    epoch: int
    record: ConsumerRecord[bytes, bytes]


class ExtractorRunner(ConsumerRebalanceListener):  # type: ignore[misc]
    def __init__(
        self,
        consumer: AIOKafkaConsumer,
        handler: Handler,
        window: int,
        commit_interval_s: float,
    ) -> None:
        self._consumer = consumer
        self._handler = handler
        self._window = window
        self._commit_interval_s = commit_interval_s
        self._queue: KeyedQueue[_Work] = KeyedQueue()
        self._offsets: dict[TopicPartition, PartitionOffsets] = {}
        self._tasks: set[asyncio.Task[None]] = set()
        self._epoch = 0
        self._paused = False
        self._stopping = asyncio.Event()
        self._next_commit = 0.0

    # -- rebalance callbacks (run inside getmany) ---------------------------------

    async def on_partitions_revoked(self, revoked: set[TopicPartition]) -> None:
        await self._commit(only=revoked)
        for tp in revoked:
            self._offsets.pop(tp, None)
        self._queue.drop(lambda work: work.tp in revoked)

    async def on_partitions_assigned(self, assigned: set[TopicPartition]) -> None:
        self._epoch += 1
        for tp in assigned:
            self._offsets[tp] = PartitionOffsets(self._epoch)
        log.info("partitions_assigned", partitions=sorted(tp.partition for tp in assigned))

    # -- main loop ---------------------------------------------------------------

    async def run(self) -> None:
        while not self._stopping.is_set():
            batches = await self._consumer.getmany(timeout_ms=100, max_records=self._window)
            for tp, records in batches.items():
                self._enqueue(tp, records)
            self._dispatch()
            self._apply_backpressure()
            if time.monotonic() >= self._next_commit:
                await self._commit()

    def _enqueue(self, tp: TopicPartition, records: list[ConsumerRecord[bytes, bytes]]) -> None:
        offsets = self._offsets.get(tp)
        if offsets is None:
            return
        for record in records:
            if offsets.track(record.offset):
                self._queue.push((tp.partition, record.key), _Work(tp, offsets.epoch, record))

    def _dispatch(self) -> None:
        free = self._window - len(self._tasks)
        for key, work in self._queue.take(free):
            task = asyncio.create_task(self._run_one(key, work))
            self._tasks.add(task)

    async def _run_one(self, key: object, work: _Work) -> None:
        try:
            await self._handle_until_done(work)
        finally:
            self._tasks.discard(asyncio.current_task())
            self._queue.release(key)
        offsets = self._offsets.get(work.tp)
        if offsets is not None and offsets.epoch == work.epoch:
            offsets.complete(work.record.offset)
        if not self._stopping.is_set():
            self._dispatch()

    async def _handle_until_done(self, work: _Work) -> None:
        """Retry in place: the handler ends every event itself, so an exception here means
        its outcome could not be written (broker down); the record keeps its key's turn."""
        delay = 0.1
        while True:
            try:
                await self._handler(work.record)
                return
            except Exception as exc:
                log.warning(
                    "record_retry",
                    partition=work.tp.partition,
                    offset=work.record.offset,
                    error=type(exc).__name__,
                )
            offsets = self._offsets.get(work.tp)
            if offsets is None or offsets.epoch != work.epoch:
                return  # revoked: the partition's new owner takes the record over
            await asyncio.sleep(delay)
            delay = min(delay * 2, 5.0)

    def _apply_backpressure(self) -> None:
        """Stop fetching while a few windows' worth of records are waiting."""
        full = len(self._queue) >= 4 * self._window
        if full and not self._paused:
            self._consumer.pause(*self._consumer.assignment())
        elif not full and self._paused:
            self._consumer.resume(*self._consumer.assignment())
        self._paused = full

    async def _commit(self, only: set[TopicPartition] | None = None) -> None:
        self._next_commit = time.monotonic() + self._commit_interval_s
        plan = {
            tp: offsets.commit_offset()
            for tp, offsets in self._offsets.items()
            if offsets.dirty and (only is None or tp in only)
        }
        ready = {tp: offset for tp, offset in plan.items() if offset is not None}
        if not ready:
            return
        await self._consumer.commit({tp: OffsetAndMetadata(o, "") for tp, o in ready.items()})
        for tp, offset in ready.items():
            self._offsets[tp].committed(offset)

    # -- shutdown ----------------------------------------------------------------

    def request_stop(self) -> None:
        """`run()` returns at its next turn; in-flight work goes on until `drain()`."""
        self._stopping.set()

    async def drain(self, timeout_s: float) -> None:
        """After `run()` returned: let in-flight work finish (bounded), then commit."""
        self._stopping.set()
        if self._tasks:
            _, pending = await asyncio.wait(set(self._tasks), timeout=timeout_s)
            for task in pending:
                task.cancel()
            for task in pending:
                with contextlib.suppress(asyncio.CancelledError):
                    await task
        await self._commit()
