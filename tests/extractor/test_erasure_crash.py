"""An extractor SIGKILLed in the middle of erasing 1,000 memories: once restarted, the
erasure completes and its event ends SUCCEEDED, once."""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import orjson
from qdrant_client import AsyncQdrantClient, models

from memstream.kafka.tansu import EmbeddedTansu
from memstream.settings import QdrantSettings
from memstream.store.base import VectorStore
from memstream.store.qdrant import QdrantClientStore
from memstream.testing.data import auth
from memstream.testing.processes import ServiceProcess, qdrant_front
from tests.support import Stack, create_topics, make_settings, read_topic, running_stack


def _of(user: str, *, hidden: bool = False) -> models.Filter:
    """`user`'s memories; with `hidden`, deleted ones, registry entries and the scopes'
    conversations as well."""
    hidden_kinds = ["deleted", "scope", "conversation"]
    kinds = (
        []
        if hidden
        else [models.FieldCondition(key="kind", match=models.MatchAny(any=hidden_kinds))]
    )
    return models.Filter(
        must=[models.FieldCondition(key="user_id", match=models.MatchValue(value=user))],
        must_not=kinds,
    )


async def _count(store: VectorStore, user: str) -> int:
    """The user's live memories, as Qdrant holds them (the test front serves no listing)."""
    return await store.count(_of(user))


async def _until(check: Callable[[], Awaitable[bool]], timeout_s: float, pause_s: float) -> None:
    deadline = time.monotonic() + timeout_s
    while not await check():
        assert time.monotonic() < deadline, "not reached in time"
        await asyncio.sleep(pause_s)


async def _parts(stack: Stack, event_id: str) -> list[dict[str, Any]]:
    bootstrap = stack.settings.kafka.bootstrap
    assert bootstrap is not None
    values = [
        orjson.loads(r.value or b"") for r in await read_topic(bootstrap, stack.topics.lifecycle)
    ]
    return [v for v in values if v.get("kind") == "erasure-part" and v["event_id"] == event_id]


async def test_a_sigkilled_extractor_completes_an_erasure_of_1000_memories_once(
    broker: EmbeddedTansu, tmp_path: Path
) -> None:
    user, other = f"erased-{uuid.uuid4().hex[:8]}", f"kept-{uuid.uuid4().hex[:8]}"
    with qdrant_front(None) as qdrant_url:
        settings = make_settings(broker.bootstrap, tmp_path)
        settings = settings.model_copy(
            update={
                "qdrant": QdrantSettings(url=qdrant_url, collection="memories"),
                # Small pages: the erasure takes long enough to be killed in the middle.
                "extractor": settings.extractor.model_copy(update={"erase_page_size": 100}),
            }
        )
        logs = tmp_path / "extractor.log"
        first = ServiceProcess("extractor", settings, logs)
        restarted = ServiceProcess("extractor", settings, logs)
        # The test's own reads wait as long as the front takes: it answers one call at a
        # time, and a page of the erasure held it past qdrant-client's 5 s default once.
        qdrant = QdrantClientStore(AsyncQdrantClient(url=qdrant_url, timeout=60), "memories")
        await create_topics(settings)
        starting = asyncio.create_task(asyncio.to_thread(first.start))  # meanwhile, the rest
        try:
            async with running_stack(settings, names=("ingest", "status", "query")) as stack:
                adds = [
                    {
                        "messages": [
                            {"role": "user", "content": f"{user} fact {n}.{m}"} for m in range(50)
                        ],
                        "user_id": user,
                        "run_id": f"run-{n % 4}",
                        "infer": False,
                    }
                    for n in range(20)
                ]
                adds.append({**adds[0], "user_id": other})
                accepted = await asyncio.gather(*map(stack.add, adds))
                await starting
                for event in accepted:
                    done = await stack.wait_for_event(event["event_id"], timeout_s=120)
                    assert done["status"] == "SUCCEEDED"
                assert await _count(qdrant, user) == 1000

                erasing = await stack.http.delete(
                    "/v1/memories/", params={"user_id": user}, headers=auth()
                )
                event_id = erasing.json()["event_id"]

                async def started() -> bool:
                    return await _count(qdrant, user) < 1000

                await _until(started, timeout_s=60, pause_s=0.01)
                first.kill()
                left_at_kill = await _count(qdrant, user)
                parts_at_kill = {p["partition"] for p in await _parts(stack, event_id)}

                await asyncio.to_thread(restarted.start)
                erasure = await stack.wait_for_event(event_id, timeout_s=120)
                await asyncio.sleep(1)  # the restarted extractor re-applies what it must
                again = (await stack.http.get(f"/v1/event/{event_id}/", headers=auth())).json()
                parts = await _parts(stack, event_id)
                left = await _count(qdrant, user)
                kept = await _count(qdrant, other)
                stored = await qdrant.count(_of(user, hidden=True))
        finally:
            await starting
            first.stop()
            restarted.stop()
            await qdrant.close()

    assert 0 < left_at_kill < 1000, "the kill did not land in the middle of the erasure"
    assert len(parts_at_kill) < 4
    assert erasure["status"] == "SUCCEEDED" and erasure["error"] is None
    assert again == erasure  # it ended once: repeated parts change nothing
    assert {p["partition"] for p in parts} == {0, 1, 2, 3}
    assert all(p["error"] is None for p in parts)
    assert (left, stored, kept) == (0, 0, 50)  # no memory, no deleted one, no registry entry
