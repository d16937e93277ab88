"""The query component: the routes of memories. Reads go to the memories collection;
changes are published to the requests topic (when a broker is configured) and answered
once the collection shows them."""

from __future__ import annotations

from collections.abc import Sequence

from aiokafka import AIOKafkaProducer
from fastapi import APIRouter

from memstream.asgi import ASGIApp
from memstream.auth.principals import ApiKeyAuthenticator
from memstream.contracts.topics import topic_names
from memstream.kafka.adds import AddPublisher
from memstream.kafka.clients import make_producer
from memstream.kafka.endings import EventEndings
from memstream.kafka.tables import ProjectSettingsTable
from memstream.llm.client import OpenAIClients
from memstream.llm.embedders import Embedder, build_embedder
from memstream.llm.rerank import Reranker
from memstream.observability.logs import get_logger
from memstream.settings import Settings
from memstream.store.base import VectorStore
from memstream.store.leases import acquire, release
from memstream.web.ratelimit import SharedBuckets

from . import adding, entities, explorer, mutations, projects, unsupported
from .publisher import ChangePublisher
from .routes import router

__all__ = ["QueryService"]

log = get_logger(__name__)


class QueryService:
    name = "query"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._openai = OpenAIClients(settings)
        self._reader: VectorStore | None = None
        self._embedder: Embedder | None = None
        self._producer: AIOKafkaProducer | None = None
        self.publisher: ChangePublisher | None = None
        self.reranker: Reranker | None = None
        # The older SDKs' adds (POST /v1/memories/), when a broker is configured.
        self.adds: AddPublisher | None = None
        self.endings: EventEndings | None = None
        http = settings.http
        self.limiter = SharedBuckets(None, http.rate_limit_per_s, http.rate_limit_burst)
        self.projects: ProjectSettingsTable | None = None

    @property
    def reader(self) -> VectorStore:
        if self._reader is None:
            raise RuntimeError("query is not started")
        return self._reader

    @property
    def embedder(self) -> Embedder:
        if self._embedder is None:
            raise RuntimeError("query is not started")
        return self._embedder

    def wrap(self, app: ASGIApp, authenticator: ApiKeyAuthenticator) -> ASGIApp:
        return app

    def routers(self) -> Sequence[APIRouter]:
        return [
            router,
            mutations.router,
            entities.router,
            explorer.router,
            adding.router,
            projects.router,
            unsupported.router,
        ]

    async def start(self) -> None:
        # The same embedder as the extractor's, built from the same settings: a query and
        # the memories it should find share one vector space.
        embedder = build_embedder(self.settings, self._openai)
        self._reader = acquire(self.settings.qdrant)
        await self._reader.ensure_collection(embedder.dims)
        self._embedder = embedder
        if self.settings.rerank.url:
            self.reranker = Reranker(self.settings.rerank)
        kafka = self.settings.kafka
        if kafka.bootstrap:
            self._producer = make_producer(
                kafka, client_id="memstream-query", give_up_after_s=kafka.publish_timeout_s
            )
            await self._producer.start()
            topics = topic_names(kafka.topic_prefix)
            self.publisher = ChangePublisher(self._producer, topics, kafka.publish_timeout_s)
            self.adds = AddPublisher(
                self._producer, topics, kafka.publish_timeout_s, kafka.max_publishes_in_flight
            )
            self.endings = EventEndings(kafka, topics.lifecycle, "memstream-query-endings")

            # Project settings are answered from the whole compacted topic, followed here.
            self.projects = ProjectSettingsTable(kafka, topics.projects, "memstream-query-projects")
            await self.projects.table.start()
            if not await self.projects.table.wait_caught_up(kafka.publish_timeout_s):
                log.warning("project_settings_behind", topic=topics.projects)

    async def stop(self) -> None:
        if self.projects is not None:
            await self.projects.table.stop()
        if self.endings is not None:
            await self.endings.close()
        if self.adds is not None:
            await self.adds.close()
        if self.reranker is not None:
            await self.reranker.close()
        if self._producer is not None:
            await self._producer.stop()
        if self._reader is not None:
            await release(self._reader)
        await self._openai.close()

    def alive(self) -> bool:
        # The project-settings table is its one background loop.
        return self.projects is None or self.projects.table.alive()

    async def ready(self) -> bool:
        return self._embedder is not None
