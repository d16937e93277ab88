"""Status replicas: resume from a checkpoint, rebuild, several replicas, retention, listing."""

from __future__ import annotations

import asyncio
import random
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from memstream.contracts import lifecycle
from memstream.contracts.events import EventSnapshot
from memstream.kafka.tansu import EmbeddedTansu
from memstream.services.status.app import StatusService
from memstream.services.status.rebuild import rebuild_store
from memstream.settings import Settings
from memstream.testing.data import KEY_A, KEY_B, auth, request_record
from tests.support import Stack, make_settings, produce_lifecycle, running_stack


def _finished(count: int, **body: Any) -> list[EventSnapshot]:
    snapshots = []
    for n in range(count):
        request = request_record(
            {"messages": [{"role": "user", "content": f"fact {n}"}], "user_id": f"u{n}", **body}
        )
        snapshots.append(lifecycle.succeeded(lifecycle.running(request), []))
    return snapshots


def _status(stack: Stack) -> StatusService:
    return next(c for c in stack.components if isinstance(c, StatusService))


async def _until(condition: Any, timeout_s: float = 60) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        assert time.monotonic() < deadline, "condition not reached in time"
        await asyncio.sleep(0.05)


def _with_status(settings: Settings, **changes: Any) -> Settings:
    return settings.model_copy(update={"status": settings.status.model_copy(update=changes)})


async def test_restart_resumes_from_the_checkpoint_and_rebuild_gives_the_same_answers(
    broker: EmbeddedTansu, tmp_path: Path
) -> None:
    settings = make_settings(broker.bootstrap, tmp_path / "q")
    first, later = _finished(10_000), _finished(500)
    async with running_stack(settings, names=("status",)):
        await produce_lifecycle(settings, first)
    async with running_stack(settings, names=("status",)) as replica:
        status = _status(replica)
        await _until(lambda: len(status.store) == 10_000)
    await produce_lifecycle(settings, later)

    async with running_stack(settings, names=("status",)) as replica:
        status = _status(replica)
        assert len(status.store) >= 10_000  # everything before the checkpoint, at once
        sample = random.sample(first, 50)
        for snapshot in sample:
            response = await replica.http.get(f"/v1/event/{snapshot.id}/", headers=auth())
            assert response.status_code == 200
        await _until(lambda: len(status.store) == 10_500)
        assert status.follower.consumed_records == 500  # only what came after the checkpoint
        answers = {s.id: status.store.get_json(s.id, ("org-1", "project-a")) for s in sample}

    assert await rebuild_store(settings) == 10_500
    async with running_stack(settings, names=("status",)) as rebuilt:
        store = _status(rebuilt).store
        assert {s.id: store.get_json(s.id, ("org-1", "project-a")) for s in sample} == answers


async def test_two_replicas_answer_every_add_polled_right_away(
    rules_stack: Stack, tmp_path: Path
) -> None:
    second = _with_status(rules_stack.settings, store_path=tmp_path / "second.sqlite3")
    async with running_stack(second, names=("status",)) as other:
        replicas = [rules_stack, other]
        gate = asyncio.Semaphore(20)

        async def add_then_poll(n: int) -> int:
            async with gate:
                body = {
                    "messages": [{"role": "user", "content": f"I have {n} books."}],
                    "user_id": f"r{n}",
                }
                accepted = await rules_stack.add(body)
                replica = replicas[n % 2]
                response = await replica.http.get(
                    f"/v1/event/{accepted['event_id']}/", headers=auth()
                )
                return response.status_code

        statuses = await asyncio.gather(*(add_then_poll(n) for n in range(1000)))
    assert statuses == [200] * 1000


