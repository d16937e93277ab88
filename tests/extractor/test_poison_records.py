"""Records the extractor cannot process go to the DLQ; the consumer goes on."""

from __future__ import annotations

import uuid

import orjson
from aiokafka import AIOKafkaProducer

from memstream.contracts.entities import EntityIds
from memstream.contracts.ids import scope_key
from memstream.testing.data import request_record
from tests.support import Stack, read_topic


async def test_poison_records_are_dead_lettered_and_later_requests_succeed(
    rules_stack: Stack,
) -> None:
    settings = rules_stack.settings
    assert settings.kafka.bootstrap is not None
    user = f"poison-{uuid.uuid4().hex[:8]}"
    key = scope_key("org-1", "project-a", EntityIds(user_id=user))
    good = request_record(
        {"messages": [{"role": "user", "content": "I like tea."}], "user_id": user}
    )
    valid = orjson.loads(good.model_dump_json())

    def bad(**changes: object) -> tuple[str, bytes]:
        event_id = str(uuid.uuid4())
        return event_id, orjson.dumps({**valid, "event_id": event_id, **changes})

    wrong_schema_id, wrong_schema = bad(messages="not a list")
    wrong_version_id, wrong_version = bad(schema_version=2)
    oversized_id, oversized = bad(metadata={"pad": "x" * (settings.extractor.max_record_bytes + 1)})
    _, unknown_project = bad(project_id="not-a-project")
    # Received before the status view's retention: processed, it could never be shown.
    stale_id, stale = bad(received_at="2020-01-01T00:00:00Z")
    poison = [
        ("not-json", None, b"{not json at all"),
        ("invalid", wrong_schema_id, wrong_schema),
        ("unsupported-schema-version", wrong_version_id, wrong_version),
        ("oversized", oversized_id, oversized),
        ("unknown-project", None, unknown_project),  # no FAILED event: nobody could read it
        ("out-of-range", stale_id, stale),
    ]
    producer = AIOKafkaProducer(
        bootstrap_servers=settings.kafka.bootstrap, acks="all", max_request_size=4 * 1024 * 1024
    )
    await producer.start()
    try:
        for _, _, value in poison:
            await producer.send_and_wait(rules_stack.topics.requests, value, key=key)
        await producer.send_and_wait(
            rules_stack.topics.requests, good.model_dump_json().encode(), key=key
        )
    finally:
        await producer.stop()

    after = await rules_stack.wait_for_event(str(good.event_id), produced=True)
    assert after["status"] == "SUCCEEDED"
    # Produced straight to Kafka, so no PENDING record: the timeline is whole all the same.
    assert (
        after["created_at"] <= after["started_at"] <= after["completed_at"] == after["updated_at"]
    )
    assert after["latency"] > 0
    for reason, event_id, _ in poison:
        if event_id is None:
            continue
        event = await rules_stack.wait_for_event(event_id, produced=True)
        assert event["status"] == "FAILED"
        assert event["error"].startswith(f"The request record was rejected ({reason})")

    dead = [
        r
        for r in await read_topic(settings.kafka.bootstrap, rules_stack.topics.dlq)
        if r.key == key
    ]
    reasons = [dict(r.headers)["memstream-dlq-reason"].decode() for r in dead]
    assert reasons == [reason for reason, _, _ in poison]
    assert [r.value for r in dead] == [value for _, _, value in poison]  # kept as received
    assert b"schema_version" in dict(dead[2].headers)["memstream-dlq-detail"]
