"""The read path at 100,000 memories of 1,000 users: qdrant-edge (the embedded default)
against qdrant-client local mode (the baseline), in the same run.

Memories are upserted straight into each store with random unit vectors and the payload
the extractor writes (no LLM pipeline). Then, for one user at a time:

- store level: a filtered search (top 10, the query service's exact filter: project, user,
  not expired), dense and hybrid (`keyword_search`: fused by rank with the BM25 ranking of
  the query's words, in one query), and a get-all page (100 newest + the exact count), p50
  and p99;
- through the service on qdrant-edge: `memstream query` in its own process, searched and
  listed over HTTP by one keep-alive client. It embeds queries with the hashing embedder,
  so these figures are the read path's own; the embedded default embedder (MiniLM) is
  timed apart, as the service calls it, and adds its time to every search.

Local mode scans every point of a filtered query in Python (about 0.1 ms a point here), so
it gets 2 searches and 1 page only: its "p99" is then the slowest of them.
"""

from __future__ import annotations

import asyncio
import statistics
import time
import uuid
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import numpy as np
from qdrant_client import AsyncQdrantClient, models

from memstream.contracts.entities import Message, MessageRole
from memstream.contracts.events import SourcePosition
from memstream.contracts.payload import point_payload
from memstream.contracts.requests import AddRequest
from memstream.llm.embedders import MiniLMEmbedder
from memstream.services.query.filters import translate
from memstream.services.query.shaping import scoped
from memstream.settings import AuthSettings, EmbedderSettings, LlmSettings, QdrantSettings, Settings
from memstream.store.base import MemoryPoint, VectorStore
from memstream.store.edge import EdgeStore
from memstream.store.qdrant import QdrantClientStore
from memstream.testing.data import GRANTS, KEY_A
from memstream.testing.processes import ServiceProcess

DIMS = 384  # MiniLM's, the embedded default embedder
USERS = 1000
BATCH = 2000
EDGE_SAMPLES = 300
LOCAL_SAMPLES = 2
MINILM_SAMPLES = 30
HTTP_SAMPLES = 300


