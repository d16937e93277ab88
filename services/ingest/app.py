"""The ingest component: a producer, its publisher, the rate limits and the add/ping
routes, with the add fast path in front of them."""

from __future__ import annotations

from collections.abc import Sequence

from aiokafka import AIOKafkaProducer
from fastapi import APIRouter

from memstream.asgi import ASGIApp
from memstream.auth.principals import ApiKeyAuthenticator
from memstream.contracts.topics import topic_names
from memstream.kafka.adds import AddPublisher
from memstream.kafka.clients import broker_reachable, make_producer
from memstream.kafka.endings import EventEndings
from memstream.settings import Settings
from memstream.web.ratelimit import SharedBuckets

from .fast_path import AddFastPath
from .routes import router

__all__ = ["IngestService"]


class IngestService:
    name = "ingest"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._producer: AIOKafkaProducer | None = None
        self._publisher: AddPublisher | None = None
        # Started by the first add with async_mode=false; adds in the default mode never are.
        self.endings = EventEndings(
            settings.kafka,
            topic_names(settings.kafka.topic_prefix).lifecycle,
            "memstream-ingest-endings",
        )
        http = settings.http
        self.limiter = SharedBuckets(
            http.rate_limit_table, http.rate_limit_per_s, http.rate_limit_burst
        )

    @property
    def publisher(self) -> AddPublisher:
        if self._publisher is None:
            raise RuntimeError("ingest is not started")
        return self._publisher

    def wrap(self, app: ASGIApp, authenticator: ApiKeyAuthenticator) -> ASGIApp:
        return AddFastPath(
            app,
            authenticator,
            self.limiter,
            lambda: self.publisher,
            self.settings.http.max_body_bytes,
        )

    def routers(self) -> Sequence[APIRouter]:
        return [router]

    async def start(self) -> None:
        kafka = self.settings.kafka
        self._producer = make_producer(
            kafka, client_id="memstream-ingest", give_up_after_s=kafka.publish_timeout_s
        )
        await self._producer.start()
        self._publisher = AddPublisher(
            self._producer,
            topic_names(kafka.topic_prefix),
            kafka.publish_timeout_s,
            kafka.max_publishes_in_flight,
        )

    async def stop(self) -> None:
        await self.endings.close()
        if self._publisher is not None:
            await self._publisher.close()
        if self._producer is not None:
            await self._producer.stop()

    def alive(self) -> bool:
        return True  # the producer reconnects by itself; readiness tells the broker's state

    async def ready(self) -> bool:
        if self._producer is None or self._publisher is None:
            return False
        if self._publisher.broker_down:
            return False
        if not await broker_reachable(self._producer):
            self._publisher.broker_unreachable()  # adds fail fast until it is back
            return False
        return True
