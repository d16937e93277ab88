"""A consumer and the one task that reads it, stopped together, and the ticks that wake
whoever waits for it to catch up (the status follower, tables, the webhooks registry)."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable

from aiokafka import AIOKafkaConsumer

from memstream.kafka.clients import progress
from memstream.kafka.freshness import CatchUp

__all__ = ["ConsumerTask", "Ticks"]


class ConsumerTask:
    """Holds a consumer and the task reading it: `stop` cancels the task before closing the
    consumer (so nothing reads a closed one); `alive` while the task runs."""

    def __init__(self) -> None:
        self._consumer: AIOKafkaConsumer | None = None
        self._task: asyncio.Task[None] | None = None

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        if self._consumer is not None:
            await self._consumer.stop()

    def alive(self) -> bool:
        return self._task is not None and not self._task.done()


class Ticks:
    """Wakes whoever waits on a follower each time it has handled a fetch."""

    def __init__(self) -> None:
        self._event = asyncio.Event()

    def tick(self) -> None:
        self._event.set()
        self._event = asyncio.Event()

    async def until(self, done: Callable[[], Awaitable[bool]], timeout_s: float) -> bool:
        """Whether `done()` came true (checked after every tick) within `timeout_s`."""
        try:
            async with asyncio.timeout(timeout_s):
                while not await done():
                    await self._event.wait()
        except TimeoutError:
            return False
        return True

    async def caught_up(
        self, consumer: AIOKafkaConsumer | None, since_ms: int, timeout_s: float
    ) -> bool:
        """Whether `consumer`'s follower applied, within `timeout_s`, every record
        acknowledged before `since_ms` (memstream.kafka.freshness says how that is known)."""
        assert consumer is not None
        catch_up = CatchUp(since_ms=since_ms)

        async def reached() -> bool:
            return catch_up.reached(await progress(consumer))

        return await self.until(reached, timeout_s)
