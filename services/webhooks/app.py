"""The webhooks component: the webhook API, the fan-out of memory changes and delivery."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

from aiokafka import AIOKafkaProducer
from fastapi import APIRouter

from memstream.asgi import ASGIApp
from memstream.auth.principals import ApiKeyAuthenticator
from memstream.contracts.topics import topic_names
from memstream.kafka.clients import make_producer
from memstream.observability import metrics
from memstream.settings import Settings

from .deliverer import Deliverer
from .manage import WebhookAdmin
from .registry import RegistryFollower, WebhookBook
from .router import ChangeRouter
from .routes import router
from .sender import Sender
from .ssrf import UrlGuard
from .states import StateWriter

__all__ = ["WebhooksService"]


class WebhooksService:
    name = "webhooks"

    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        self.topics = topic_names(settings.kafka.topic_prefix)
        self.book = WebhookBook()
        self.registry = RegistryFollower(settings, self.topics.webhooks, self.book)
        # How webhook hosts resolve; tests swap `guard.resolve`.
        self.guard = UrlGuard(settings.webhooks.allow_private_urls)
        self.admin = WebhookAdmin(settings, self.topics.webhooks, self.registry, self.guard)
        self.sender = Sender(settings.webhooks, self.guard)
        self._producer: AIOKafkaProducer | None = None
        self.states: StateWriter | None = None
        self.router: ChangeRouter | None = None
        self.deliverer: Deliverer | None = None

    def wrap(self, app: ASGIApp, authenticator: ApiKeyAuthenticator) -> ASGIApp:
        return app

    def routers(self) -> Sequence[APIRouter]:
        return [router]

    async def start(self) -> None:
        producer = self._producer = make_producer(self._settings.kafka, "memstream-webhooks")
        await producer.start()
        await self.registry.start()
        await self.sender.start()
        self.admin.producer = producer
        self.states = StateWriter(producer, self.topics.webhooks, self.book)
        await self.states.start()
        self.router = ChangeRouter(self._settings, self.topics, self.registry, producer)
        self.deliverer = Deliverer(
            self._settings, self.topics, self.book, producer, self.sender, self.states
        )
        # Each joins its consumer group: at once (a join can take the broker's rebalance delay).
        await asyncio.gather(self.router.start(), self.deliverer.start())
        metrics.gauge_from(metrics.WEBHOOK_UNDELIVERED, self._undelivered)

    async def stop(self) -> None:
        metrics.gauge_release(metrics.WEBHOOK_UNDELIVERED, self._undelivered)
        for part in (self.deliverer, self.router, self.states):
            if part is not None:
                await part.stop()
        await self.sender.stop()
        await self.registry.stop()
        if self._producer is not None:
            await self._producer.stop()

    def _undelivered(self) -> float:
        return 0.0 if self.deliverer is None else self.deliverer.undelivered()

    def alive(self) -> bool:
        parts = (self.registry, self.states, self.router, self.deliverer)
        return all(p is not None and p.alive() for p in parts)

    async def ready(self) -> bool:
        return self.registry.replayed and self.alive()
