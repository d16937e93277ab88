"""Hostile bodies and ids: a clear 4xx every time, never a 5xx, nothing published."""

from __future__ import annotations

import uuid

import pytest

from memstream.testing.data import auth
from tests.support import Stack, read_topic

MARKER = f"hostile-{uuid.uuid4().hex}"


def _deep(depth: int) -> bytes:
    return (
        b'{"messages": [{"role": "user", "content": "'
        + MARKER.encode()
        + b'"}], "user_id": "u", "metadata": '
        + b'{"a":' * depth
        + b"1"
        + b"}" * depth
        + b"}"
    )


HOSTILE: dict[str, tuple[bytes, str]] = {
    "deeply nested metadata": (_deep(5000), "application/json"),
    "invalid utf-8": (b'{"messages": [{"role": "user", "content": "\xff\xfe' + MARKER.encode() + b'"}], "user_id": "u"}', "application/json"),
    "nul bytes": (b'{"messages": [{"role": "user", "content": "' + MARKER.encode() + b'"}], "user_id": "\x00"}\x00', "application/json"),
    "json but a string": (b'"' + MARKER.encode() + b'"', "application/json"),
    "huge number": (b'{"messages": [{"role": "user", "content": "' + MARKER.encode() + b'"}], "user_id": "u", "timestamp": 1e999}', "application/json"),
    "wrong content type": (b"messages=" + MARKER.encode(), "text/plain"),
}  # fmt: skip


@pytest.mark.parametrize("case", sorted(HOSTILE))
async def test_hostile_body_gets_a_4xx(rules_stack: Stack, case: str) -> None:
    body, content_type = HOSTILE[case]
    response = await rules_stack.http.post(
        "/v3/memories/add/", content=body, headers={**auth(), "Content-Type": content_type}
    )
    assert 400 <= response.status_code < 500, (case, response.status_code, response.text[:200])
    assert response.headers["content-type"] == "application/json"
    assert response.json()["detail"]


async def test_duplicate_keys_are_read_as_the_last_one(rules_stack: Stack) -> None:
    body = b'{"messages": [{"role": "user", "content": "I like tea."}], "user_id": "first", "user_id": "last"}'
    response = await rules_stack.http.post(
        "/v3/memories/add/", content=body, headers={**auth(), "Content-Type": "application/json"}
    )
    assert response.status_code == 200
    event = await rules_stack.wait_for_event(response.json()["event_id"])
    assert event["payload"]["user_id"] == "last"


@pytest.mark.parametrize(
    "path",
    [
        "/v1/event/..%2F..%2Fetc%2Fpasswd/",
        "/v1/event/%0d%0aSet-Cookie:x/",
        "/v1/event/" + "a" * 5000 + "/",
    ],
    ids=["traversal", "header injection", "very long"],
)
async def test_hostile_event_ids_get_404(rules_stack: Stack, path: str) -> None:
    response = await rules_stack.http.get(path, headers=auth())
    assert response.status_code == 404
    assert "set-cookie" not in response.headers


async def test_hostile_bodies_published_nothing(rules_stack: Stack) -> None:
    for body, content_type in HOSTILE.values():
        await rules_stack.http.post(
            "/v3/memories/add/", content=body, headers={**auth(), "Content-Type": content_type}
        )
    bootstrap = rules_stack.settings.kafka.bootstrap
    assert bootstrap is not None
    records = await read_topic(bootstrap, rules_stack.topics.requests)
    assert not [r for r in records if MARKER.encode() in (r.value or b"")]