async def test_events_past_their_age_are_evicted_and_the_store_shrinks(
    broker: EmbeddedTansu, tmp_path: Path
) -> None:
    settings = _with_status(
        make_settings(broker.bootstrap, tmp_path / "q"), retention_days=1, sweep_interval_s=0.2
    )
    events = _finished(3000, metadata={"pad": "x" * 300})
    async with running_stack(settings, names=("status",)) as replica:
        status = _status(replica)
        await produce_lifecycle(settings, events)
        await _until(lambda: len(status.store) == 3000, timeout_s=30)
        size = status.store.size_bytes()  # type: ignore[attr-defined]
        assert (
            await replica.http.get(f"/v1/event/{events[0].id}/", headers=auth())
        ).status_code == 200
        two_days_later = datetime.now(UTC) + timedelta(days=2)
        status.follower.clock = lambda: two_days_later
        await _until(lambda: len(status.store) == 0, timeout_s=10)
        assert status.store.size_bytes() < size / 2  # type: ignore[attr-defined]
        gone = await replica.http.get(f"/v1/event/{events[0].id}/", headers=auth())
        assert gone.status_code == 404
        await produce_lifecycle(settings, events[:10])  # a late replay of expired events
        assert (
            await replica.http.get(f"/v1/event/{events[1].id}/", headers=auth())
        ).status_code == 404


async def test_listing_pages_newest_first_filters_and_isolates(rules_stack: Stack) -> None:
    added = [
        (
            await rules_stack.add(
                {"messages": [{"role": "user", "content": f"I ran {n} km."}], "user_id": "lister"},
                key=KEY_B,
            )
        )["event_id"]
        for n in range(7)
    ]
    for event_id in added:
        await rules_stack.wait_for_event(event_id, key=KEY_B)
    newest_first = list(reversed(added))

    first = (await rules_stack.http.get("/v1/events/?page_size=3", headers=auth(KEY_B))).json()
    assert first["count"] == 7
    assert [e["id"] for e in first["results"]] == newest_first[:3]
    assert first["previous"] is None
    assert first["next"].endswith("page_size=3&page=2")
    last = (
        await rules_stack.http.get("/v1/events/?page_size=3&page=3", headers=auth(KEY_B))
    ).json()
    assert [e["id"] for e in last["results"]] == newest_first[6:]
    assert last["next"] is None and last["previous"].endswith("page=2")
    single = (await rules_stack.http.get(f"/v1/event/{added[0]}/", headers=auth(KEY_B))).json()
    assert last["results"][0] == single  # the same shape as the single-event endpoint

    succeeded = await rules_stack.http.get("/v1/events/?status=SUCCEEDED", headers=auth(KEY_B))
    assert succeeded.json()["count"] == 7
    pending = await rules_stack.http.get("/v1/events/?status=PENDING", headers=auth(KEY_B))
    assert pending.json() == {"count": 0, "next": None, "previous": None, "results": []}
    theirs = (await rules_stack.http.get("/v1/events/?page_size=100", headers=auth(KEY_A))).json()
    assert not set(added) & {e["id"] for e in theirs["results"]}


@pytest.mark.parametrize(
    "query", ["status=DONE", "page=0", "page_size=101", "page_size=abc"], ids=lambda q: q
)
async def test_listing_rejects_bad_queries(rules_stack: Stack, query: str) -> None:
    response = await rules_stack.http.get(f"/v1/events/?{query}", headers=auth(KEY_B))
    assert response.status_code == 400
    assert response.json()["detail"]


async def test_listing_requires_a_key(rules_stack: Stack) -> None:
    assert (await rules_stack.http.get("/v1/events/")).status_code == 401


async def test_a_new_replica_is_ready_only_once_it_has_replayed_the_topic(
    broker: EmbeddedTansu, tmp_path: Path
) -> None:
    """Readiness gates traffic: a replica still replaying would miss older events."""
    settings = make_settings(broker.bootstrap, tmp_path / "q")
    backlog = _finished(20_000)
    await produce_lifecycle(settings, backlog)
    async with running_stack(settings, names=("status",)) as replica:
        status = _status(replica)
        async with asyncio.timeout(120):
            while (await replica.http.get("/readyz")).status_code != 200:  # noqa: ASYNC110
                await asyncio.sleep(0.01)
        assert len(status.store) == 20_000
