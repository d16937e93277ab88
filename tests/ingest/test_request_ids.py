"""Request ids and trace context: echoed over HTTP, carried through Kafka to the end."""

from __future__ import annotations

import uuid

import pytest

from memstream.testing.data import auth
from tests.support import Stack, read_topic

TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736"
TRACEPARENT = f"00-{TRACE_ID}-00f067aa0ba902b7-01"


async def test_every_answer_carries_a_request_id(rules_stack: Stack) -> None:
    for path in ("/v1/ping/", f"/v1/event/{uuid.uuid4()}/", "/nowhere/"):
        response = await rules_stack.http.get(path, headers=auth())
        assert len(response.headers["x-request-id"]) == 32


async def test_a_well_formed_request_id_is_kept(rules_stack: Stack) -> None:
    response = await rules_stack.http.get(
        "/v1/ping/", headers={**auth(), "X-Request-ID": "abc-123"}
    )
    assert response.headers["x-request-id"] == "abc-123"


@pytest.mark.parametrize("hostile", ["a b", "x" * 129, "id;drop", "é"])
async def test_a_malformed_request_id_is_replaced(rules_stack: Stack, hostile: str) -> None:
    headers: dict[str, str | bytes] = {**auth(), "X-Request-ID": hostile.encode()}
    response = await rules_stack.http.get("/v1/ping/", headers=headers)
    assert response.headers["x-request-id"] != hostile
    assert len(response.headers["x-request-id"]) == 32


async def test_an_add_is_traceable_from_gateway_to_every_lifecycle_record(
    rules_stack: Stack,
) -> None:
    response = await rules_stack.http.post(
        "/v3/memories/add/",
        json={"messages": [{"role": "user", "content": "I sail on weekends."}], "user_id": "tr"},
        headers={**auth(), "X-Request-ID": "req-trace-1", "traceparent": TRACEPARENT},
    )
    event_id = response.json()["event_id"]
    await rules_stack.wait_for_event(event_id)
    bootstrap = rules_stack.settings.kafka.bootstrap
    assert bootstrap is not None
    request = [
        r
        for r in await read_topic(bootstrap, rules_stack.topics.requests)
        if event_id.encode() in (r.value or b"")
    ]
    lifecycle = [
        r
        for r in await read_topic(bootstrap, rules_stack.topics.lifecycle)
        if event_id.encode() in (r.key or b"")  # key: [org, project, event id]
    ]
    assert len(request) == 1 and len(lifecycle) >= 3  # PENDING, RUNNING, SUCCEEDED
    for record in request + lifecycle:
        headers = dict(record.headers)
        assert headers["x-request-id"] == b"req-trace-1"
        assert headers["traceparent"].decode().split("-")[1] == TRACE_ID