def _points(count: int) -> list[MemoryPoint]:
    rng = np.random.default_rng(8)
    vectors = rng.standard_normal((count, DIMS)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    start = datetime(2026, 1, 1, tzinfo=UTC).timestamp()
    points = []
    for n in range(count):
        record = AddRequest(
            messages=[Message(role=MessageRole.USER, content="x")],
            event_id=uuid.UUID(int=n + 1),
            org_id="org-1",
            project_id="project-a",
            received_at=datetime.now(UTC),
            timestamp=start + n * 60,
            user_id=f"user-{n % USERS}",
            metadata={"n": n},
        )
        text = f"User {n % USERS} remembers fact number {n}"
        point_id = str(uuid.UUID(int=n + 1))
        points.append(
            MemoryPoint(
                point_id,
                vectors[n].tolist(),
                point_payload(record, text, SourcePosition(partition=0, offset=n), []),
            )
        )
    return points


async def _load(store: VectorStore, points: list[MemoryPoint]) -> float:
    started = time.perf_counter()
    await store.ensure_collection(DIMS)
    for i in range(0, len(points), BATCH):
        await store.upsert(points[i : i + BATCH])
    return time.perf_counter() - started


def _user_filter(n: int) -> models.Filter:
    where = translate({"user_id": f"user-{n % USERS}"})
    return scoped(where, "org-1", "project-a", now=time.time())


async def _timed(samples: int, call: Callable[[int], Awaitable[Any]]) -> list[float]:
    latencies = []
    for n in range(samples):
        started = time.perf_counter()
        await call(n * 7919)
        latencies.append((time.perf_counter() - started) * 1000)
    return latencies


def _p(latencies: list[float], q: float) -> float:
    ordered = sorted(latencies)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


async def _store_figures(
    name: str, store: VectorStore, samples: int, per_user: int
) -> dict[str, float]:
    rng = np.random.default_rng(3)
    queries = rng.standard_normal((samples, DIMS)).astype(np.float32).tolist()

    async def search(n: int) -> None:
        found = await store.search(queries[n % samples], _user_filter(n), 10, -1.0)
        assert len(found) == min(10, per_user)
        assert all(f.payload["user_id"] == f"user-{n % USERS}" for f in found)

    async def hybrid(n: int) -> None:
        words = f"remembers fact number {n % (USERS * per_user)}"
        found = await store.search(queries[n % samples], _user_filter(n), 10, -1.0, words)
        assert len(found) == min(10, per_user)
        assert all(f.payload["user_id"] == f"user-{n % USERS}" for f in found)

    async def page(n: int) -> None:
        where = _user_filter(n)
        count, found = await store.count(where), await store.page(where, 0, 100)
        assert count == len(found) == min(100, per_user)

    searches = await _timed(samples, search)
    hybrids = await _timed(samples, hybrid)
    pages = await _timed(max(1, samples // 2), page)
    return {
        f"query_{name}_search_p50_ms": statistics.median(searches),
        f"query_{name}_search_p99_ms": _p(searches, 0.99),
        f"query_{name}_hybrid_search_p50_ms": statistics.median(hybrids),
        f"query_{name}_hybrid_search_p99_ms": _p(hybrids, 0.99),
        f"query_{name}_page_p50_ms": statistics.median(pages),
        f"query_{name}_page_p99_ms": _p(pages, 0.99),
    }


def _http_figures(url: str, per_user: int) -> dict[str, float]:
    headers = {"Authorization": f"Token {KEY_A}"}
    searches, hybrids, pages = [], [], []
    with httpx.Client(base_url=url, headers=headers, timeout=30) as client:
        for n in range(HTTP_SAMPLES + 20):
            user = f"user-{(n * 7919) % USERS}"
            body = {"query": f"what does {user} remember?", "filters": {"user_id": user}}
            for hybrid, latencies in ((False, searches), (True, hybrids)):
                started = time.perf_counter()
                sent = {**body, "keyword_search": hybrid}
                response = client.post("/v3/memories/search/", json=sent)
                elapsed = (time.perf_counter() - started) * 1000
                assert response.status_code == 200, response.text
                if n >= 20:  # warm-up first
                    latencies.append(elapsed)
            started = time.perf_counter()
            response = client.post("/v3/memories/", json={"filters": {"user_id": user}})
            elapsed = (time.perf_counter() - started) * 1000
            assert response.status_code == 200 and response.json()["count"] == per_user
            if n >= 20:
                pages.append(elapsed)
    return {
        "query_http_search_p50_ms": statistics.median(searches),
        "query_http_search_p99_ms": _p(searches, 0.99),
        "query_http_hybrid_search_p50_ms": statistics.median(hybrids),
        "query_http_hybrid_search_p99_ms": _p(hybrids, 0.99),
        "query_http_page_p50_ms": statistics.median(pages),
        "query_http_page_p99_ms": _p(pages, 0.99),
    }


async def _minilm_figures() -> dict[str, float]:
    """The embedded default embedder on one query, called as the query service calls it."""
    embedder = MiniLMEmbedder()
    await embedder.embed(["warm up"])

    async def embed(n: int) -> None:
        await embedder.embed([f"what does user-{n % USERS} remember?"])

    latencies = await _timed(MINILM_SAMPLES, embed)
    return {
        "query_minilm_embed_p50_ms": statistics.median(latencies),
        "query_minilm_embed_p99_ms": _p(latencies, 0.99),
    }


async def run_query_bench(workdir: Path, memories: int = 100_000) -> dict[str, float]:
    points = await asyncio.to_thread(_points, memories)
    figures: dict[str, float] = {"query_memories": float(memories), "query_users": float(USERS)}

    qdrant = QdrantSettings(path=workdir / "query-qdrant", collection="memories")
    edge = EdgeStore(qdrant.path / f"edge-{qdrant.collection}")
    figures["query_edge_load_s"] = await _load(edge, points)
    per_user = memories // USERS
    figures |= await _store_figures("edge", edge, EDGE_SAMPLES, per_user)
    await edge.close()

    # Local mode in memory: on disk it pickles every point into SQLite (about 4 ms a point
    # here), and its queries are the same scan of the points it holds in memory either way.
    local = QdrantClientStore(AsyncQdrantClient(location=":memory:"), "memories")
    figures["query_local_load_s"] = await _load(local, points)
    figures |= await _store_figures("local", local, LOCAL_SAMPLES, per_user)
    await local.close()
    del points

    settings = Settings(
        auth=AuthSettings(api_keys=GRANTS, key_store_path=None),
        llm=LlmSettings(provider="rules"),
        embedder=EmbedderSettings(provider="hashing", dims=DIMS),
        qdrant=qdrant,
        log_level="warning",
    )
    service = ServiceProcess("query", settings, workdir / "query.log")
    await asyncio.to_thread(service.start)
    try:
        figures |= await asyncio.to_thread(
            _http_figures, f"http://127.0.0.1:{service.port}", per_user
        )
    finally:
        service.terminate()
    figures |= await _minilm_figures()
    figures["query_search_p99_local_over_edge_x"] = (
        figures["query_local_search_p99_ms"] / figures["query_edge_search_p99_ms"]
    )
    return figures
