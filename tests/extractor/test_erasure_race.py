"""The erasure race: `delete_all(user_id=...)` accepted while that user's adds wait for a
slow LLM. It must remove every memory of the adds accepted before it (however late their
extraction ends) and keep every memory of the adds accepted after it."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator
from typing import Any

import pytest
from qdrant_client import models

from memstream.contracts.entities import EntityIds
from memstream.contracts.ids import memory_id, scope_key
from memstream.kafka.tansu import EmbeddedTansu
from memstream.services.status.app import StatusService
from memstream.testing.data import TERMINAL, auth
from memstream.testing.processes import FakeOpenAI
from tests.support import MEMORY_POINTS, Stack, fake_llm, make_settings, running_stack

SLOW = "answer-in-3-seconds"
SCOPES = [(run, agent) for run in (None, "r1", "r2", "r3") for agent in (None, "a1", "a2")]


@pytest.fixture(scope="module")
async def slow_llm_stack(
    broker: EmbeddedTansu, fake_openai: FakeOpenAI, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[Stack]:
    """Extraction through the fake LLM, with room for its 3 s answers."""
    settings = make_settings(
        broker.bootstrap,
        tmp_path_factory.mktemp("qdrant-race") / "q",
        llm=fake_llm(fake_openai, max_retries=0, timeout_s=10),
    )
    async with running_stack(settings) as stack:
        yield stack


def _body(user: str, text: str, run: str | None, agent: str | None) -> dict[str, Any]:
    ids = {"user_id": user, "run_id": run, "agent_id": agent}
    return {"messages": [{"role": "user", "content": text}], **{k: v for k, v in ids.items() if v}}


def _memory(body: dict[str, Any]) -> str:
    entities = EntityIds(**{k: v for k, v in body.items() if k.endswith("_id")})
    return memory_id(scope_key("org-1", "project-a", entities), body["messages"][0]["content"])


def _ended(stack: Stack, event_ids: list[str]) -> int:
    store = next(c for c in stack.components if isinstance(c, StatusService)).store
    found = [store.get_json(uuid.UUID(e), ("org-1", "project-a")) for e in event_ids]
    return sum(1 for f in found if f is not None and any(s.encode() in f for s in TERMINAL))


async def _stored_texts(stack: Stack, user: str) -> set[str]:
    """The memory texts Qdrant itself holds for `user` (deleted ones included)."""
    where = models.Filter(
        must=[models.FieldCondition(key="user_id", match=models.MatchValue(value=user))],
        must_not=MEMORY_POINTS.must_not,
    )
    found = await stack.extractor.store.vectors.scroll(where, 10_000)  # type: ignore[union-attr]
    return {f.payload["memory"] for f in found}


async def test_an_erasure_removes_every_earlier_add_and_keeps_every_later_one(
    slow_llm_stack: Stack, fake_openai: FakeOpenAI
) -> None:
    stack = slow_llm_stack
    user, bystander = f"race-{uuid.uuid4().hex[:8]}", f"bystander-{uuid.uuid4().hex[:8]}"
    early = [_body(user, f"{SLOW} early fact {n}", *SCOPES[n % 12]) for n in range(60)]
    others = [_body(bystander, f"{SLOW} other fact {n}", f"o{n}", None) for n in range(5)]
    later = [_body(user, f"later fact {n}", *SCOPES[n]) for n in range(5)]
    fake_openai.script([{"match": SLOW, "delay_s": 3.0}])
    try:
        accepted = [a["event_id"] for a in await asyncio.gather(*map(stack.add, early + others))]
        erasing = await stack.http.delete("/v1/memories/", params={"user_id": user}, headers=auth())
        assert erasing.status_code == 200, erasing.text
        ended_before_the_erasure = _ended(stack, accepted[:60])
        accepted += [a["event_id"] for a in await asyncio.gather(*map(stack.add, later))]
        finished = await asyncio.gather(*(stack.wait_for_event(e, timeout_s=90) for e in accepted))
        erasure = await stack.wait_for_event(erasing.json()["event_id"], timeout_s=90)
    finally:
        fake_openai.script([])

    assert ended_before_the_erasure < 60, "the adds were not in flight when it was accepted"
    failed = [e for e in finished if e["status"] != "SUCCEEDED"]
    assert [e["status"] for e in finished] == ["SUCCEEDED"] * 70, failed
    assert erasure["status"] == "SUCCEEDED"
    kept = {b["messages"][0]["content"] for b in later}
    # What the user reads: exactly the later adds' memories.
    listed = await stack.http.post(
        "/v3/memories/?page_size=200", json={"filters": {"user_id": user}}, headers=auth()
    )
    assert {m["memory"] for m in listed.json()["results"]} == kept
    searched = await stack.http.post(
        "/v3/memories/search/",
        json={
            "query": f"{SLOW} early fact",
            "filters": {"user_id": user},
            "top_k": 100,
            "threshold": 0,
        },
        headers=auth(),
    )
    assert {m["memory"] for m in searched.json()["results"]} == kept
    # What Qdrant holds: nothing else of the user, deleted or not.
    assert await _stored_texts(stack, user) == kept
    for body in early[:3]:
        erased = _memory(body)
        assert (await stack.http.get(f"/v1/memories/{erased}/", headers=auth())).status_code == 404
        history = await stack.http.get(f"/v1/memories/{erased}/history/", headers=auth())
        assert history.status_code == 404
    # The earlier adds' events keep their status, not their conversations or memories.
    now = [(await stack.http.get(f"/v1/event/{e}/", headers=auth())).json() for e in accepted]
    assert all(e["status"] == "SUCCEEDED" for e in now)
    assert all(e["payload"] == {} and e["results"] == [] for e in now[:60])
    assert all(e["payload"]["messages"] and e["results"] for e in now[60:])
    # Another user's memories, added in the same flight, are all there.
    assert await _stored_texts(stack, bystander) == {b["messages"][0]["content"] for b in others}
