"""The consumer loop: key-ordered parallel processing with safe offset commits.

Records are polled into a `KeyedQueue` (one in flight per scope key) and run
as tasks, up to the window at once; the window adapts to what limits the process
(`AdaptiveWindow`: it grows while requests wait for a slot and the CPU has room).
Offsets are committed periodically and on revocation, only up to the lowest
unfinished offset of each partition (`PartitionOffsets`). Completions from a revoked
assignment are ignored.

A barrier record (an erasure) runs alone in its partition (`PartitionGate`): once
every record before it has finished, the partition's offset is committed up to it
(so no earlier record is ever processed again after it), then it runs, and only
then do the records after it start.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path

from aiokafka import AIOKafkaConsumer, ConsumerRebalanceListener, ConsumerRecord, TopicPartition
from aiokafka.errors import KafkaError
from aiokafka.structs import OffsetAndMetadata

from memstream.observability import metrics
from memstream.observability.logs import get_logger

from .window import AdaptiveWindow
from .work import KeyedQueue, PartitionGate, PartitionOffsets

__all__ = ["ExtractorRunner"]

log = get_logger(__name__)

REVOKE_WAIT_S = 10.0
Handler = Callable[[ConsumerRecord[bytes, bytes]], Awaitable[None]]
IsBarrier = Callable[[ConsumerRecord[bytes, bytes]], bool]


def _never(_: ConsumerRecord[bytes, bytes]) -> bool:
    return False


@dataclass(frozen=True, slots=True)
class _Work:
    tp: TopicPartition
    epoch: int
    record: ConsumerRecord[bytes, bytes]


_SCHEDSTAT = Path("/proc/thread-self/schedstat")


def loop_demand_s() -> float:
    """Seconds the calling (event-loop) thread has run or waited to run, so far: its CPU
    and, on Linux, its time in the run queue. Other threads (an embedder's) do not count,
    and a loop that waits for a CPU others hold counts as busy, not as room to grow."""
    try:
        running_ns, waiting_ns, _ = _SCHEDSTAT.read_text().split()
    except (OSError, ValueError):
        return time.thread_time()
    # A kernel without scheduler statistics reports zeros: the thread's CPU still counts.
    return max((int(running_ns) + int(waiting_ns)) / 1e9, time.thread_time())


class ExtractorRunner(ConsumerRebalanceListener):  # type: ignore[misc]
    def __init__(
        self,
        consumer: AIOKafkaConsumer,
        handler: Handler,
        window: AdaptiveWindow,
        commit_interval_s: float,
        is_barrier: IsBarrier = _never,
        on_assigned: Callable[[], None] = lambda: None,
    ) -> None:
        self._consumer = consumer
        self._on_assigned = on_assigned
        self._handler = handler
        self._window = window
        self._commit_interval_s = commit_interval_s
        self._is_barrier = is_barrier
        self._queue: KeyedQueue[_Work] = KeyedQueue()
        self._offsets: dict[TopicPartition, PartitionOffsets] = {}
        self._gates: dict[TopicPartition, PartitionGate[_Work]] = {}
        self._tasks: dict[asyncio.Task[None], _Work] = {}
        self._epoch = 0
        self._stopping = asyncio.Event()
        self._next_commit = 0.0
        self._was_full = False  # startable records waited for a slot since the last tick
        self._tick_clocks = (time.monotonic(), loop_demand_s())  # when the tick began
        # Barriers commit from their own tasks: one commit at a time keeps each
        # partition's committed offset moving forward only.
        self._commit_lock = asyncio.Lock()
        self._revoking: set[TopicPartition] = set()

    # -- rebalance callbacks (run inside getmany) ---------------------------------

    async def on_partitions_revoked(self, revoked: set[TopicPartition]) -> None:
        """Hand the partitions over cleanly: start nothing more of theirs, let what runs
        finish (bounded, so their scopes stay in order under the next owner), commit."""
        self._revoking |= revoked
        self._queue.drop(lambda work: work.tp in revoked)
        running = [task for task, work in self._tasks.items() if work.tp in revoked]
        if running:
            await asyncio.wait(running, timeout=REVOKE_WAIT_S)
        try:
            await self._commit(only=revoked)
        except KafkaError as exc:
            log.warning("revoke_commit_failed", error=type(exc).__name__)
        finally:
            for tp in revoked:
                self._offsets.pop(tp, None)
                self._gates.pop(tp, None)
                metrics.set_consumer_lag("extractor", tp.topic, tp.partition, None)
            self._revoking -= revoked

    async def on_partitions_assigned(self, assigned: set[TopicPartition]) -> None:
        self._on_assigned()  # what the handler knows of its partitions may be stale now
        self._epoch += 1
        for tp in assigned:
            self._offsets[tp] = PartitionOffsets(self._epoch)
            self._gates[tp] = PartitionGate()
        log.info("partitions_assigned", partitions=sorted(tp.partition for tp in assigned))

    # -- main loop ---------------------------------------------------------------

    @property
    def window(self) -> int:
        return self._window.size

    async def run(self) -> None:
        metrics.EXTRACTOR_WINDOW.set(self.window)
        await self._fetch_until_stopped()

    async def _fetch_until_stopped(self) -> None:
        while not self._stopping.is_set():
            try:
                batches = await self._consumer.getmany(timeout_ms=100, max_records=self.window)
            except KafkaError as exc:
                log.warning("fetch_failed", error=type(exc).__name__)
                await asyncio.sleep(1.0)
                continue
            for tp, records in batches.items():
                self._enqueue(tp, records)
            self._dispatch()
            self._apply_backpressure()
            if time.monotonic() >= self._next_commit:
                self._adapt_window()
                await self._report()
                try:
                    await self._commit()
                except KafkaError as exc:  # e.g. a rebalance in progress: next turn retries
                    log.warning("commit_failed", error=type(exc).__name__)

    def _enqueue(self, tp: TopicPartition, records: list[ConsumerRecord[bytes, bytes]]) -> None:
        offsets, gate = self._offsets.get(tp), self._gates.get(tp)
        if offsets is None or gate is None:
            return
        for record in records:
            if offsets.track(record.offset):
                work = _Work(tp, offsets.epoch, record)
                self._queue_all(gate.admit(work, self._is_barrier(record)))

    def _queue_all(self, works: list[_Work]) -> None:
        for work in works:
            self._queue.push((work.tp.partition, work.record.key), work)

    def _waiting(self) -> int:
        return len(self._queue) + sum(len(gate) for gate in self._gates.values())

    def _dispatch(self) -> None:
        self._start_barriers()
        free = self.window - len(self._tasks)
        for key, work in self._queue.take(free):
            task = asyncio.create_task(self._run_one(key, work))
            self._tasks[task] = work
        if self._queue.ready:
            self._was_full = True

    def _adapt_window(self) -> None:
        wall, cpu = time.monotonic(), loop_demand_s()
        began_wall, began_cpu = self._tick_clocks
        self._window.adjust(self._was_full, (cpu - began_cpu) / max(wall - began_wall, 1e-3))
        self._was_full, self._tick_clocks = False, (wall, cpu)
        metrics.EXTRACTOR_WINDOW.set(self.window)

    def _start_barriers(self) -> None:
        """Barriers whose partition has nothing unfinished before them (beyond the window:
        one per partition at most)."""
        for tp, gate in self._gates.items():
            offsets = self._offsets.get(tp)
            waiting = gate.barrier
            if offsets is None or waiting is None or gate.running:
                continue
            if offsets.commit_offset() == waiting.record.offset and gate.start() is not None:
                task = asyncio.create_task(self._run_barrier(waiting))
                self._tasks[task] = waiting

    async def _run_barrier(self, work: _Work) -> None:
        try:
            if await self._commit_before(work):
                await self._handle_until_done(work)
        finally:
            self._tasks.pop(asyncio.current_task(), None)  # type: ignore[arg-type]
        offsets, gate = self._offsets.get(work.tp), self._gates.get(work.tp)
        if offsets is None or gate is None or offsets.epoch != work.epoch:
            return  # revoked: the partition's new owner runs the barrier again
        offsets.complete(work.record.offset)
        self._queue_all(gate.finish())
        if not self._stopping.is_set():
            self._dispatch()

    async def _commit_before(self, work: _Work) -> bool:
        """Commit the barrier's partition up to it; False once the partition is revoked."""
        delay = 0.1
        while True:
            offsets = self._offsets.get(work.tp)
            if offsets is None or offsets.epoch != work.epoch or work.tp in self._revoking:
                return False
            try:
                await self._commit(only={work.tp})
                return True
            except KafkaError as exc:
                log.warning("barrier_commit_retry", partition=work.tp.partition, error=repr(exc))
            await asyncio.sleep(delay)
            delay = min(delay * 2, 5.0)

    async def _run_one(self, key: object, work: _Work) -> None:
        try:
            await self._handle_until_done(work)
        finally:
            self._tasks.pop(asyncio.current_task(), None)  # type: ignore[arg-type]
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
                metrics.RETRIES.labels("record").inc()
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

    async def _report(self) -> None:
        """Gauges, once a commit interval: window use, and each partition's lag from its
        lowest unfinished record (from the fetch position where nothing was polled yet)."""
        metrics.EXTRACTOR_IN_FLIGHT.set(len(self._tasks))
        metrics.EXTRACTOR_QUEUED.set(self._waiting())
        for tp, offsets in list(self._offsets.items()):
            highwater = self._consumer.highwater(tp)
            if highwater is None:
                continue
            start = offsets.commit_offset()
            if start is None:
                try:
                    start = await self._consumer.position(tp)
                except KafkaError:  # revoked meanwhile
                    continue
            metrics.set_consumer_lag("extractor", tp.topic, tp.partition, highwater - start)

    def _apply_backpressure(self) -> None:
        """Stop fetching while a few windows' worth of records are waiting. Checked
        against the consumer's own state: a rebalance brings partitions back unpaused."""
        paused = self._consumer.paused()
        if self._waiting() >= 4 * self.window:
            unpaused = self._consumer.assignment() - paused
            if unpaused:
                self._consumer.pause(*unpaused)
        elif paused:
            self._consumer.resume(*paused)

    async def _commit(self, only: set[TopicPartition] | None = None) -> None:
        self._next_commit = time.monotonic() + self._commit_interval_s
        async with self._commit_lock:
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
                offsets = self._offsets.get(tp)
                if offsets is not None:
                    offsets.committed(offset)

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
