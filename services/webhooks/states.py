"""What delivery found, for the API of every replica: each webhook's `WebhookState` (disabled
and why, its recent attempts) on the webhooks topic, under `state:<id>`. Written at most
once a second per webhook; a disable at once."""

from __future__ import annotations

import asyncio
import contextlib
from datetime import UTC, datetime

from aiokafka import AIOKafkaProducer

from memstream.contracts.webhooks import MAX_ATTEMPTS_SHOWN, Attempt, WebhookState, state_key
from memstream.observability.logs import get_logger

from .loops import stop_tasks, wait_set
from .registry import WebhookBook

__all__ = ["StateWriter"]

log = get_logger(__name__)

FLUSH_INTERVAL_S = 1.0


class StateWriter:
    def __init__(self, producer: AIOKafkaProducer, topic: str, book: WebhookBook) -> None:
        self._producer = producer
        self._topic = topic
        self._book = book
        self._states: dict[str, WebhookState] = {}
        self._dirty: set[str] = set()
        self._task: asyncio.Task[None] | None = None
        self._flushed = asyncio.Event()

    def _current(self, webhook_id: str) -> WebhookState:
        state = self._states.get(webhook_id) or self._book.states.get(webhook_id)
        return state or WebhookState(webhook_id=webhook_id)

    def attempted(self, attempt: Attempt) -> None:
        state = self._current(attempt.webhook_id)
        attempts = [attempt, *state.attempts][:MAX_ATTEMPTS_SHOWN]
        self._states[attempt.webhook_id] = state.model_copy(update={"attempts": attempts})
        self._dirty.add(attempt.webhook_id)

    def disabled(self, webhook_id: str, reason: str) -> None:
        state = self._current(webhook_id)
        self._states[webhook_id] = state.model_copy(
            update={"disabled_at": datetime.now(UTC), "disabled_reason": reason}
        )
        self._dirty.add(webhook_id)
        self._flushed.set()  # flush now

    async def start(self) -> None:
        self._task = asyncio.create_task(self._flush_loop(), name="webhooks-states")

    async def stop(self) -> None:
        if self._task is not None:
            await stop_tasks([self._task])
        with contextlib.suppress(Exception):
            await self.flush()

    def alive(self) -> bool:
        return self._task is not None and not self._task.done()

    async def _flush_loop(self) -> None:
        while True:
            await wait_set(self._flushed, FLUSH_INTERVAL_S)
            self._flushed.clear()
            try:
                await self.flush()
            except Exception as exc:  # the broker is away: the states stay dirty
                log.warning("webhook_states_not_written", error=type(exc).__name__)

    async def flush(self) -> None:
        dirty, self._dirty = self._dirty, set()
        try:
            sends = [
                await self._producer.send(
                    self._topic,
                    value=self._states[w].model_dump_json().encode(),
                    key=state_key(w),
                )
                for w in dirty
            ]
            await asyncio.gather(*sends)
        except BaseException:
            self._dirty |= dirty
            raise
