"""`GET /v1/event/{id}/`: shape, tenancy, unknown ids, read-your-writes."""

from __future__ import annotations

import uuid

import pytest

from memstream.testing.data import KEY_A, KEY_B, auth
from tests.support import Stack


async def test_event_has_every_documented_field(rules_stack: Stack) -> None:
    accepted = await rules_stack.add(
        {
            "messages": [{"role": "user", "content": "I play chess."}],
            "user_id": "ivy",
            "metadata": {"k": 1},
        }
    )
    event = await rules_stack.wait_for_event(accepted["event_id"])
    assert set(event) == {
        "id", "event_type", "status", "payload", "metadata", "results", "error",
        "created_at", "updated_at", "started_at", "completed_at", "latency",
    }  # fmt: skip
    assert event["id"] == accepted["event_id"]
    assert event["event_type"] == "ADD"
    assert event["metadata"] == {"k": 1}
    assert event["payload"]["messages"] == [{"role": "user", "content": "I play chess."}]
    assert event["created_at"] <= event["started_at"] <= event["completed_at"]
    assert event["results"][0].keys() == {
        "id",
        "event",
        "data",
        "user_id",
        "agent_id",
        "app_id",
        "run_id",
    }


async def test_alias_path_serves_the_same_event(rules_stack: Stack) -> None:
    accepted = await rules_stack.add(
        {"messages": [{"role": "user", "content": "I sing."}], "user_id": "jo"}
    )
    event = await rules_stack.wait_for_event(accepted["event_id"])
    alias = await rules_stack.http.get(f"/v1/events/{accepted['event_id']}/", headers=auth())
    assert alias.status_code == 200
    assert alias.json() == event


async def test_another_projects_event_is_404(rules_stack: Stack) -> None:
    accepted = await rules_stack.add(
        {"messages": [{"role": "user", "content": "I swim."}], "user_id": "kim"}
    )
    await rules_stack.wait_for_event(accepted["event_id"], key=KEY_A)
    response = await rules_stack.http.get(f"/v1/event/{accepted['event_id']}/", headers=auth(KEY_B))
    assert response.status_code == 404
    assert response.json() == {"error": "Event not found.", "detail": "Event not found."}


@pytest.mark.parametrize(
    "event_id", ["1fc9f257-87c4-4fec-a6d3-e09abae6fd1d", "not-a-uuid", "..%2F..%2Fetc%2Fpasswd"]
)
async def test_unknown_or_malformed_id_is_404(rules_stack: Stack, event_id: str) -> None:
    response = await rules_stack.http.get(f"/v1/event/{event_id}/", headers=auth())
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/json"


async def test_event_without_a_key_is_401(rules_stack: Stack) -> None:
    response = await rules_stack.http.get(f"/v1/event/{uuid.uuid4()}/")
    assert response.status_code == 401
