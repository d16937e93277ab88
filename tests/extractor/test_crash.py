"""Two extractor processes, one SIGKILLed mid-run and restarted: nothing lost, nothing twice."""

from __future__ import annotations

import asyncio
import uuid
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import orjson
import pytest

from memstream.contracts.entities import EntityIds
from memstream.contracts.events import EventStatus
from memstream.contracts.ids import memory_id, scope_key
from memstream.services.status.app import StatusService
from memstream.settings import EmbedderSettings, LlmSettings, QdrantSettings
from memstream.store.leases import acquire, release
from memstream.testing.data import auth, request_record
from memstream.testing.processes import FakeOpenAI, ServiceProcess, qdrant_front
from tests.support import MEMORY_POINTS, Stack, make_settings, produce_requests, running_stack

REQUESTS = 3000
SCOPES = 300


def _body(n: int) -> dict[str, Any]:
    return {
        "messages": [{"role": "user", "content": f"I own {n} plants"}],
        "user_id": f"u{n % SCOPES}",
    }


def _expected_results(n: int) -> list[dict[str, Any]]:
    user = f"u{n % SCOPES}"
    text = f"I own {n} plants"
    scope = scope_key("org-1", "project-a", EntityIds(user_id=user))
    return [
        {
            "id": memory_id(scope, text),
            "event": "ADD",
            "data": {"memory": text},
            "user_id": user,
            "agent_id": None,
            "app_id": None,
            "run_id": None,
        }
    ]


def _event(stack: Stack, event_id: str) -> dict[str, Any] | None:
    """The event as the status service holds it (no HTTP: thousands are checked)."""
    store = next(c for c in stack.components if isinstance(c, StatusService)).store
    found = store.get_json(uuid.UUID(event_id), ("org-1", "project-a"))
    return None if found is None else orjson.loads(found)


def _statuses(stack: Stack, event_ids: Iterable[str]) -> Counter[str]:
    found = (_event(stack, e) for e in event_ids)
    return Counter(e["status"] if e else "MISSING" for e in found)


async def _wait_for(stack: Stack, event_ids: list[str], done: int, timeout_s: float) -> int:
    """Waits until `done` of the events have ended; returns how many succeeded by then. An
    ended event stays ended, so each look reads only the events still open (this process
    also runs ingest and status)."""
    still_open = list(event_ids)
    succeeded = 0
    async with asyncio.timeout(timeout_s):
        while True:
            status = {e: _statuses(stack, [e]) for e in still_open}
            succeeded += sum(s[EventStatus.SUCCEEDED] for s in status.values())
            ended = {
                e for e, s in status.items() if s[EventStatus.SUCCEEDED] or s[EventStatus.FAILED]
            }
            still_open = [e for e in still_open if e not in ended]
            if len(event_ids) - len(still_open) >= done:
                return succeeded
            await asyncio.sleep(0.25)


@pytest.mark.timeout(240)  # the two waits' bounds and the checks after them
async def test_sigkilled_extractor_loses_nothing_and_stores_nothing_twice(
    broker: Any, fake_openai: FakeOpenAI, tmp_path: Path
) -> None:
    # In memory: the front outlives every check, and local mode writes to disk ten times slower.
    with qdrant_front(None) as qdrant_url:
        settings = make_settings(
            broker.bootstrap,
            tmp_path,
            llm=LlmSettings(provider="openai", base_url=f"{fake_openai.url}/v1", api_key="sk-test"),
            embedder=EmbedderSettings(provider="openai", dims=64),
            partitions=8,
        )
        # Local mode scans every point of a filtered search (0.3 s each at this size): no
        # similar memories in the prompt, no near-duplicate search. Redelivery with them is
        # tested on qdrant-edge (tests/extractor/test_context.py).
        # A window of 32 to 64 bounds the pace (about 200 events/s at 0.3 s): the kill lands
        # mid-run however the CPU is shared (at 256 and more, a loaded run had half the
        # events ended before the first look, which blocks the loop, was done).
        extractor = settings.extractor.model_copy(
            update={"context_memories": 0, "dedup": False, "window": 32, "window_max": 64}
        )
        settings = settings.model_copy(
            update={
                "qdrant": QdrantSettings(url=qdrant_url, collection="memories"),
                "extractor": extractor,
            }
        )
        fake_openai.script([], latency_s=0.3)
        logs = tmp_path / "extractors.log"
        first = ServiceProcess("extractor", settings, logs)
        second = ServiceProcess("extractor", settings, logs)
        try:
            async with running_stack(settings, names=("ingest", "status")) as stack:
                await asyncio.gather(
                    asyncio.to_thread(first.start), asyncio.to_thread(second.start)
                )
                records = [request_record(_body(n)) for n in range(REQUESTS)]
                event_ids = [str(r.event_id) for r in records]
                await produce_requests(settings, records)
                # At a twentieth: the status service applies lifecycle records in bursts when
                # the CPU is contended, and a later kill could land after half had ended.
                succeeded_at_kill = await _wait_for(stack, event_ids, REQUESTS // 20, timeout_s=60)
                first.kill()
                restarted = ServiceProcess("extractor", settings, logs)
                await asyncio.to_thread(restarted.start)
                await _wait_for(stack, event_ids, REQUESTS, timeout_s=150)
                restarted.stop()

                assert succeeded_at_kill < REQUESTS // 2, "the kill came too late to matter"
                assert _statuses(stack, event_ids) == Counter({"SUCCEEDED": REQUESTS})
                for n, event_id in enumerate(event_ids):
                    event = _event(stack, event_id)
                    assert event is not None
                    assert event["results"] == _expected_results(n)
                sample = await stack.http.get(f"/v1/event/{event_ids[-1]}/", headers=auth())
                assert sample.json()["results"] == _expected_results(REQUESTS - 1)
        finally:
            fake_openai.script([])
            first.stop()
            second.stop()

        qdrant = acquire(settings.qdrant)
        stored = await qdrant.count(MEMORY_POINTS)
        expected_ids = [r["id"] for n in range(REQUESTS) for r in _expected_results(n)]
        found = await qdrant.retrieve(expected_ids)
        await release(qdrant)
        assert stored == REQUESTS  # nothing stored twice, nothing extra
        assert len(found) == REQUESTS  # every expected memory is there
        owners = {p.id: p.payload["event_id"] for p in found}
        assert all(owners[expected_ids[n]] == event_ids[n] for n in range(REQUESTS))
