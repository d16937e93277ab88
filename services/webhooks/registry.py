"""The webhooks of every project, as the webhooks topic says (each replica reads all of it).

`WebhookBook` is the view (pure): the latest `Webhook` and `WebhookState` per id.
`RegistryFollower` reads every partition of the compacted topic into it, from the start,
and tells when it holds everything acknowledged before a moment (as the status view does),
so an answer or a routing decision after a write sees that write, on any replica.
"""

from __future__ import annotations

import asyncio
import time
from datetime import datetime

from aiokafka import ConsumerRecord, TopicPartition
from pydantic import ValidationError

from memstream.contracts.webhooks import Webhook, WebhookEventType, WebhookPublic, WebhookState
from memstream.kafka.clients import make_consumer, progress, topic_partitions
from memstream.kafka.freshness import CatchUp, PartitionProgress
from memstream.kafka.loops import ConsumerTask, Ticks
from memstream.observability.logs import get_logger
from memstream.settings import Settings

__all__ = ["RegistryFollower", "WebhookBook"]

log = get_logger(__name__)


class WebhookBook:
    def __init__(self) -> None:
        self.webhooks: dict[str, Webhook] = {}
        self.states: dict[str, WebhookState] = {}
        self._by_project: dict[tuple[str, str], set[str]] = {}

    def apply(self, key: bytes | None, value: bytes | None) -> None:
        kind, _, webhook_id = (key or b"").decode(errors="replace").partition(":")
        if kind == "webhook":
            old = self.webhooks.pop(webhook_id, None)
            if old is not None:
                self._by_project.get((old.org_id, old.project_id), set()).discard(webhook_id)
            if value is not None:
                webhook = Webhook.model_validate_json(value)
                self.webhooks[webhook_id] = webhook
                self._by_project.setdefault((webhook.org_id, webhook.project_id), set()).add(
                    webhook_id
                )
        elif kind == "state":
            if value is None:
                self.states.pop(webhook_id, None)
            else:
                self.states[webhook_id] = WebhookState.model_validate_json(value)

    def of_project(self, org_id: str, project_id: str) -> list[Webhook]:
        ids = self._by_project.get((org_id, project_id), set())
        return sorted((self.webhooks[i] for i in ids), key=lambda w: (w.created_at, w.webhook_id))

    def disabled_reason(self, webhook: Webhook) -> str | None:
        """Why delivery disabled `webhook` since it was last enabled, or None."""
        state = self.states.get(webhook.webhook_id)
        if state is None or state.disabled_at is None or state.disabled_at < webhook.updated_at:
            return None if webhook.is_active else webhook.disabled_reason
        return state.disabled_reason

    def active(self, webhook_id: str) -> Webhook | None:
        webhook = self.webhooks.get(webhook_id)
        if webhook is None or not webhook.is_active or self.disabled_reason(webhook):
            return None
        return webhook

    def subscribed(
        self, org_id: str, project_id: str, event: WebhookEventType, at: datetime
    ) -> list[Webhook]:
        """The project's active webhooks for `event`, created before a change made `at`."""
        return [
            webhook
            for webhook in self.of_project(org_id, project_id)
            if event in webhook.event_types
            and webhook.created_at <= at
            and self.active(webhook.webhook_id) is not None
        ]

    def public(self, webhook: Webhook) -> WebhookPublic:
        reason = self.disabled_reason(webhook)
        return WebhookPublic(
            webhook_id=webhook.webhook_id,
            name=webhook.name,
            url=webhook.url,
            event_types=webhook.event_types,
            owner=webhook.owner,
            is_active=webhook.is_active and reason is None,
            project=webhook.project_id,
            created_at=webhook.created_at,
            updated_at=webhook.updated_at,
            disabled_reason=reason,
        )


class RegistryFollower(ConsumerTask):
    def __init__(self, settings: Settings, topic: str, book: WebhookBook) -> None:
        self._settings = settings
        self._topic = topic
        self.book = book
        super().__init__()
        self._ticks = Ticks()
        self.replayed = False

    async def start(self) -> None:
        self._consumer = make_consumer(
            self._settings.kafka,
            "memstream-webhooks-registry",
            fetch_max_wait_ms=self._settings.webhooks.fetch_max_wait_ms,
        )
        await self._consumer.start()
        partitions = await topic_partitions(self._consumer, self._topic)
        self._consumer.assign(partitions)
        await self._consumer.seek_to_beginning(*partitions)
        self._task = asyncio.create_task(self._follow(), name="webhooks-registry")

    async def _follow(self) -> None:
        assert self._consumer is not None
        startup = CatchUp(since_ms=int(time.time() * 1000))
        while True:
            batches = await self._consumer.getmany(timeout_ms=50, max_records=5000)
            for records in batches.values():
                for record in records:
                    self._apply(record)
            if not self.replayed and startup.reached(await self._progress()):
                self.replayed = True
                log.info("webhooks_replayed", webhooks=len(self.book.webhooks))
            self._ticks.tick()

    def _apply(self, record: ConsumerRecord[bytes, bytes]) -> None:
        try:
            self.book.apply(record.key, record.value)
        except ValidationError:
            log.warning("webhook_record_skipped", partition=record.partition, offset=record.offset)

    async def _progress(self) -> dict[TopicPartition, PartitionProgress]:
        assert self._consumer is not None
        return await progress(self._consumer)

    async def caught_up(self, since_ms: int, timeout_s: float) -> bool:
        """Wait until the book holds everything acknowledged before `since_ms`."""
        return await self._ticks.caught_up(self._consumer, since_ms, timeout_s)
