"""Add → extract → poll through the real broker, Qdrant local mode and HTTP."""

from __future__ import annotations

import asyncio
import uuid

import orjson
from aiokafka import AIOKafkaProducer
from prometheus_client import REGISTRY
from qdrant_client import models

from memstream.contracts.ids import content_hash
from memstream.services.extractor.finished import FinishedEvents
from memstream.testing.processes import FakeOpenAI
from tests.support import MEMORY_POINTS, Stack, llm_answer, read_topic


def _marker() -> str:
    return f"m-{uuid.uuid4().hex[:12]}"


async def test_add_with_llm_stores_exactly_the_extracted_memories(
    openai_stack: Stack, fake_openai: FakeOpenAI
) -> None:
    marker = _marker()
    canned = ["User lives in Paris", "User plays the cello"]
    fake_openai.script([{"match": marker, "content": llm_answer(*canned)}])
    user = f"alice-{marker}"
    accepted = await openai_stack.add(
        {
            "messages": [
                {"role": "user", "content": f"I live in Paris and play the cello {marker}"}
            ],
            "user_id": user,
            "agent_id": "coach",
            "metadata": {"source": "test"},
            "timestamp": 1_700_000_000,
            "expiration_date": "2030-01-31",
        }
    )
    assert accepted["status"] == "PENDING"
    assert accepted["message"] == "Memory processing has been queued for background execution"

    event = await openai_stack.wait_for_event(accepted["event_id"])

    assert event["status"] == "SUCCEEDED", event
    assert [r["data"]["memory"] for r in event["results"]] == canned
    assert all(r["user_id"] == user and r["agent_id"] == "coach" for r in event["results"])
    assert all(r["event"] == "ADD" for r in event["results"])
    assert event["started_at"] and event["completed_at"] and event["latency"] > 0
    points = await openai_stack.extractor.store.vectors.retrieve(  # type: ignore[union-attr]
        [r["id"] for r in event["results"]], with_vectors=True
    )
    assert sorted(p.payload["memory"] for p in points) == sorted(canned)
    for point in points:
        assert point.payload["hash"] == content_hash(point.payload["memory"])
        assert point.payload["org_id"] == "org-1"
        assert point.payload["project_id"] == "project-a"
        assert point.payload["user_id"] == user
        assert point.payload["agent_id"] == "coach"
        assert point.payload["metadata"] == {"source": "test"}
        assert point.payload["created_at"].startswith("2023-11-14T22:13:20")
        assert point.payload["expiration_date"] == "2030-01-31"
        assert point.payload["event_id"] == accepted["event_id"]
        assert point.vector is not None and len(point.vector) == 64


async def test_custom_instructions_reach_the_llm(
    openai_stack: Stack, fake_openai: FakeOpenAI
) -> None:
    instruction = f"only-food-{_marker()}"
    fake_openai.script([{"match": instruction, "content": llm_answer("User likes ramen")}])
    accepted = await openai_stack.add(
        {
            "messages": [{"role": "user", "content": "I like ramen"}],
            "user_id": "bob",
            "custom_instructions": instruction,
        }
    )
    event = await openai_stack.wait_for_event(accepted["event_id"])
    assert [r["data"]["memory"] for r in event["results"]] == ["User likes ramen"]


async def test_rule_based_extractor_turns_statements_into_memories(rules_stack: Stack) -> None:
    accepted = await rules_stack.add(
        {
            "messages": [
                {"role": "user", "content": "Hi! I just moved to San Francisco from New York."},
                {"role": "assistant", "content": "Got it, I'll update your location."},
                {"role": "user", "content": "What's a good coffee place?"},
            ],
            "user_id": f"carol-{_marker()}",
        }
    )
    event = await rules_stack.wait_for_event(accepted["event_id"])
    assert event["status"] == "SUCCEEDED"
    assert [r["data"]["memory"] for r in event["results"]] == [
        "User just moved to San Francisco from New York"
    ]


async def test_infer_false_stores_messages_verbatim(rules_stack: Stack) -> None:
    accepted = await rules_stack.add(
        {
            "messages": [
                {"role": "system", "content": "You are helpful."},
                {"role": "user", "content": "What's the capital of France?"},
                {"role": "assistant", "content": "Paris."},
            ],
            "run_id": f"run-{_marker()}",
            "infer": False,
        }
    )
    event = await rules_stack.wait_for_event(accepted["event_id"])
    assert [r["data"]["memory"] for r in event["results"]] == [
        "What's the capital of France?",
        "Paris.",
    ]


async def test_small_talk_succeeds_with_no_memories(rules_stack: Stack) -> None:
    accepted = await rules_stack.add(
        {"messages": [{"role": "user", "content": "Thanks, bye!"}], "user_id": "dave"}
    )
    event = await rules_stack.wait_for_event(accepted["event_id"])
    assert event["status"] == "SUCCEEDED"
    assert event["results"] == []


