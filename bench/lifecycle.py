"""Follows the lifecycle topic and records when each event ended."""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field
from datetime import datetime

import orjson
from aiokafka import AIOKafkaConsumer, TopicPartition

TERMINAL = (b'"status":"SUCCEEDED"', b'"status":"FAILED"')


@dataclass
class Ended:
    status: str
    created_at: datetime
    started_at: datetime
    completed_at: datetime
    seen_at: float  # time.monotonic() when the bench saw the record


@dataclass
class LifecycleWatcher:
    bootstrap: str
    topic: str
    ended: dict[str, Ended] = field(default_factory=dict)
    _consumer: AIOKafkaConsumer | None = None
    _task: asyncio.Task[None] | None = None
    _progress: asyncio.Event = field(default_factory=asyncio.Event)

    async def start(self) -> None:
        self._consumer = AIOKafkaConsumer(bootstrap_servers=self.bootstrap, fetch_max_wait_ms=20)
        await self._consumer.start()
        partitions = [
            TopicPartition(self.topic, p)
            for p in self._consumer.partitions_for_topic(self.topic) or []
        ]
        self._consumer.assign(partitions)
        await self._consumer.seek_to_beginning(*partitions)
        self._task = asyncio.create_task(self._run())

    async def _run(self) -> None:
        assert self._consumer is not None
        while True:
            batches = await self._consumer.getmany(timeout_ms=50, max_records=10_000)
            now = time.monotonic()
            self._progress.set()
            for records in batches.values():
                for record in records:
                    value = record.value or b""
                    if not any(marker in value for marker in TERMINAL):
                        continue
                    event = orjson.loads(value)
                    self.ended.setdefault(
                        event["id"],
                        Ended(
                            event["status"],
                            datetime.fromisoformat(event["created_at"]),
                            datetime.fromisoformat(event["started_at"] or event["created_at"]),
                            datetime.fromisoformat(event["completed_at"]),
                            now,
                        ),
                    )

    async def wait_for(self, event_ids: list[str], timeout_s: float) -> None:
        async with asyncio.timeout(timeout_s):
            while not all(e in self.ended for e in event_ids):
                self._progress.clear()
                await self._progress.wait()

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
        if self._consumer is not None:
            await self._consumer.stop()
