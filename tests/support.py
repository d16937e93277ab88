"""Test support: settings, an in-process stack on a real port, topic reading, polling."""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import orjson
import uvicorn
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, ConsumerRecord, TopicPartition
from qdrant_client import models

from memstream.contracts.events import EventSnapshot
from memstream.contracts.ids import event_key, scope_key
from memstream.contracts.requests import AddRequest
from memstream.contracts.topics import Topics, topic_names
from memstream.kafka.clients import at_highwater, ensure_topics
from memstream.kafka.tansu import free_port
from memstream.services.extractor.app import ExtractorService
from memstream.services.stack import ServiceName, build_components, make_app
from memstream.settings import (
    AuthSettings,
    EmbedderSettings,
    ExtractorSettings,
    KafkaSettings,
    LlmSettings,
    QdrantSettings,
    Settings,
    StatusSettings,
)
from memstream.testing.data import GRANTS, KEY_A, TERMINAL, auth
from memstream.testing.processes import FakeOpenAI
from memstream.web.server import server_config

# Every point of a memory (deleted ones included), none of the entity registry's entries
# or the scopes' conversations.
MEMORY_POINTS = models.Filter(
    must_not=[
        models.FieldCondition(key="kind", match=models.MatchAny(any=["scope", "conversation"]))
    ]
)


def llm_answer(*texts: str, **fields: Any) -> str:
    """An extraction answer in Mem0's v3 shape, one memory per text (with `fields` each)."""
    memory = [{"id": str(i), "text": t, **fields} for i, t in enumerate(texts)]
    return orjson.dumps({"memory": memory}).decode()


def fake_llm(fake: FakeOpenAI, max_retries: int, timeout_s: float) -> LlmSettings:
    """Extraction through the `openai` client against the fake server."""
    return LlmSettings(
        provider="openai",
        base_url=f"{fake.url}/v1",
        api_key="sk-test",
        model="fake-model",
        max_retries=max_retries,
        timeout_s=timeout_s,
    )


def make_settings(
    bootstrap: str,
    qdrant_path: Path,
    *,
    llm: LlmSettings | None = None,
    embedder: EmbedderSettings | None = None,
    **kafka: Any,
) -> Settings:
    prefix = f"t{uuid.uuid4().hex[:10]}"
    # Where `embedded_broker` keeps a broker's contents: beside the test's files, not in var/.
    snapshot = qdrant_path.with_name(f"{qdrant_path.name}-{prefix}-broker.jsonl")
    return Settings(
        kafka=KafkaSettings(
            **{"partitions": 4, "publish_timeout_s": 3, "snapshot_path": snapshot, **kafka},
            bootstrap=bootstrap,
            topic_prefix=prefix,
        ),
        auth=AuthSettings(
            api_keys=GRANTS, key_store_path=qdrant_path.with_name(f"{prefix}-keys.sqlite3")
        ),
        llm=llm or LlmSettings(provider="rules"),
        embedder=embedder or EmbedderSettings(provider="hashing", dims=64),
        qdrant=QdrantSettings(path=qdrant_path, collection="memories"),
        extractor=ExtractorSettings(
            group_id=f"{prefix}-extractor",
            session_timeout_ms=6000,
            heartbeat_interval_ms=1000,
            commit_interval_s=0.2,
            # Pinned, whatever the default chosen for MiniLM (bench.dedup): the tests'
            # hashing embedder is a bag of words, where a paraphrase that is closer to a
            # near-miss than to its fact (test_context) stands under 0.9 from the fact.
            dedup_threshold=0.85,
        ),
        status=StatusSettings(
            freshness_timeout_s=5.0,
            fetch_max_wait_ms=50,
            store_path=qdrant_path.with_name(f"{qdrant_path.name}-{prefix}-status.sqlite3"),
        ),
    )


