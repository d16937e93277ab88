"""The ingest component: a producer, its publisher and the add/ping routes."""

from __future__ import annotations

from collections.abc import Sequence

from aiokafka import AIOKafkaProducer
from fastapi import APIRouter

from memstream.auth import ApiKeyAuthenticator
from memstream.http import ASGIApp
from memstream.kafka import broker_reachable, make_producer
from memstream.ratelimit import SharedBuckets
from memstream.settings import Settings
from memstream.topics import topic_names
from services.ingest.fast_path import AddFastPath
from services.ingest.publisher import AddPublisher
from services.ingest.routes import build_router

__all__ = ["IngestService"]


class IngestService:
    name = "ingest"

    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        self._producer: AIOKafkaProducer | None = None
        self._publisher: AddPublisher | None = None
        http = settings.http
        self._limiter = SharedBuckets(
            http.rate_limit_table, http.rate_limit_per_s, http.rate_limit_burst
        )

    def wrap(self, app: ASGIApp, authenticator: ApiKeyAuthenticator) -> ASGIApp:
        return AddFastPath(
            app,
            authenticator,
            self._limiter,
            self._get_publisher,
            self._settings.http.max_body_bytes,
        )

    def routers(self) -> Sequence[APIRouter]:
        http = self._settings.http
        return [
            build_router(
                self._get_publisher,
                http.max_body_bytes,
                self._settings.kafka.topic_prefix,
                self._limiter,
            )
        ]

    def _get_publisher(self) -> AddPublisher:
        if self._publisher is None:
            raise RuntimeError("ingest is not started")
        return self._publisher

    async def start(self) -> None:
        kafka = self._settings.kafka
        self._producer = make_producer(
            kafka, client_id="memstream-ingest", give_up_after_s=kafka.publish_timeout_s
        )
        await self._producer.start()
        self._publisher = AddPublisher(
            self._producer,
            topic_names(self._settings.kafka.topic_prefix),
            self._settings.kafka.publish_timeout_s,
            self._settings.kafka.max_publishes_in_flight,
        )

    async def stop(self) -> None:
        if self._producer is not None:
            await self._producer.stop()

    def alive(self) -> bool:
        return True  # the producer reconnects by itself; readiness tells the broker's state

    async def ready(self) -> bool:
        return self._producer is not None and await broker_reachable(self._producer)
