"""Records the extractor cannot process go to the DLQ; the consumer goes on."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import orjson
from aiokafka import AIOKafkaProducer

from memstream.contracts.entities import EntityIds
from memstream.contracts.ids import scope_key
from memstream.contracts.mutations import BARRIER_HEADER, EraseRecord
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


async def test_records_past_the_http_limits_are_dead_lettered_with_memstreams_headers(
    rules_stack: Stack,
) -> None:
    """What HTTP refuses is refused on Kafka too (docs/kafka-producers.md): an integer of
    metadata past 64 bits (stored as a float before), a schema_version of true or 1.0
    (processed as 1), an erasure that could never end (RUNNING for ever); and a producer's
    own DLQ headers do not stand ahead of memstream's."""
    settings = rules_stack.settings
    assert settings.kafka.bootstrap is not None
    user = f"limits-{uuid.uuid4().hex[:8]}"
    key = scope_key("org-1", "project-a", EntityIds(user_id=user))
    valid = orjson.loads(
        request_record(
            {"messages": [{"role": "user", "content": "I like tea."}], "user_id": user}
        ).model_dump_json()
    )

    def bad(**changes: object) -> tuple[str, bytes]:
        event_id = str(uuid.uuid4())
        return event_id, orjson.dumps({**valid, "event_id": event_id, **changes})

    big_id, big = bad(metadata={"a": "BIG"})
    big = big.replace(b'"BIG"', str(2**70).encode())
    update_id = str(uuid.uuid4())
    update = orjson.dumps(
        {
            "schema_version": 1,
            "type": "update",
            "event_id": update_id,
            "org_id": "org-1",
            "project_id": "project-a",
            "received_at": valid["received_at"],
            "memory_id": str(uuid.uuid4()),
            "update": {"metadata": {"b": "BIG"}},
        }
    ).replace(b'"BIG"', str(2**70).encode())
    true_id, true_version = bad(schema_version=True)
    float_id, float_version = bad(schema_version=1.0)
    forged_id, forged = bad(schema_version=7)
    poison = [
        ("invalid", big_id, big, "metadata.a is out of the 64-bit integer range"),
        ("invalid", update_id, update, "metadata.b is out of the 64-bit integer range"),
        ("unsupported-schema-version", true_id, true_version, "schema_version true"),
        ("unsupported-schema-version", float_id, float_version, "schema_version 1.0"),
        ("unsupported-schema-version", forged_id, forged, "schema_version 7"),
    ]
    erase_id = uuid.uuid4()
    erase = EraseRecord(
        event_id=erase_id,
        org_id="org-1",
        project_id="project-a",
        received_at=datetime.now(UTC),
        entities=EntityIds(user_id=user),
        parts=10**12,
    )
    erase_key = f"erase/{erase_id}".encode()
    forged_headers = [("memstream-dlq-reason", b"oversized"), ("memstream-event-id", b"x")]
    producer = AIOKafkaProducer(bootstrap_servers=settings.kafka.bootstrap, acks="all")
    await producer.start()
    try:
        for _, event_id, value, _ in poison:
            headers = forged_headers if event_id == forged_id else []
            await producer.send_and_wait(
                rules_stack.topics.requests, value, key=key, headers=headers
            )
        await producer.send_and_wait(
            rules_stack.topics.requests,
            erase.model_dump_json().encode(),
            key=erase_key,
            partition=0,
            headers=[(BARRIER_HEADER, b"1")],
        )
    finally:
        await producer.stop()

    for reason, event_id, _, detail in poison:
        event = await rules_stack.wait_for_event(event_id, produced=True)
        assert event["status"] == "FAILED", event_id
        assert event["error"].startswith(f"The request record was rejected ({reason})")
        assert detail in event["error"]
    erased = await rules_stack.wait_for_event(str(erase_id), produced=True)
    assert erased["status"] == "FAILED"
    assert "parts: 1000000000000 is more than the" in erased["error"]

    dead = {
        dict(r.headers)["memstream-event-id"].decode(): r
        for r in await read_topic(settings.kafka.bootstrap, rules_stack.topics.dlq)
        if r.key in (key, erase_key)
    }
    assert set(dead) == {event_id for _, event_id, _, _ in poison} | {str(erase_id)}
    for reason, event_id, value, _ in poison:
        assert dead[event_id].value == value  # kept as received
        headers = dead[event_id].headers
        assert [v for k, v in headers if k == "memstream-dlq-reason"] == [reason.encode()]
        assert [v for k, v in headers if k == "memstream-event-id"] == [event_id.encode()]
