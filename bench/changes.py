"""Changing and erasing memories at 100,000 memories of 901 users, through the whole stack.

One `memstream dev` process (ingest, status, query and extractor on qdrant-edge, against
the bench's broker). 100,000 memories go in through the pipeline as verbatim adds (100
messages each, produced straight to the requests topic): 10,000 of the user to erase and
100 of each of 900 others. Then:

- update and delete latency: an open loop at 50 requests/s (half updates of a memory's
  text, so re-embedded, half deletes), each timed from send to answer, p50 and p99;
- erasure: `DELETE /v1/memories/?user_id=...` of the 10,000-memory user, timed until its
  event is SUCCEEDED (polled every 20 ms), then checked: none of them left, the others kept.
"""

from __future__ import annotations

import asyncio
import statistics
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

import httpx
from aiokafka import AIOKafkaProducer

from memstream.contracts.entities import EntityIds, Message, MessageRole
from memstream.contracts.ids import memory_id, scope_key
from memstream.contracts.requests import AddRequest
from memstream.contracts.topics import topic_names
from memstream.kafka.clients import ensure_topics
from memstream.settings import (
    AuthSettings,
    EmbedderSettings,
    KafkaSettings,
    LlmSettings,
    QdrantSettings,
    Settings,
    StatusSettings,
)
from memstream.testing.data import GRANTS, KEY_A
from memstream.testing.processes import ServiceProcess

DIMS = 384
PER_ADD = 100
ERASED = "erased-user"
HEADERS = {"Authorization": f"Token {KEY_A}"}


def _text(user: str, n: int) -> str:
    return f"{user} remembers fact number {n}"


def _adds(memories: int, erased: int) -> list[AddRequest]:
    users = [(ERASED, erased)] + [
        (f"user-{n}", PER_ADD) for n in range((memories - erased) // PER_ADD)
    ]
    adds = []
    for user, count in users:
        for start in range(0, count, PER_ADD):
            adds.append(
                AddRequest(
                    messages=[
                        Message(role=MessageRole.USER, content=_text(user, n))
                        for n in range(start, start + PER_ADD)
                    ],
                    event_id=uuid.uuid4(),
                    org_id="org-1",
                    project_id="project-a",
                    received_at=datetime.now(UTC),
                    user_id=user,
                    infer=False,
                )
            )
    return adds


async def _produce(settings: Settings, adds: list[AddRequest]) -> None:
    producer = AIOKafkaProducer(bootstrap_servers=settings.kafka.bootstrap, linger_ms=20)
    await producer.start()
    try:
        topic = topic_names(settings.kafka.topic_prefix).requests
        for add in adds:
            key = scope_key(add.org_id, add.project_id, add)
            await producer.send(topic, add.model_dump_json().encode(), key=key)
        await producer.flush()
    finally:
        await producer.stop()


async def _until_done(http: httpx.AsyncClient, events: int) -> None:
    while True:
        page = await http.get("/v1/events/?page_size=1&status=SUCCEEDED")
        if page.status_code == 200 and page.json()["count"] >= events:
            return
        await asyncio.sleep(0.5)


def _memory(user: str, n: int) -> str:
    return memory_id(scope_key("org-1", "project-a", EntityIds(user_id=user)), _text(user, n))


async def _timed(http: httpx.AsyncClient, method: str, path: str, body: object) -> float:
    started = time.perf_counter()
    response = await http.request(method, path, json=body)
    elapsed = (time.perf_counter() - started) * 1000
    assert response.status_code == 200, response.text
    return elapsed


def _p(latencies: list[float], q: float) -> float:
    ordered = sorted(latencies)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


async def _open_loop(http: httpx.AsyncClient, rate: float, seconds: float) -> dict[str, float]:
    """Requests sent on schedule whatever the answers take: the latency of a steady rate."""
    updates: list[asyncio.Task[float]] = []
    deletes: list[asyncio.Task[float]] = []
    started = time.perf_counter()
    for n in range(int(rate * seconds)):
        await asyncio.sleep(max(0.0, started + n / rate - time.perf_counter()))
        user, fact = f"user-{n % 900}", n // 900
        path = f"/v1/memories/{_memory(user, fact)}/"
        if n % 2:
            deletes.append(asyncio.create_task(_timed(http, "DELETE", path, None)))
        else:
            body = {"text": f"{user} now remembers fact {fact} differently"}
            updates.append(asyncio.create_task(_timed(http, "PUT", path, body)))
    done_updates = list(await asyncio.gather(*updates))
    done_deletes = list(await asyncio.gather(*deletes))
    sent_for = time.perf_counter() - started
    both = done_updates + done_deletes
    return {
        "changes_rate_rps": len(both) / sent_for,
        "changes_update_p50_ms": statistics.median(done_updates),
        "changes_update_p99_ms": _p(done_updates, 0.99),
        "changes_delete_p50_ms": statistics.median(done_deletes),
        "changes_delete_p99_ms": _p(done_deletes, 0.99),
        "changes_p50_ms": statistics.median(both),
        "changes_p99_ms": _p(both, 0.99),
    }


async def _erase(http: httpx.AsyncClient, erased: int) -> dict[str, float]:
    listing = {"filters": {"user_id": ERASED}}
    before = (await http.post("/v3/memories/?page_size=1", json=listing)).json()["count"]
    assert before == erased, before
    started = time.perf_counter()
    accepted = await http.delete("/v1/memories/", params={"user_id": ERASED})
    assert accepted.status_code == 200, accepted.text
    event_id = accepted.json()["event_id"]
    while True:
        event = (await http.get(f"/v1/event/{event_id}/")).json()
        if event["status"] in ("SUCCEEDED", "FAILED"):
            break
        await asyncio.sleep(0.02)
    took = time.perf_counter() - started
    assert event["status"] == "SUCCEEDED", event
    left = (await http.post("/v3/memories/?page_size=1", json=listing)).json()["count"]
    kept = await http.post("/v3/memories/?page_size=1", json={"filters": {"user_id": "user-1"}})
    assert left == 0 and kept.json()["count"] > 0
    return {"erase_memories": float(erased), "erase_until_succeeded_s": took}


async def run_changes_bench(
    bootstrap: str, workdir: Path, memories: int = 100_000, erased: int = 10_000
) -> dict[str, float]:
    settings = Settings(
        kafka=KafkaSettings(bootstrap=bootstrap, topic_prefix=f"b{uuid.uuid4().hex[:8]}"),
        auth=AuthSettings(api_keys=GRANTS, key_store_path=None),
        llm=LlmSettings(provider="rules"),
        embedder=EmbedderSettings(provider="hashing", dims=DIMS),
        qdrant=QdrantSettings(path=workdir / "changes-qdrant", collection="memories"),
        status=StatusSettings(store_path=workdir / "changes-status.sqlite3"),
        log_level="warning",
    )
    await ensure_topics(bootstrap, topic_names(settings.kafka.topic_prefix), 12)
    stack = ServiceProcess("dev", settings, workdir / "changes.log")
    await asyncio.to_thread(stack.start)
    figures: dict[str, float] = {"changes_memories": float(memories)}
    url = f"http://127.0.0.1:{stack.port}"
    try:
        async with httpx.AsyncClient(base_url=url, headers=HEADERS, timeout=60) as http:
            adds = _adds(memories, erased)
            started = time.perf_counter()
            await _produce(settings, adds)
            await _until_done(http, len(adds))
            figures["changes_load_s"] = time.perf_counter() - started
            figures |= await _open_loop(http, rate=50, seconds=20)
            figures |= await _erase(http, erased)
    finally:
        stack.stop()
    return figures
