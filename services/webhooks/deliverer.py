"""Delivery: the deliveries topic, one queue per webhook, attempts until delivered.

A consumer group on the deliveries topic (key: webhook id, so a webhook's deliveries are
all in one partition, in order, and one process delivers them). Every attempt is written
back to the same partition, after its delivery. What is committed: per partition, the
offset of its oldest delivery still undelivered (else its position), after the attempts
before it were acknowledged. So after a restart or a rebalance the new owner reads from
there: a delivery with a final attempt later on the topic (delivered, abandoned) is done,
one without is queued again with its count of failed attempts. A partition delivers
nothing until it has read everything written before it was assigned (the status view's
catch-up rule), so no delivery is sent again because its attempt was not read yet.
Only an attempt under way when a process dies is repeated: at least once, never more
for no reason.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from uuid import UUID

from aiokafka import (
    AIOKafkaConsumer,
    AIOKafkaProducer,
    ConsumerRebalanceListener,
    ConsumerRecord,
    TopicPartition,
)
from pydantic import ValidationError

from memstream.contracts.topics import Topics
from memstream.contracts.webhooks import Attempt, AttemptOutcome, Delivery, Webhook
from memstream.kafka.clients import make_consumer, progress
from memstream.kafka.freshness import CatchUp
from memstream.observability import metrics
from memstream.observability.logs import get_logger
from memstream.settings import Settings

from .loops import stop_tasks, wait_set
from .queues import EndpointQueue, Pending, retry_delay, why_disable
from .registry import WebhookBook
from .sender import Sender, Sent
from .states import StateWriter

__all__ = ["Deliverer"]

log = get_logger(__name__)

REMEMBERED = 200_000  # delivery ids finished, to skip a fan-out written twice
COMMIT_INTERVAL_S = 0.5


@dataclass
class _Partition:
    catch_up: CatchUp
    ready: bool = False
    undelivered: dict[UUID, int] = field(default_factory=dict)  # delivery id -> offset


class Deliverer(ConsumerRebalanceListener):  # type: ignore[misc]
    def __init__(
        self,
        settings: Settings,
        topics: Topics,
        book: WebhookBook,
        producer: AIOKafkaProducer,
        sender: Sender,
        states: StateWriter,
    ) -> None:
        self._settings = settings
        self._config = settings.webhooks
        self._topics = topics
        self._book = book
        self._producer = producer
        self._sender = sender
        self._states = states
        self._consumer: AIOKafkaConsumer | None = None
        self._partitions: dict[int, _Partition] = {}
        self._queues: dict[str, EndpointQueue] = {}
        self._pending: dict[UUID, Pending] = {}
        self._finished: OrderedDict[UUID, None] = OrderedDict()
        self._sends: list[asyncio.Task[object]] = []
        self._disabled: dict[str, datetime] = {}  # by this process, until the book shows it
        self._wake = asyncio.Event()
        self._tasks: list[asyncio.Task[None]] = []
        self._attempts: set[asyncio.Task[None]] = set()
        self.clock: Callable[[], float] = time.time  # wall clock: failing since, give up

    # -- lifecycle -----------------------------------------------------------------------

    async def start(self) -> None:
        self._consumer = make_consumer(
            self._settings.kafka,
            "memstream-webhooks",
            group_id=self._config.group_id,
            fetch_max_wait_ms=self._config.fetch_max_wait_ms,
            session_timeout_ms=self._settings.extractor.session_timeout_ms,
            heartbeat_interval_ms=self._settings.extractor.heartbeat_interval_ms,
        )
        self._consumer.subscribe([self._topics.deliveries], listener=self)
        await self._consumer.start()
        self._tasks = [
            asyncio.create_task(self._consume(), name="webhooks-consume"),
            asyncio.create_task(self._dispatch(), name="webhooks-dispatch"),
            asyncio.create_task(self._commit_loop(), name="webhooks-commit"),
        ]

    async def stop(self) -> None:
        await stop_tasks([*self._tasks, *self._attempts])
        if self._consumer is not None:
            with contextlib.suppress(Exception):
                await self._commit()
            await self._consumer.stop()

    def alive(self) -> bool:
        return bool(self._tasks) and not any(t.done() for t in self._tasks)

    def undelivered(self) -> int:
        return len(self._pending)

    # -- rebalances ------------------------------------------------------------------------

    async def on_partitions_revoked(self, revoked: Iterable[TopicPartition]) -> None:
        with contextlib.suppress(Exception):
            await self._commit()
        for tp in revoked:
            self._partitions.pop(tp.partition, None)
        for webhook_id, queue in list(self._queues.items()):
            if queue.partition not in self._partitions:
                for pending in queue.clear():
                    self._pending.pop(pending.id, None)
                del self._queues[webhook_id]

    async def on_partitions_assigned(self, assigned: Iterable[TopicPartition]) -> None:
        since = int(time.time() * 1000)
        for tp in assigned:
            self._partitions[tp.partition] = _Partition(CatchUp(since_ms=since))

    # -- reading ---------------------------------------------------------------------------

    async def _consume(self) -> None:
        assert self._consumer is not None
        while True:
            batches = await self._consumer.getmany(timeout_ms=100, max_records=2000)
            for records in batches.values():
                for record in records:
                    self._read(record)
            await self._mark_ready()
            self._wake.set()

    def _read(self, record: ConsumerRecord[bytes, bytes]) -> None:
        partition = self._partitions.get(record.partition)
        if partition is None:
            return
        value = record.value or b""
        try:
            if b'"kind":"attempt"' in value:
                self._on_attempt(Attempt.model_validate_json(value), partition.ready)
            else:
                self._on_delivery(Delivery.model_validate_json(value), record, partition)
        except ValidationError:
            log.warning("delivery_record_skipped", partition=record.partition, offset=record.offset)

    def _on_delivery(
        self, delivery: Delivery, record: ConsumerRecord[bytes, bytes], partition: _Partition
    ) -> None:
        if delivery.delivery_id in self._finished or delivery.delivery_id in self._pending:
            return  # written twice (a fan-out repeated after a crash)
        pending = Pending(delivery, record.partition, record.offset)
        queue = self._queue(delivery.webhook_id, record.partition)
        if not queue.add(pending):
            self._disable(queue, f"{self._config.max_queued} changes waited to be delivered")
            return
        self._pending[pending.id] = pending
        partition.undelivered[pending.id] = record.offset

    def _on_attempt(self, attempt: Attempt, live: bool) -> None:
        """An attempt read back: one made before a restart or a rebalance (while the
        partition catches up: it restores the webhook's failures in a row, when it may
        retry, and the delivery's count of attempts), or our own."""
        queue = self._queues.get(attempt.webhook_id)
        if not live and queue is not None:
            if attempt.outcome is AttemptOutcome.FAILED:
                queue.failures = attempt.failures
                since = attempt.failing_since or attempt.at
                queue.failing_since = since.timestamp()
                if attempt.next_attempt_at is not None:
                    queue.not_before = attempt.next_attempt_at.timestamp()
            elif attempt.outcome is AttemptOutcome.DELIVERED:
                queue.failures, queue.failing_since, queue.not_before = 0, None, 0.0
        if attempt.outcome is AttemptOutcome.FAILED:
            pending = self._pending.get(attempt.delivery_id)
            if not live and pending is not None:
                pending.attempts = max(pending.attempts, attempt.attempt)
            return
        self._finish(attempt.delivery_id)

    def _finish(self, delivery: UUID) -> None:
        self._finished[delivery] = None
        if len(self._finished) > REMEMBERED:
            self._finished.popitem(last=False)
        pending = self._pending.pop(delivery, None)
        if pending is not None:
            queue = self._queues.get(pending.delivery.webhook_id)
            if queue is not None:
                queue.remove(pending)
            partition = self._partitions.get(pending.partition)
            if partition is not None:
                partition.undelivered.pop(delivery, None)

    async def _mark_ready(self) -> None:
        assert self._consumer is not None
        for tp in self._consumer.assignment():
            partition = self._partitions.get(tp.partition)
            if partition is None or partition.ready:
                continue
            partition.ready = partition.catch_up.reached(await progress(self._consumer, [tp]))

    def _queue(self, webhook_id: str, partition: int) -> EndpointQueue:
        queue = self._queues.get(webhook_id)
        if queue is None:
            queue = self._queues[webhook_id] = EndpointQueue(
                webhook_id, partition, self._config.max_in_flight, self._config.max_queued
            )
        return queue

    # -- sending ---------------------------------------------------------------------------

    async def _dispatch(self) -> None:
        while True:
            self._wake.clear()
            now = self.clock()
            soonest: float | None = None
            for queue in list(self._queues.values()):
                partition = self._partitions.get(queue.partition)
                if partition is None or not partition.ready or not queue.items:
                    continue
                for pending in queue.take(now):
                    task = asyncio.create_task(self._attempt(queue, pending))
                    self._attempts.add(task)
                    task.add_done_callback(self._attempts.discard)
                if queue.not_before > now:
                    soonest = min(soonest or queue.not_before, queue.not_before)
            timeout = None if soonest is None else max(0.0, soonest - self.clock())
            await wait_set(self._wake, timeout)

    def _active(self, webhook_id: str) -> Webhook | None:
        webhook = self._book.active(webhook_id)
        disabled_at = self._disabled.get(webhook_id)
        if webhook is None or (disabled_at is not None and webhook.updated_at <= disabled_at):
            return None
        return webhook

    async def _attempt(self, queue: EndpointQueue, pending: Pending) -> None:
        webhook = self._active(queue.webhook_id)
        if webhook is None:
            self._abandon(queue, [pending], "the webhook is disabled or deleted")
            return
        sent = await self._sender.send(webhook, pending.delivery)
        now = self.clock()
        if self._pending.get(pending.id) is not pending:
            return  # its partition was revoked meanwhile: the new owner decides
        metrics.WEBHOOK_ATTEMPT_DURATION.observe(sent.latency_ms / 1000)
        if sent.ok:
            queue.delivered(pending)
            self._record(queue, webhook, pending, sent, AttemptOutcome.DELIVERED, None)
            self._finish(pending.id)
            lag = now - pending.delivery.changed_at.timestamp()
            metrics.WEBHOOK_DELIVERY_LAG.observe(max(0.0, lag))
        else:
            delay = retry_delay(queue.failures + 1, sent.retry_after_s, self._config)
            queue.failed(pending, now, delay)
            self._record(queue, webhook, pending, sent, AttemptOutcome.FAILED, now + delay)
            reason = why_disable(queue, now, self._config)
            if reason is not None and self._active(queue.webhook_id) is not None:
                self._disable(queue, f"{reason}; the last: {sent.error}")
        self._wake.set()

    def _record(
        self,
        queue: EndpointQueue,
        webhook: Webhook,
        pending: Pending,
        sent: Sent,
        outcome: AttemptOutcome,
        next_at: float | None,
    ) -> None:
        attempt = Attempt(
            delivery_id=pending.id,
            webhook_id=webhook.webhook_id,
            memory_id=pending.delivery.memory_id,
            event=pending.delivery.event,
            attempt=pending.attempts + (1 if outcome is AttemptOutcome.DELIVERED else 0),
            at=datetime.now(UTC),
            status_code=sent.status_code,
            latency_ms=sent.latency_ms,
            error=sent.error,
            outcome=outcome,
            next_attempt_at=None if next_at is None else datetime.fromtimestamp(next_at, UTC),
            failures=queue.failures,
            failing_since=(
                None
                if queue.failing_since is None
                else datetime.fromtimestamp(queue.failing_since, UTC)
            ),
        )
        self._write(attempt)
        self._states.attempted(attempt)
        metrics.WEBHOOK_ATTEMPTS.labels(outcome.value).inc()

    def _write(self, attempt: Attempt) -> None:
        self._sends.append(
            asyncio.create_task(
                self._producer.send_and_wait(
                    self._topics.deliveries,
                    value=attempt.model_dump_json().encode(),
                    key=attempt.webhook_id.encode(),
                )
            )
        )

    def _abandon(self, queue: EndpointQueue, dropped: list[Pending], why: str) -> None:
        for pending in dropped:
            queue.remove(pending)
            attempt = Attempt(
                delivery_id=pending.id,
                webhook_id=queue.webhook_id,
                memory_id=pending.delivery.memory_id,
                event=pending.delivery.event,
                attempt=max(1, pending.attempts),
                at=datetime.now(UTC),
                error=why,
                outcome=AttemptOutcome.ABANDONED,
            )
            self._write(attempt)
            self._finish(pending.id)
            metrics.WEBHOOK_ATTEMPTS.labels(AttemptOutcome.ABANDONED.value).inc()

    def _disable(self, queue: EndpointQueue, reason: str) -> None:
        log.warning("webhook_disabled", webhook_id=queue.webhook_id, reason=reason)
        metrics.WEBHOOKS_DISABLED.inc()
        self._disabled[queue.webhook_id] = datetime.now(UTC)
        self._states.disabled(queue.webhook_id, reason)
        self._abandon(queue, [p for p in queue.clear() if not p.in_flight], "disabled: " + reason)
        queue.failures, queue.failing_since, queue.not_before = 0, None, 0.0

    # -- committing ------------------------------------------------------------------------

    async def _commit_loop(self) -> None:
        while True:
            await asyncio.sleep(COMMIT_INTERVAL_S)
            await self._commit()

    async def _commit(self) -> None:
        """Attempts acknowledged first; then each partition up to its oldest undelivered."""
        assert self._consumer is not None
        sends, self._sends = self._sends, []
        if sends:
            await asyncio.gather(*sends)
        offsets = {}
        for tp in self._consumer.assignment():
            partition = self._partitions.get(tp.partition)
            if partition is None or not partition.ready:
                continue
            position = await self._consumer.position(tp)
            offsets[tp] = min(partition.undelivered.values(), default=position)
        if offsets:
            await self._consumer.commit(offsets)
