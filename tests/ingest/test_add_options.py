"""The add's options: async_mode=false answers with the event's results, output_format
shapes that answer, version is mapped, graph and structured extraction are refused, and a
re-add of a memory's text with new metadata merges it in (an UPDATE result)."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from mem0 import MemoryClient

from memstream.services.ingest.app import IngestService
from memstream.settings import HttpSettings
from memstream.testing.data import KEY_A, auth
from tests.query.helpers import unique
from tests.support import Stack, running_stack


def _messages(*texts: str) -> list[dict[str, str]]:
    return [{"role": "user", "content": t} for t in texts]


async def _post(stack: Stack, body: dict[str, Any], path: str = "/v3/memories/add/") -> Any:
    return await stack.http.post(path, json=body, headers=auth())


async def test_a_synchronous_add_answers_with_its_results_through_the_sdk(
    rules_stack: Stack,
) -> None:
    name = unique("sync")
    client = await asyncio.to_thread(MemoryClient, api_key=KEY_A, host=rules_stack.url)
    answer = await asyncio.to_thread(
        client.add,
        _messages("I keep bees in the garden"),
        filters={"user_id": name},
        infer=False,
        async_mode=False,
        version="v2",
        metadata={"hive": 1},
    )
    ((result,),) = [answer["results"]]
    assert result["event"] == "ADD" and result["data"]["memory"] == "I keep bees in the garden"
    assert result["user_id"] == name
    # The same text again with other metadata: merged in, an UPDATE.
    bare = await _post(
        rules_stack,
        {
            "messages": _messages("I keep bees in the garden"),
            "user_id": name,
            "infer": False,
            "async_mode": False,
            "output_format": "v1.0",
            "metadata": {"queen": "marked"},
        },
    )
    assert bare.status_code == 200, bare.text
    assert [(r["id"], r["event"]) for r in bare.json()] == [(result["id"], "UPDATE")]
    memory = await rules_stack.http.get(f"/v1/memories/{result['id']}/", headers=auth())
    assert memory.json()["metadata"] == {"hive": 1, "queen": "marked"}
    history = await rules_stack.http.get(f"/v1/memories/{result['id']}/history/", headers=auth())
    assert [h["event"] for h in history.json()] == ["ADD", "UPDATE"]
    # Nothing new: nothing happened, and the results say so (Mem0's NONE, naming the memory).
    same = await _post(
        rules_stack,
        {
            "messages": _messages("I keep bees in the garden"),
            "user_id": name,
            "infer": False,
            "async_mode": False,
            "metadata": {"hive": 1},
        },
    )
    assert [(r["id"], r["event"]) for r in same.json()["results"]] == [(result["id"], "NONE")]


async def test_past_the_wait_a_synchronous_add_gets_the_queued_answer(
    rules_stack: Stack,
) -> None:
    # ingest and status on topics of their own: no extractor ends the event.
    kafka = rules_stack.settings.kafka.model_copy(update={"topic_prefix": unique("nowait")})
    http = HttpSettings(sync_add_wait_s=0.3)
    settings = rules_stack.settings.model_copy(update={"http": http, "kafka": kafka})
    async with running_stack(settings, names=("ingest", "status")) as stack:
        ingest = next(c for c in stack.components if isinstance(c, IngestService))
        body = {"messages": _messages("hello"), "user_id": unique("w")}
        assert (await _post(stack, body)).status_code == 200
        assert not ingest.endings.started  # an add in the default mode never starts it
        queued = await _post(stack, {**body, "async_mode": False})
        assert queued.status_code == 200 and queued.json()["status"] == "PENDING"
        event = await stack.http.get(f"/v1/event/{queued.json()['event_id']}/", headers=auth())
        assert event.status_code == 200 and event.json()["status"] == "PENDING"


@pytest.mark.parametrize(
    ("field", "value", "named"),
    [
        ("version", "v3", "version"),
        ("output_format", "v2.0", "output_format"),
        ("enable_graph", True, "enable_graph"),
        ("async_mode", "no", "async_mode"),
        ("structured_data_schema", {"type": "object"}, "structured_data_schema is not supported"),
        ("filters", {"metadata": {"a": 1}}, "filters"),
        ("surprise", 1, "surprise"),
    ],
)
async def test_add_options_memstream_does_not_take_are_a_400_naming_them(
    rules_stack: Stack, field: str, value: Any, named: str
) -> None:
    body = {"messages": _messages("x"), "user_id": "u", field: value}
    refused = await _post(rules_stack, body)
    assert refused.status_code == 400 and named in refused.json()["detail"], refused.text


async def test_the_old_sdks_add_on_v1_memories(rules_stack: Stack) -> None:
    # mem0ai 1.0.x: add(messages, user_id=...) → POST /v1/memories/ with async_mode true,
    # output_format v1.1 and the ping's org and project ids (copied from its client).
    name = unique("old")
    body = {
        "messages": _messages("My cat is called Pixel"),
        "user_id": name,
        "async_mode": True,
        "output_format": "v1.1",
        "org_id": "org-1",
        "project_id": "project-a",
        "infer": False,
    }
    queued = await _post(rules_stack, body, "/v1/memories/")
    assert queued.status_code == 200, queued.text
    event = await rules_stack.wait_for_event(queued.json()["event_id"])
    assert [r["data"]["memory"] for r in event["results"]] == ["My cat is called Pixel"]
    # mem0ai 0.1.118: the same path, no async_mode, output_format v1.1 and version v2.
    old = {k: v for k, v in body.items() if k != "async_mode"}
    v01 = await _post(
        rules_stack,
        {**old, "messages": _messages("Pixel is grey"), "version": "v2"},
        "/v1/memories/",
    )
    assert v01.status_code == 200 and v01.json()["status"] == "PENDING", v01.text
    waited = await _post(
        rules_stack,
        {**body, "messages": _messages("Pixel sleeps all day"), "async_mode": False},
        "/v1/memories/",
    )
    assert waited.status_code == 200, waited.text
    assert [r["event"] for r in waited.json()["results"]] == ["ADD"]