async def test_same_conversation_twice_is_stored_once(rules_stack: Stack) -> None:
    body = {
        "messages": [{"role": "user", "content": "I keep bees in my garden."}],
        "user_id": f"erin-{_marker()}",
    }
    first = await rules_stack.wait_for_event((await rules_stack.add(body))["event_id"])
    second = await rules_stack.wait_for_event((await rules_stack.add(body))["event_id"])
    assert [r["data"]["memory"] for r in first["results"]] == ["User keeps bees in their garden"]
    assert second["status"] == "SUCCEEDED"
    # Nothing new to remember: the memory it repeats, not as an ADD.
    [memory] = first["results"]
    assert second["results"] == [{**memory, "event": "NONE"}]


async def test_failing_llm_fails_the_event_and_the_consumer_goes_on(
    openai_stack: Stack, fake_openai: FakeOpenAI
) -> None:
    marker = _marker()
    fake_openai.script([{"match": marker, "status": 500}])
    user = f"frank-{marker}"
    failing = await openai_stack.add(
        {"messages": [{"role": "user", "content": f"I fail {marker}"}], "user_id": user}
    )
    after = await openai_stack.add(
        {"messages": [{"role": "user", "content": "I like tea"}], "user_id": user}
    )

    failed = await openai_stack.wait_for_event(failing["event_id"])
    succeeded = await openai_stack.wait_for_event(after["event_id"])

    assert failed["status"] == "FAILED"
    assert "HTTP 500" in failed["error"]
    assert failed["results"] == []
    assert succeeded["status"] == "SUCCEEDED"
    assert [r["data"]["memory"] for r in succeeded["results"]] == ["I like tea"]


async def test_malformed_llm_answer_fails_with_a_clear_error(
    openai_stack: Stack, fake_openai: FakeOpenAI
) -> None:
    marker = _marker()
    fake_openai.script([{"match": marker, "content": "sure! here are the memories"}])
    accepted = await openai_stack.add(
        {"messages": [{"role": "user", "content": f"hello {marker}"}], "user_id": "gina"}
    )
    event = await openai_stack.wait_for_event(accepted["event_id"])
    assert event["status"] == "FAILED"
    assert event["error"] == "the LLM answer is not valid JSON"
    assert fake_openai.calls()["rules"][marker] == 2  # asked once more before failing


async def test_redelivered_record_leaves_the_same_points_and_results(rules_stack: Stack) -> None:
    user = f"hank-{_marker()}"
    accepted = await rules_stack.add(
        {
            "messages": [{"role": "user", "content": "I collect stamps. I ride horses."}],
            "user_id": user,
        }
    )
    first = await rules_stack.wait_for_event(accepted["event_id"])
    bootstrap = rules_stack.settings.kafka.bootstrap
    assert bootstrap is not None
    original = next(
        r
        for r in await read_topic(bootstrap, rules_stack.topics.requests)
        if accepted["event_id"].encode() in (r.value or b"")
    )

    async def redeliver() -> None:
        producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all")
        await producer.start()
        try:
            await producer.send_and_wait(
                rules_stack.topics.requests, value=original.value, key=original.key
            )
        finally:
            await producer.stop()

    async def finals() -> list[dict[str, object]]:
        records = await read_topic(bootstrap, rules_stack.topics.lifecycle)
        mine = [orjson.loads(r.value or b"") for r in records if event_id in (r.key or b"")]
        return [f for f in mine if f["status"] == "SUCCEEDED"]

    event_id = accepted["event_id"].encode()
    # To the process that ended the event: skipped, nothing processed twice.
    skipped = REGISTRY.get_sample_value("memstream_duplicate_requests_total") or 0
    await redeliver()
    async with asyncio.timeout(20):
        while REGISTRY.get_sample_value("memstream_duplicate_requests_total") == skipped:  # noqa: ASYNC110
            await asyncio.sleep(0.05)
    assert len(await finals()) == 1
    # To a process that does not know it ended (after a restart): processed again, and
    # the points and results are those of the first time.
    pipeline = rules_stack.extractor.pipeline
    assert pipeline is not None
    pipeline.finished = FinishedEvents()
    await redeliver()
    async with asyncio.timeout(20):
        while len(found := await finals()) < 2:  # noqa: ASYNC110 (polling the topic)
            await asyncio.sleep(0.05)
    assert found[0]["results"] == found[1]["results"] == first["results"]
    stored = await rules_stack.extractor.store.vectors.count(  # type: ignore[union-attr]
        models.Filter(
            must=[models.FieldCondition(key="user_id", match=models.MatchValue(value=user))],
            must_not=MEMORY_POINTS.must_not,
        )
    )
    assert stored == 2  # and the scope's entry in the registry, counting them once:
    [entry] = await rules_stack.extractor.store.vectors.scroll(  # type: ignore[union-attr]
        models.Filter(
            must=[
                models.FieldCondition(key="user_id", match=models.MatchValue(value=user)),
                models.FieldCondition(key="kind", match=models.MatchValue(value="scope")),
            ]
        ),
        10,
    )
    assert entry.payload["memories"] == 2
