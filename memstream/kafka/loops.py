"""A consumer and the one task that reads it, stopped together (tables, webhooks)."""

from __future__ import annotations

import asyncio
import contextlib

from aiokafka import AIOKafkaConsumer

__all__ = ["ConsumerTask"]


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
