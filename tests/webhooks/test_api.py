"""Mem0's webhook API through the SDK's own methods; what it refuses."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from mem0 import MemoryClient

from memstream.testing.data import KEY_A, KEY_B, auth
from tests.support import Stack

PUBLIC = {
    "webhook_id", "name", "url", "event_types", "owner", "is_active", "project",
    "created_at", "updated_at", "disabled_reason",
}  # fmt: skip


def _sdk_round_trip(url: str, receiver: str) -> dict[str, Any]:
    client = MemoryClient(api_key=KEY_A, host=url)
    created = client.create_webhook(
        url=receiver, name="Memory Logger", project_id="project-a", event_types=["memory_add"]
    )
    listed = client.get_webhooks(project_id="project-a")
    updated = client.update_webhook(
        webhook_id=created["webhook_id"],
        name="Renamed",
        event_types=["memory:update", "memory_add"],
    )
    after_update = client.get_webhooks(project_id="project-a")
    deleted = client.delete_webhook(webhook_id=created["webhook_id"])
    return {
        "created": created,
        "listed": listed,
        "updated": updated,
        "after_update": after_update,
        "deleted": deleted,
        "after_delete": client.get_webhooks(project_id="project-a"),
    }


async def test_the_sdk_creates_lists_updates_and_deletes_webhooks(hooks_stack: Stack) -> None:
    seen = await asyncio.to_thread(_sdk_round_trip, hooks_stack.url, "http://127.0.0.1:9/hook")
    created = seen["created"]
    assert set(created) == PUBLIC | {"secret"}
    assert created["secret"].startswith("whsec_")
    assert created["event_types"] == ["memory_add"] and created["is_active"] is True
    assert created["project"] == "project-a" and created["owner"] == "a"
    mine = [w for w in seen["listed"] if w["webhook_id"] == created["webhook_id"]]
    assert len(mine) == 1 and set(mine[0]) == PUBLIC  # the secret is shown once
    assert seen["updated"]["message"] == "Webhook updated successfully"
    assert seen["updated"]["name"] == "Renamed"
    assert seen["updated"]["event_types"] == ["memory_update", "memory_add"]
    assert any(w["name"] == "Renamed" for w in seen["after_update"])
    assert seen["deleted"] == {"message": "Webhook deleted successfully"}
    assert all(w["webhook_id"] != created["webhook_id"] for w in seen["after_delete"])


async def _create(stack: Stack, body: Any, key: str = KEY_A, project: str = "project-a") -> Any:
    return await stack.http.post(
        f"/api/v1/webhooks/projects/{project}/", json=body, headers=auth(key)
    )


@pytest.mark.parametrize(
    ("body", "status", "says"),
    [
        ({"name": "x", "url": "ftp://example.com/", "event_types": ["memory_add"]}, 400, "http"),
        (
            {"name": "x", "url": "http://u:p@127.0.0.1/", "event_types": ["memory_add"]},
            400,
            "credentials",
        ),
        ({"name": "x", "url": "http://169.254.169.254/latest/meta-data/"}, 400, "metadata"),
        ({"name": "x", "url": "http://[::ffff:169.254.169.254]/"}, 400, "metadata"),
        ({"name": "x", "url": "http://0.0.0.0:80/"}, 400, "unicast"),
        ({"name": "x", "url": "http://no-such-host.invalid/"}, 400, "does not resolve"),
        (
            {"name": "x", "url": "http://127.0.0.1:9/", "event_types": ["memory_categorize"]},
            400,
            "event_types",
        ),
        ({"name": "x", "url": "http://127.0.0.1:9/", "event_types": []}, 400, "event_types"),
        ({"name": "x", "url": "http://127.0.0.1:9/", "secret": "mine"}, 400, "secret"),
        ({"url": "http://127.0.0.1:9/"}, 400, "name"),
        ({"name": "x", "url": "http://127.0.0.1:9/" + "a" * 3000}, 400, "url"),
    ],
)
async def test_bad_webhooks_are_refused(
    hooks_stack: Stack, body: Any, status: int, says: str
) -> None:
    response = await _create(hooks_stack, body)
    assert response.status_code == status, response.text
    assert says in response.json()["detail"]


async def test_webhooks_are_the_projects_own(hooks_stack: Stack) -> None:
    body = {"name": "x", "url": "http://127.0.0.1:9/", "event_types": ["memory_add"]}
    other_project = await _create(hooks_stack, body, project="project-b")
    assert other_project.status_code == 403
    theirs = (await _create(hooks_stack, body, key=KEY_B, project="project-b")).json()
    path = f"/api/v1/webhooks/{theirs['webhook_id']}/"
    for method in ("PUT", "DELETE"):
        response = await hooks_stack.http.request(method, path, json={"name": "y"}, headers=auth())
        assert response.status_code == 404
    attempts = await hooks_stack.http.get(f"{path}deliveries/", headers=auth())
    assert attempts.status_code == 404
    mine = (
        await hooks_stack.http.get("/api/v1/webhooks/projects/project-a/", headers=auth())
    ).json()
    assert theirs["webhook_id"] not in {w["webhook_id"] for w in mine}
    assert (await hooks_stack.http.get("/api/v1/webhooks/projects/project-a/")).status_code == 401
