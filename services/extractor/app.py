"""The extractor component: consumer, pipeline and their clients, built from settings."""

from __future__ import annotations

import asyncio
import contextlib
import functools
from collections.abc import Callable, Sequence

import openai
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from fastapi import APIRouter

from memstream.auth import ApiKeyAuthenticator, authenticator_for
from memstream.http import ASGIApp
from memstream.kafka import broker_reachable, make_producer
from memstream.logs import get_logger
from memstream.qdrant import acquire, release
from memstream.settings import Settings
from memstream.topics import topic_names
from services.extractor.embeddings import (
    BatchingEmbedder,
    Embedder,
    HashingEmbedder,
    MiniLMEmbedder,
    OpenAIEmbedder,
)
from services.extractor.emitter import Emitter
from services.extractor.extraction import Extractor, OpenAIExtractor, RuleBasedExtractor
from services.extractor.pipeline import Pipeline
from services.extractor.runner import ExtractorRunner
from services.extractor.store import BatchingStore, MemoryStore

__all__ = ["ExtractorService", "OpenAIClients", "build_embedder", "build_extractor"]

log = get_logger(__name__)


OpenAIFactory = Callable[[], openai.AsyncOpenAI]


class OpenAIClients:
    """One `openai` client for extraction and embeddings, made when first needed."""

    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        self.client: openai.AsyncOpenAI | None = None

    def __call__(self) -> openai.AsyncOpenAI:
        if self.client is None:
            llm = self._settings.llm
            self.client = openai.AsyncOpenAI(
                base_url=llm.base_url,
                api_key=llm.api_key.get_secret_value() if llm.api_key else "not-needed",
                timeout=llm.timeout_s,
                max_retries=llm.max_retries,
                # aiohttp underneath: httpx's pool cost most of our CPU at hundreds in flight.
                http_client=openai.DefaultAioHttpClient(timeout=llm.timeout_s),
            )
        return self.client

    async def close(self) -> None:
        if self.client is not None:
            await self.client.close()


def build_extractor(settings: Settings, openai_client: OpenAIFactory) -> Extractor:
    provider = settings.llm.provider
    if provider == "openai" or (provider == "auto" and settings.llm.configured):
        return OpenAIExtractor(openai_client(), settings.llm.model)
    return RuleBasedExtractor()


def build_embedder(settings: Settings, openai_client: OpenAIFactory) -> Embedder:
    provider = settings.embedder.provider
    if provider == "openai" or (provider == "auto" and settings.llm.configured):
        return OpenAIEmbedder(openai_client(), settings.embedder.model, settings.embedder.dims)
    if provider == "hashing":
        return HashingEmbedder(settings.embedder.dims)
    return _minilm()


@functools.cache
def _minilm() -> MiniLMEmbedder:
    """One model per process: in `memstream dev` the extractor and query share it."""
    return MiniLMEmbedder()


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
        pipeline = Pipeline(
            build_extractor(settings, self._openai),
            BatchingEmbedder(embedder, extractor.batch_max_size, batch_wait_s),
            BatchingStore(self.store, extractor.batch_max_size, batch_wait_s),
            Emitter(self._producer, self._topics),
            extractor.max_record_bytes,
            extractor.store_retry_deadline_s,
            known_projects=authenticator_for(settings),
        )
        self._consumer = AIOKafkaConsumer(
            bootstrap_servers=settings.kafka.bootstrap,
            client_id="memstream-extractor",
            group_id=settings.extractor.group_id,
            enable_auto_commit=False,
            auto_offset_reset="earliest",
            session_timeout_ms=settings.extractor.session_timeout_ms,
            heartbeat_interval_ms=settings.extractor.heartbeat_interval_ms,
            request_timeout_ms=max(settings.kafka.request_timeout_ms, 40_000),
            max_partition_fetch_bytes=settings.extractor.max_record_bytes + 64 * 1024,
            fetch_max_wait_ms=settings.extractor.fetch_max_wait_ms,
        )
        self._runner = ExtractorRunner(
            self._consumer,
            pipeline.handle,
            settings.extractor.window,
            settings.extractor.commit_interval_s,
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
