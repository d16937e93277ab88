"""How a service waits for an event to end: the lifecycle topic, followed from the end.

An add sent with `async_mode=false` is answered once its event ended. The service that
accepted it watches the lifecycle topic for the event's terminal snapshot (its key is the
event's org, project and id) instead of asking the status service, so no service calls
another. The watcher starts at the first such add (an add in the default async mode never
pays for it: nothing is started or registered for it) and follows every partition,
without a consumer group, reading only the keys of records until one is awaited.

A waiter registers before the add is published, once the watcher's positions are known,
so the event's end cannot pass unseen. The positions start `REREAD` records before the
broker's end of each partition (Tansu's latest offset can lag when a batch holds several
records; reading a few records again is harmless).

An add retried with its `Idempotency-Key` after its event ended gets no new ending: the
extractor skips a second record of an event it ended within `LOOKBACK_S`. Its ending is
already on the lifecycle topic, on the partition of its key: `ended_already` reads that
partition from `LOOKBACK_S` ago up to where the watcher took over, and the retry is
answered from it at once, as the first attempt was.
"""

from __future__ import annotations

import asyncio
import time
from contextlib import suppress

from aiokafka import AIOKafkaConsumer, TopicPartition

from memstream.contracts.events import EventSnapshot
from memstream.contracts.lifecycle import is_terminal
from memstream.kafka.clients import make_consumer, murmur2, topic_partitions
from memstream.observability.logs import get_logger
from memstream.settings import KafkaSettings

__all__ = ["EventEndings"]

log = get_logger(__name__)

REREAD = 1000
# How long the extractor remembers an ended event (services/extractor/finished.py): a
# record of an event ended longer ago is processed again, and its new ending comes live.
LOOKBACK_S = 24 * 3600
# At most this many records of the key's partition are read back, whatever their age.
LOOKBACK_RECORDS = 200_000


class EventEndings:
    """Terminal snapshots of the events waited on, by lifecycle key."""

    def __init__(self, kafka: KafkaSettings, topic: str, client_id: str) -> None:
        self._kafka = kafka
        self._topic = topic
        self._client_id = client_id
        self._consumer: AIOKafkaConsumer | None = None
        self._task: asyncio.Task[None] | None = None
        self._lock = asyncio.Lock()
        self._waiters: dict[bytes, list[asyncio.Future[EventSnapshot]]] = {}

    @property
    def started(self) -> bool:
        return self._task is not None

    async def expect(self, key: bytes) -> asyncio.Future[EventSnapshot]:
        """A future of the terminal snapshot of the event whose lifecycle key is `key`,
        registered before the caller publishes the event; `forget` it when done."""
        await self._start()
        future: asyncio.Future[EventSnapshot] = asyncio.get_running_loop().create_future()
        self._waiters.setdefault(key, []).append(future)
        return future

    def forget(self, key: bytes, future: asyncio.Future[EventSnapshot]) -> None:
        waiting = self._waiters.get(key, [])
        if future in waiting:
            waiting.remove(future)
        if not waiting:
            self._waiters.pop(key, None)
        future.cancel()

    async def ended_already(self, key: bytes) -> EventSnapshot | None:
        """The first terminal snapshot of the event whose lifecycle key is `key` already on
        the topic (within the lookback), read after `expect`: what came later, it sees."""
        consumer = make_consumer(self._kafka, f"{self._client_id}-lookup", fetch_max_wait_ms=100)
        await consumer.start()
        try:
            partitions = await topic_partitions(consumer, self._topic)
            tp = partitions[(murmur2(key) & 0x7FFFFFFF) % len(partitions)]
            consumer.assign([tp])
            consumer.seek(tp, await _lookback_start(consumer, tp))
            return await _first_ending(consumer, tp, key)
        finally:
            await consumer.stop()

    async def _start(self) -> None:
        async with self._lock:
            if self._task is not None:
                return
            consumer = make_consumer(self._kafka, self._client_id, fetch_max_wait_ms=100)
            await consumer.start()
            try:
                partitions = await topic_partitions(consumer, self._topic)
                consumer.assign(partitions)
                await consumer.seek_to_end(*partitions)
                for tp in partitions:
                    consumer.seek(tp, max(0, await consumer.position(tp) - REREAD))
            except BaseException:
                await consumer.stop()
                raise
            self._consumer = consumer
            self._task = asyncio.create_task(self._follow(consumer), name="event-endings")
            log.info("event_endings_started", partitions=len(partitions))

    async def _follow(self, consumer: AIOKafkaConsumer) -> None:
        while True:
            try:
                batches = await consumer.getmany(timeout_ms=500, max_records=5000)
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # the broker away: keep following once it is back
                log.warning("event_endings_fetch_failed", error=type(exc).__name__)
                await asyncio.sleep(0.5)
                continue
            for records in batches.values():
                for record in records:
                    if record.key in self._waiters and record.value is not None:
                        self._on_record(record.key, record.value)

    def _on_record(self, key: bytes, value: bytes) -> None:
        snapshot = _terminal(value)
        if snapshot is None:
            return
        for future in self._waiters.get(key, []):
            if not future.done():
                future.set_result(snapshot)

    async def close(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with suppress(asyncio.CancelledError):
                await self._task
        if self._consumer is not None:
            await self._consumer.stop()


def _terminal(value: bytes) -> EventSnapshot | None:
    try:
        snapshot = EventSnapshot.model_validate_json(value)
    except ValueError:
        return None
    return snapshot if is_terminal(snapshot.status) else None


async def _lookback_start(consumer: AIOKafkaConsumer, tp: TopicPartition) -> int:
    """The first offset written within `LOOKBACK_S`, and at most `LOOKBACK_RECORDS` back."""
    since_ms = int((time.time() - LOOKBACK_S) * 1000)
    found = (await consumer.offsets_for_times({tp: since_ms})).get(tp)
    end: int = (await consumer.end_offsets([tp]))[tp]
    # None (Kafka) or a timestamp of -1 (Tansu): nothing was written since.
    start: int = end if found is None or found.timestamp < 0 else found.offset
    return max(start, end - LOOKBACK_RECORDS, 0)


async def _first_ending(
    consumer: AIOKafkaConsumer, tp: TopicPartition, key: bytes
) -> EventSnapshot | None:
    """Reads `tp` from its position up to its highwater at the first fetch (later records
    are the watcher's), returning the first terminal snapshot under `key`: the first
    terminal record is the event's result (`lifecycle.newer`)."""
    end: int | None = None
    while end is None or await consumer.position(tp) < end:
        batches = await consumer.getmany(tp, timeout_ms=500, max_records=5000)
        for record in batches.get(tp, []):
            if record.key == key and record.value is not None:
                snapshot = _terminal(record.value)
                if snapshot is not None:
                    return snapshot
        if end is None:
            end = consumer.highwater(tp)
    return None
