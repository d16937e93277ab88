"""Bad input to `POST /v3/memories/add/`: a clear 4xx JSON error, and nothing published."""

from __future__ import annotations

import uuid
from typing import Any

import orjson
import pytest

from memstream.testing.data import KEY_A, auth
from tests.support import Stack, read_topic

GOOD_MESSAGES = [{"role": "user", "content": "I like tea"}]


def _nested(depth: int) -> dict[str, Any]:
    node: dict[str, Any] = {"a": 1}
    for _ in range(depth - 1):
        node = {"a": node}
    return node


NESTED_300, NESTED_40 = _nested(300), _nested(40)

BAD_BODIES: list[tuple[str, Any, int, str]] = [  # one case a line
    ("not an object", [1, 2], 400, "valid dictionary"),
    ("missing messages", {"user_id": "u"}, 400, "messages"),
    ("empty messages", {"messages": [], "user_id": "u"}, 400, "messages"),
    ("bad role", {"messages": [{"role": "robot", "content": "x"}], "user_id": "u"}, 400, "role"),
    ("content not a string", {"messages": [{"role": "user", "content": 7}], "user_id": "u"}, 400, "content"),
    ("message not an object", {"messages": ["hello"], "user_id": "u"}, 400, "messages.0"),
    ("no entity id", {"messages": GOOD_MESSAGES}, 400, "user_id, agent_id, app_id or run_id"),
    ("empty entity id", {"messages": GOOD_MESSAGES, "user_id": ""}, 400, "user_id"),
    ("user_id not a string", {"messages": GOOD_MESSAGES, "user_id": 12}, 400, "user_id"),
    ("infer not a bool", {"messages": GOOD_MESSAGES, "user_id": "u", "infer": "yes"}, 400, "infer"),
    ("metadata not an object", {"messages": GOOD_MESSAGES, "user_id": "u", "metadata": []}, 400, "metadata"),
    ("bad expiration date", {"messages": GOOD_MESSAGES, "user_id": "u", "expiration_date": "soon"}, 400, "expiration_date"),
    ("negative timestamp", {"messages": GOOD_MESSAGES, "user_id": "u", "timestamp": -5}, 400, "timestamp"),
    ("conflicting ids", {"messages": GOOD_MESSAGES, "user_id": "u", "filters": {"user_id": "v"}}, 400, "differs"),
    # Values every store and decoder downstream could not handle (they ended FAILED with an
    # OverflowError, or in a record the status view could not read): refused, field named.
    ("timestamp past 9999", {"messages": GOOD_MESSAGES, "user_id": "u", "timestamp": 1e18}, 400, "timestamp"),
    ("expiration on the last day", {"messages": GOOD_MESSAGES, "user_id": "u", "expiration_date": "9999-12-31"}, 400, "expiration_date"),
    ("metadata 300 deep", {"messages": GOOD_MESSAGES, "user_id": "u", "metadata": NESTED_300}, 400, "metadata: Value error, nests deeper than 32"),
    ("metadata over 64 KiB", {"messages": GOOD_MESSAGES, "user_id": "u", "metadata": {"pad": "x" * 70_000}}, 400, "metadata: Value error, is 70010 bytes"),
    ("filters 40 deep", {"messages": GOOD_MESSAGES, "user_id": "u", "filters": {"x": NESTED_40}}, 400, "filters"),
    # A message's unknown keys were dropped.
    ("unknown message keys", {"messages": [{**GOOD_MESSAGES[0], "tool_calls": [1], "metadata": {"a": 1}, "timestamp": 5}], "user_id": "u"}, 400, "Unsupported field(s): messages.0.tool_calls, messages.0.metadata, messages.0.timestamp."),
    ("unknown key in the second message", {"messages": [*GOOD_MESSAGES, {"role": "assistant", "content": "ok", "refusal": None}], "user_id": "u"}, 400, "Unsupported field(s): messages.1.refusal."),
    # A boolean is no number: true was read as 1970-01-01T00:00:01.
    ("timestamp a boolean", {"messages": GOOD_MESSAGES, "user_id": "u", "timestamp": True}, 400, "timestamp: Value error, must be a number of seconds, not a boolean"),
    ("timestamp a text", {"messages": GOOD_MESSAGES, "user_id": "u", "timestamp": "5"}, 400, "timestamp: Value error, must be a number of seconds, not a text"),
    # Integers past 64 bits were stored as floats, or stored where no filter matches them.
    ("metadata integer past 64 bits", {"messages": GOOD_MESSAGES, "user_id": "u", "metadata": {"a": 123456789012345678901234567890}}, 400, "metadata: Value error, metadata.a is out of the 64-bit integer range"),
    ("metadata integer below 64 bits", {"messages": GOOD_MESSAGES, "user_id": "u", "metadata": {"a": [1, {"b": -(2**63) - 1}]}}, 400, "metadata.a.1.b is out of the 64-bit integer range"),
    ("metadata integer 2^63", {"messages": GOOD_MESSAGES, "user_id": "u", "metadata": {"n": 2**63}}, 400, "metadata.n is out of"),
    ("metadata integer 2^64-1", {"messages": GOOD_MESSAGES, "user_id": "u", "metadata": {"n": 2**64 - 1}}, 400, "metadata.n is out of"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("case", "body", "status", "hint"), BAD_BODIES, ids=[c[0] for c in BAD_BODIES]
)
async def test_invalid_body_is_rejected(
    rules_stack: Stack, case: str, body: Any, status: int, hint: str
) -> None:
    response = await rules_stack.http.post("/v3/memories/add/", json=body, headers=auth())
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/json"
    assert hint in response.json()["detail"]


async def test_malformed_json_is_400(rules_stack: Stack) -> None:
    response = await rules_stack.http.post(
        "/v3/memories/add/",
        content=b'{"messages": [',
        headers={**auth(), "Content-Type": "application/json"},
    )
    assert response.status_code == 400
    assert "not valid JSON" in response.json()["detail"]


async def test_body_over_the_limit_is_413(rules_stack: Stack) -> None:
    huge = "x" * (rules_stack.settings.http.max_body_bytes + 1)
    body = {"messages": [{"role": "user", "content": huge}], "user_id": "u"}
    response = await rules_stack.http.post("/v3/memories/add/", json=body, headers=auth())
    assert response.status_code == 413
    assert "larger than" in response.json()["detail"]


async def test_chunked_body_over_the_limit_is_413(rules_stack: Stack) -> None:
    limit = rules_stack.settings.http.max_body_bytes

    async def chunks() -> Any:
        for _ in range(limit // 65536 + 2):
            yield b"x" * 65536

    response = await rules_stack.http.post(
        "/v3/memories/add/",
        content=chunks(),
        headers={**auth(), "Content-Type": "application/json"},
    )
    assert response.status_code == 413


async def test_wrong_content_type_is_415(rules_stack: Stack) -> None:
    response = await rules_stack.http.post(
        "/v3/memories/add/",
        content=b"messages=hello",
        headers={**auth(), "Content-Type": "application/x-www-form-urlencoded"},
    )
    assert response.status_code == 415


@pytest.mark.parametrize(
    "headers",
    [{}, {"Authorization": "Token nope"}, {"Authorization": KEY_A}, {"Authorization": "Basic abc"}],
    ids=["missing", "unknown key", "no scheme", "wrong scheme"],
)
async def test_missing_or_wrong_api_key_is_401(rules_stack: Stack, headers: dict[str, str]) -> None:
    body = {"messages": GOOD_MESSAGES, "user_id": "u"}
    response = await rules_stack.http.post("/v3/memories/add/", json=body, headers=headers)
    assert response.status_code == 401
    assert response.json()["detail"]


async def test_unknown_sdk_keys_are_ignored(rules_stack: Stack) -> None:
    body = {
        "messages": GOOD_MESSAGES,
        "user_id": "u",
        "async_mode": True,
        "version": "v2",
        "output_format": "v1.1",
        "org_id": "someone-else",
        "project_id": "not-mine",
    }
    accepted = await rules_stack.add(body)
    event = await rules_stack.wait_for_event(accepted["event_id"])
    assert event["status"] == "SUCCEEDED"


async def test_what_sdks_send_in_the_query_and_in_messages_is_taken(rules_stack: Stack) -> None:
    # The older SDKs send org_id and project_id as query parameters; a message may name
    # its speaker (Mem0's and OpenAI's `name`).
    body = {"messages": [{**GOOD_MESSAGES[0], "name": "alice"}], "user_id": "u"}
    response = await rules_stack.http.post(
        "/v3/memories/add/?org_id=o&project_id=p", json=body, headers=auth()
    )
    assert response.status_code == 200, response.text
    event = await rules_stack.wait_for_event(response.json()["event_id"])
    assert event["status"] == "SUCCEEDED"


async def test_entity_id_inside_filters_is_accepted(rules_stack: Stack) -> None:
    body = {"messages": GOOD_MESSAGES, "filters": {"agent_id": "planner"}}
    event = await rules_stack.wait_for_event((await rules_stack.add(body))["event_id"])
    assert event["payload"]["agent_id"] == "planner"


async def test_rejected_requests_publish_nothing(rules_stack: Stack) -> None:
    marker = f"reject-{uuid.uuid4().hex}"
    message = {"role": "user", "content": marker}
    rejected = [
        {"messages": [message]},
        {"messages": [{**message, "role": "robot"}], "user_id": marker},
        {"messages": [message], "user_id": marker, "infer": "no"},
        {"messages": [message], "user_id": marker, "timestamp": True},
        {"messages": [{**message, "tool_calls": []}], "user_id": marker},
        {"messages": [message], "user_id": marker, "metadata": {"n": 10**30}},
    ]
    for body in rejected:
        response = await rules_stack.http.post("/v3/memories/add/", json=body, headers=auth())
        assert response.status_code == 400, response.text
    # A good body with a query parameter the add does not take (the fast path answered it).
    wanted_sync = await rules_stack.http.post(
        "/v3/memories/add/?async_mode=false",
        json={"messages": [message], "user_id": marker},
        headers=auth(),
    )
    assert wanted_sync.status_code == 400
    assert wanted_sync.json() == {"detail": "Unsupported query parameter(s): async_mode."}
    unauthorised = await rules_stack.http.post(
        "/v3/memories/add/",
        json={"messages": [{"role": "user", "content": marker}], "user_id": marker},
    )
    assert unauthorised.status_code == 401
    await rules_stack.http.post(
        "/v3/memories/add/",
        content=marker.encode(),
        headers={**auth(), "Content-Type": "application/json"},
    )
    # A good request with the marker, then the whole topic: only it carries the marker.
    accepted = await rules_stack.add(
        {"messages": [{"role": "user", "content": marker}], "user_id": marker}
    )
    await rules_stack.wait_for_event(accepted["event_id"])
    bootstrap = rules_stack.settings.kafka.bootstrap
    assert bootstrap is not None
    carrying = [
        orjson.loads(r.value or b"")
        for r in await read_topic(bootstrap, rules_stack.topics.requests)
        if marker.encode() in (r.value or b"")
    ]
    assert [r["event_id"] for r in carrying] == [accepted["event_id"]]


async def test_paths_without_trailing_slash_are_404_not_redirects(rules_stack: Stack) -> None:
    response = await rules_stack.http.post("/v3/memories/add", json={}, headers=auth())
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/json"
