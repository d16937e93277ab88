"""Managing webhooks (Mem0's API): the operations behind the routes, on the webhooks topic.

A write is acknowledged by the broker (acks=all) and then seen by this replica's book
before it is answered; a read first waits (boundedly) until the book holds everything
acknowledged before it: what one replica answered, every replica then answers.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from datetime import UTC, datetime
from typing import Any

from aiokafka import AIOKafkaProducer
from aiokafka.errors import KafkaError

from memstream.auth.principals import Principal
from memstream.contracts.errors import ApiError
from memstream.contracts.webhooks import (
    Webhook,
    WebhookCreate,
    WebhookCreated,
    WebhookPublic,
    WebhookUpdate,
    webhook_key,
)
from memstream.settings import Settings

from .registry import RegistryFollower
from .signing import new_secret
from .ssrf import UnsafeUrlError, UrlGuard

__all__ = ["WebhookAdmin"]

NOT_FOUND = "Webhook not found."
FRESHNESS_S = 3.0


class WebhookAdmin:
    def __init__(
        self, settings: Settings, topic: str, registry: RegistryFollower, guard: UrlGuard
    ) -> None:
        self._settings = settings
        self._topic = topic
        self._registry = registry
        self.guard = guard
        self.producer: AIOKafkaProducer | None = None

    async def fresh(self) -> None:
        await self._registry.caught_up(int(time.time() * 1000), FRESHNESS_S)

    async def listed(self, principal: Principal, project_id: str) -> list[WebhookPublic]:
        _own_project(principal, project_id)
        await self.fresh()
        book = self._registry.book
        return [book.public(w) for w in book.of_project(principal.org_id, principal.project_id)]

    async def create(
        self, principal: Principal, project_id: str, body: WebhookCreate
    ) -> WebhookCreated:
        _own_project(principal, project_id)
        await self._check(body.url)
        now = datetime.now(UTC)
        webhook = Webhook(
            webhook_id=f"wh_{uuid.uuid4().hex}",
            org_id=principal.org_id,
            project_id=principal.project_id,
            name=body.name,
            url=body.url,
            event_types=list(dict.fromkeys(body.event_types)),
            is_active=body.is_active,
            secret=new_secret(),
            owner=principal.user_email or principal.key_name,
            created_at=now,
            updated_at=now,
        )
        await self._publish(webhook_key(webhook.webhook_id), webhook.model_dump_json().encode())
        public = self._registry.book.public(webhook)
        return WebhookCreated(**public.model_dump(), secret=webhook.secret)

    async def update(self, principal: Principal, webhook_id: str, body: WebhookUpdate) -> Any:
        current = await self._own(principal, webhook_id)
        if body.url is not None:
            await self._check(body.url)
        shown = self._registry.book.public(current)
        changes: dict[str, Any] = body.model_dump(exclude_none=True)
        if "event_types" in changes:
            changes["event_types"] = list(dict.fromkeys(body.event_types or ()))
        # A webhook delivery disabled stays disabled (and says why) unless this enables it.
        is_active = shown.is_active if body.is_active is None else body.is_active
        changes.update(
            is_active=is_active,
            disabled_reason=None if is_active else shown.disabled_reason,
            updated_at=datetime.now(UTC),
        )
        webhook = current.model_copy(update=changes)
        await self._publish(webhook_key(webhook_id), webhook.model_dump_json().encode())
        public = self._registry.book.public(webhook)
        return {"message": "Webhook updated successfully", **public.model_dump(mode="json")}

    async def delete(self, principal: Principal, webhook_id: str) -> dict[str, str]:
        await self._own(principal, webhook_id)
        await self._publish(webhook_key(webhook_id), None)
        return {"message": "Webhook deleted successfully"}

    async def attempts(self, principal: Principal, webhook_id: str) -> list[dict[str, Any]]:
        await self._own(principal, webhook_id)
        state = self._registry.book.states.get(webhook_id)
        return [
            a.model_dump(mode="json", exclude={"schema_version", "kind", "webhook_id"})
            for a in (state.attempts if state else [])
        ]

    async def _own(self, principal: Principal, webhook_id: str) -> Webhook:
        await self.fresh()
        webhook = self._registry.book.webhooks.get(webhook_id)
        if webhook is None or (webhook.org_id, webhook.project_id) != (
            principal.org_id,
            principal.project_id,
        ):
            raise ApiError(404, NOT_FOUND)
        return webhook

    async def _check(self, url: str) -> None:
        try:
            await self.guard.check(url)
        except UnsafeUrlError as exc:
            raise ApiError(400, str(exc)) from None

    async def _publish(self, key: bytes, value: bytes | None) -> None:
        """Acknowledged by the broker, then in this replica's book; else a 503."""
        if self.producer is None:
            raise ApiError(503, "The broker is not reachable; retry shortly.", {"Retry-After": "1"})
        try:
            async with asyncio.timeout(self._settings.kafka.publish_timeout_s):
                await self.producer.send_and_wait(self._topic, value=value, key=key)
        except (KafkaError, TimeoutError):
            raise ApiError(
                503, "The broker did not acknowledge the change; retry.", {"Retry-After": "1"}
            ) from None
        await self.fresh()


def _own_project(principal: Principal, project_id: str) -> None:
    if project_id != principal.project_id:
        raise ApiError(403, "You don't have access to this project.")
