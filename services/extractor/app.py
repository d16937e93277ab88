"""The extractor component: consumer, pipeline and their clients, built from settings."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable, Sequence
from datetime import timedelta
from functools import partial

import openai
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from fastapi import APIRouter

from memstream.asgi import ASGIApp
from memstream.auth.principals import ApiKeyAuthenticator, authenticator_for
from memstream.contracts.topics import topic_names
from memstream.kafka.clients import (
    broker_reachable,
    make_consumer,
    make_producer,
    partition_count,
)
from memstream.kafka.tables import ProjectSettingsTable
from memstream.llm.client import OpenAIClients
from memstream.llm.embedders import BatchingEmbedder, build_embedder
from memstream.observability.logs import get_logger
from memstream.settings import Settings
from memstream.store.leases import acquire, release

from .decode import RecordRules
from .emitter import Emitter
from .extraction import Extractor, OpenAIExtractor, RuleBasedExtractor
from .pipeline import Pipeline, is_barrier
from .runner import ExtractorRunner
from .store import BatchingStore, MemoryIndex, MemoryStore, TextKnowingStore
from .texts import MemoryTexts
from .window import AdaptiveWindow

__all__ = ["ExtractorService", "build_extractor"]

log = get_logger(__name__)


def build_extractor(
    settings: Settings, openai_client: Callable[[], openai.AsyncOpenAI]
) -> Extractor:
    provider = settings.llm.provider
    if provider == "openai" or (provider == "auto" and settings.llm.configured):
        return OpenAIExtractor(openai_client(), settings.llm.model)
    return RuleBasedExtractor()


class ExtractorService:
    name = "extractor"

    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        self._topics = topic_names(settings.kafka.topic_prefix)
        self._producer: AIOKafkaProducer | None = None
        self._consumer: AIOKafkaConsumer | None = None
        self._runner: ExtractorRunner | None = None
        self._task: asyncio.Task[None] | None = None
        self.store: MemoryStore | None = None
        self.pipeline: Pipeline | None = None
        self.projects = ProjectSettingsTable(
            settings.kafka, self._topics.projects, "memstream-extractor-projects"
        )
        self._openai = OpenAIClients(settings)

    def wrap(self, app: ASGIApp, authenticator: ApiKeyAuthenticator) -> ASGIApp:
        return app

    def routers(self) -> Sequence[APIRouter]:
        return []

    async def start(self) -> None:
        settings = self._settings
        extractor = settings.extractor
        batch_wait_s = extractor.batch_max_wait_ms / 1000
        embedder = build_embedder(settings, self._openai)
        self.store = MemoryStore(acquire(settings.qdrant))
        await self.store.ensure_collection(embedder.dims)
        self._producer = make_producer(settings.kafka, client_id="memstream-extractor")
        await self._producer.start()
        # The project settings first: an add is never extracted with settings older than
        # those its project had when the extractor started.
        await self.projects.table.start()
        if not await self.projects.table.wait_caught_up(extractor.startup_timeout_s):
            log.warning("project_settings_behind", topic=self._topics.projects)
        store: MemoryIndex = BatchingStore(self.store, extractor.batch_max_size, batch_wait_s)
        texts = MemoryTexts(extractor.memory_texts_kept)
        if extractor.memory_texts_kept:
            store = TextKnowingStore(store, texts)
        self.pipeline = pipeline = Pipeline(
            build_extractor(settings, self._openai),
            BatchingEmbedder(embedder, extractor.batch_max_size, batch_wait_s),
            store,
            Emitter(self._producer, self._topics),
            RecordRules(
                max_bytes=extractor.max_record_bytes,
                known_projects=authenticator_for(settings),
                max_age=timedelta(days=settings.status.retention_days),
            ),
            extractor,
            self.projects.get,
            partial(partition_count, self._producer),
        )
        self._consumer = make_consumer(
            settings.kafka,
            "memstream-extractor",
            group_id=settings.extractor.group_id,
            session_timeout_ms=settings.extractor.session_timeout_ms,
            heartbeat_interval_ms=settings.extractor.heartbeat_interval_ms,
            request_timeout_ms=max(settings.kafka.request_timeout_ms, 40_000),
            max_partition_fetch_bytes=settings.extractor.max_record_bytes + 64 * 1024,
            fetch_max_wait_ms=settings.extractor.fetch_max_wait_ms,
        )
        self._runner = ExtractorRunner(
            self._consumer,
            pipeline.handle,
            AdaptiveWindow(extractor.window, ceiling=extractor.window_max),
            settings.extractor.commit_interval_s,
            is_barrier,
            on_assigned=texts.forget_all,
        )
        self._consumer.subscribe([self._topics.requests], listener=self._runner)
        await self._consumer.start()
        self._task = asyncio.create_task(self._runner.run(), name="extractor-runner")

    async def stop(self) -> None:
        try:
            if self._runner is not None and self._task is not None:
                self._runner.request_stop()
                with contextlib.suppress(Exception):
                    await self._task
                await self._runner.drain(self._settings.extractor.drain_timeout_s)
        finally:
            await self._close_clients()

    async def _close_clients(self) -> None:
        if self._consumer is not None:
            await self._consumer.stop()
        await self.projects.table.stop()
        if self._producer is not None:
            await self._producer.stop()
        if self.store is not None:
            await release(self.store.vectors)
        await self._openai.close()

    def alive(self) -> bool:
        return self._task is not None and not self._task.done()

    async def ready(self) -> bool:
        return (
            self.alive() and self._producer is not None and await broker_reachable(self._producer)
        )
