"""What the libraries the design is built on cost alone, per operation, in this process's
CPU: the floor under the extractor's figure that no change to memstream's own code lowers.

- `floor_llm_call_us`: one chat completion through the `openai` client, the way the
  extractor calls it (`post(..., cast_to=bytes)` over `DefaultAioHttpClient`), with a
  prompt of the extractor's median size, 256 at once, against the fake LLM;
- `floor_http_call_us`: the same request through a bare aiohttp session (what the HTTP
  exchange costs without the SDK);
- `floor_kafka_produce_us` / `floor_kafka_consume_us`: one 600-byte record (a lifecycle
  record's size) produced (acks=all, batched) and consumed through aiokafka;
- `floor_store_upsert_us` / `floor_store_search_us`: one point upserted (64 dimensions, a
  memory's payload) and one filtered nearest-10 search, in a qdrant-edge shard;
  `floor_store_search_ids_us` the same search answering ids and scores only;
- `floor_store_point_per_string_us`: what each string value of a payload adds to making a
  `qdrant_edge.Point` (the binding converts a dict into the engine's payload).
"""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import Awaitable, Callable
from pathlib import Path

import aiohttp
import openai
import qdrant_edge as qe
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

__all__ = ["run_floor_bench"]

CALLS = 3000
AT_ONCE = 256
RECORDS = 20_000
POINTS = 5000
DIMS = 64
PROMPT = "word " * 560  # about 700 tokens: the median prompt of bench.dedup
CHAT = {"model": "fake-model", "messages": [{"role": "user", "content": PROMPT}]}


async def _cpu_us_each(count: int, at_once: int, call: Callable[[int], Awaitable[object]]) -> float:
    """This process's CPU microseconds per call of `count` calls, `at_once` at a time."""
    limit = asyncio.Semaphore(at_once)

    async def one(n: int) -> None:
        async with limit:
            await call(n)

    await asyncio.gather(*(one(n) for n in range(min(count, at_once))))  # warm: connections
    started = time.process_time()
    await asyncio.gather(*(one(n) for n in range(count)))
    return (time.process_time() - started) * 1e6 / count


async def _llm_calls(llm_url: str) -> dict[str, float]:
    client = openai.AsyncOpenAI(
        base_url=f"{llm_url}/v1",
        api_key="sk-bench",
        max_retries=0,
        http_client=openai.DefaultAioHttpClient(timeout=60),
    )
    try:
        sdk = await _cpu_us_each(
            CALLS,
            AT_ONCE,
            lambda _: client.post("/chat/completions", body=CHAT, cast_to=bytes),
        )
    finally:
        await client.close()
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0)) as session:

        async def bare(_: int) -> bytes:
            async with session.post(f"{llm_url}/v1/chat/completions", json=CHAT) as answer:
                return await answer.read()

        http = await _cpu_us_each(CALLS, AT_ONCE, bare)
    return {"floor_llm_call_us": sdk, "floor_http_call_us": http}


async def _kafka(bootstrap: str) -> dict[str, float]:
    topic = f"bench-floor-{uuid.uuid4().hex[:8]}"
    value = b"x" * 600
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all", linger_ms=5)
    await producer.start()
    try:
        await (await producer.send(topic, value))  # the topic is created on first use
        started = time.process_time()
        sent = [await producer.send(topic, value, key=str(n).encode()) for n in range(RECORDS)]
        await asyncio.gather(*sent)
        produce = (time.process_time() - started) * 1e6 / RECORDS
    finally:
        await producer.stop()
    consumer = AIOKafkaConsumer(
        topic, bootstrap_servers=bootstrap, auto_offset_reset="earliest", enable_auto_commit=False
    )
    await consumer.start()
    try:
        started, read = time.process_time(), 0
        while read < RECORDS + 1:
            batches = await consumer.getmany(timeout_ms=1000, max_records=2000)
            read += sum(len(records) for records in batches.values())
        consume = (time.process_time() - started) * 1e6 / read
    finally:
        await consumer.stop()
    return {"floor_kafka_produce_us": produce, "floor_kafka_consume_us": consume}


def _store(workdir: Path) -> dict[str, float]:
    path = workdir / "floor-edge"
    path.mkdir(parents=True, exist_ok=True)
    config = qe.EdgeConfig(vectors=qe.EdgeVectorParams(size=DIMS, distance=qe.Distance.Cosine))
    shard = qe.EdgeShard.create(str(path), config)
    shard.update(qe.UpdateOperation.create_field_index("user_id", qe.PayloadSchemaType.Keyword))

    def vector(n: int) -> list[float]:
        return [((n * 31 + i * 17) % 97) / 97 for i in range(DIMS)]

    vectors = [vector(n) for n in range(POINTS)]
    payloads = [
        {
            "data": f"User owns {n} plants",
            "hash": uuid.uuid4().hex,
            "user_id": f"u{n % 500}",
            "created_at": "2026-12-02T14:00:00+00:00",
            "updated_at": "2026-12-02T14:00:00+00:00",
            "categories": ["hobbies"],
            "attributed_to": "user",
            "linked_memory_ids": [],
        }
        for n in range(POINTS)
    ]
    started = time.process_time()
    for n in range(POINTS):
        point = qe.Point(str(uuid.uuid4()), vectors[n], payloads[n])
        shard.update(qe.UpdateOperation.upsert_points([point]))
    upsert = (time.process_time() - started) * 1e6 / POINTS
    started = time.process_time()
    for n in range(POINTS):
        match = qe.FieldCondition(key="user_id", match=qe.MatchValue(f"u{n % 500}"))
        request = qe.QueryRequest(
            limit=10,
            query=qe.Query.Nearest(vectors[n]),
            filter=qe.Filter(must=[match]),
            with_payload=True,
        )
        shard.query(request)
    search = (time.process_time() - started) * 1e6 / POINTS
    started = time.process_time()
    for n in range(POINTS):
        match = qe.FieldCondition(key="user_id", match=qe.MatchValue(f"u{n % 500}"))
        ids_only = qe.QueryRequest(
            limit=10, query=qe.Query.Nearest(vectors[n]), filter=qe.Filter(must=[match])
        )
        shard.query(ids_only)
    search_ids = (time.process_time() - started) * 1e6 / POINTS
    shard.close()
    return {
        "floor_store_upsert_us": upsert,
        "floor_store_search_us": search,
        "floor_store_search_ids_us": search_ids,
        "floor_store_point_per_string_us": _per_string_us(vectors[0]),
    }


def _per_string_us(vector: list[float]) -> float:
    """Microseconds a string value adds to a point: 30 of them against none."""
    strings = {f"field{i}": "text" for i in range(30)}
    costs = []
    for payload in ({}, strings):
        started = time.process_time()
        for _ in range(2000):
            qe.Point(0, vector, payload)
        costs.append((time.process_time() - started) * 1e6 / 2000)
    return (costs[1] - costs[0]) / len(strings)


async def run_floor_bench(bootstrap: str, llm_url: str, workdir: Path) -> dict[str, float]:
    return await _llm_calls(llm_url) | await _kafka(bootstrap) | _store(workdir)