@dataclass
class Stack:
    settings: Settings
    url: str
    http: httpx.AsyncClient
    components: list[Any]

    @property
    def topics(self) -> Topics:
        return topic_names(self.settings.kafka.topic_prefix)

    @property
    def extractor(self) -> ExtractorService:
        return next(c for c in self.components if isinstance(c, ExtractorService))

    async def add(self, body: dict[str, Any], key: str = KEY_A) -> dict[str, Any]:
        response = await self.http.post("/v3/memories/add/", json=body, headers=auth(key))
        assert response.status_code == 200, response.text
        result: dict[str, Any] = response.json()
        return result

    async def wait_for_event(
        self, event_id: str, key: str = KEY_A, timeout_s: float = 30.0, produced: bool = False
    ) -> dict[str, Any]:
        """Poll like a client until the event ends (a 503 is retried, as its Retry-After
        asks); a 404 on the way fails the test, unless the request was `produced` straight
        to Kafka (unknown until the extractor starts it)."""
        deadline = time.monotonic() + timeout_s
        while True:
            response = await self.http.get(f"/v1/event/{event_id}/", headers=auth(key))
            retry = response.status_code == 503 or (produced and response.status_code == 404)
            if retry and time.monotonic() < deadline:
                continue
            assert response.status_code == 200, response.text
            event: dict[str, Any] = response.json()
            if event["status"] in TERMINAL:
                return event
            assert time.monotonic() < deadline, f"event {event_id} still {event['status']}"
            await asyncio.sleep(0.05)


async def create_topics(settings: Settings) -> Topics:
    """The settings' topics, created on their broker as `memstream dev` creates them."""
    assert settings.kafka.bootstrap is not None
    topics = topic_names(settings.kafka.topic_prefix)
    await ensure_topics(settings.kafka.bootstrap, topics, settings.kafka.partitions)
    return topics


@asynccontextmanager
async def running_stack(
    settings: Settings,
    names: Sequence[ServiceName] = ("ingest", "status", "query", "extractor"),
) -> AsyncIterator[Stack]:
    """The services in this event loop, behind uvicorn on a real 127.0.0.1 port."""
    await create_topics(settings)
    components = build_components(settings, names)
    port = free_port()
    # The services' own server configuration, limits included.
    config = server_config(
        make_app(settings, components), settings.http, host="127.0.0.1", port=port
    )
    server = uvicorn.Server(config)
    task = asyncio.create_task(server.serve())
    url = f"http://127.0.0.1:{port}"
    try:
        async with asyncio.timeout(60):
            while not server.started:
                assert not task.done(), "the stack did not start"
                await asyncio.sleep(0.02)
        async with httpx.AsyncClient(base_url=url, timeout=30) as http:
            yield Stack(settings, url, http, components)
    finally:
        server.should_exit = True
        await task


async def produce_requests(settings: Settings, records: Sequence[AddRequest]) -> None:
    """Write add requests straight to the requests topic, as a Kafka producer client would."""
    producer = AIOKafkaProducer(bootstrap_servers=settings.kafka.bootstrap, acks="all", linger_ms=5)
    await producer.start()
    try:
        topic = topic_names(settings.kafka.topic_prefix).requests
        sends = [
            await producer.send(
                topic,
                record.model_dump_json().encode(),
                key=scope_key(record.org_id, record.project_id, record),
            )
            for record in records
        ]
        await asyncio.gather(*sends)
    finally:
        await producer.stop()


async def produce_lifecycle(settings: Settings, snapshots: Sequence[EventSnapshot]) -> None:
    """Write lifecycle records straight to the topic (backlogs, replays, old events)."""
    producer = AIOKafkaProducer(
        bootstrap_servers=settings.kafka.bootstrap, acks="all", linger_ms=20
    )
    await producer.start()
    try:
        topic = topic_names(settings.kafka.topic_prefix).lifecycle
        sends = [
            await producer.send(
                topic,
                s.model_dump_json().encode(),
                key=event_key(s.org_id, s.project_id, s.id),
            )
            for s in snapshots
        ]
        await asyncio.gather(*sends)
    finally:
        await producer.stop()


async def read_topic(
    bootstrap: str, topic: str, timeout_s: float = 20.0
) -> list[ConsumerRecord[bytes, bytes]]:
    """Every record of `topic` up to the highwater of a fetch made now."""
    consumer = AIOKafkaConsumer(
        bootstrap_servers=bootstrap, enable_auto_commit=False, fetch_max_wait_ms=50
    )
    await consumer.start()
    records: list[ConsumerRecord[bytes, bytes]] = []
    try:
        partitions = [TopicPartition(topic, p) for p in consumer.partitions_for_topic(topic) or []]
        consumer.assign(partitions)
        await consumer.seek_to_beginning(*partitions)
        async with asyncio.timeout(timeout_s):
            while True:
                batches = await consumer.getmany(timeout_ms=100)
                for batch in batches.values():
                    records.extend(batch)
                if await at_highwater(consumer, partitions):
                    return records
    finally:
        await consumer.stop()
