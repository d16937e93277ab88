"""The official `mem0ai` SDK's update, delete, delete_all, history, users, delete_users,
reset, batch_update and batch_delete, with `MemoryClient` and `AsyncMemoryClient`,
through the real broker, extractor and store; and the SDK exception of each error."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from functools import partial
from typing import Any

import pytest
from mem0 import AsyncMemoryClient, MemoryClient
from mem0.exceptions import MemoryNotFoundError, ValidationError

from memstream.testing.data import KEY_A, KEY_C, KEY_D
from tests.query.helpers import remember, unique
from tests.support import Stack

Call = Callable[..., Awaitable[Any]]


async def _client(kind: str, key: str, url: str) -> Call:
    """`call("update", ...)` calls the method on a client of that kind."""
    if kind == "sync":
        client: Any = await asyncio.to_thread(MemoryClient, api_key=key, host=url)

        async def call(name: str, *args: Any, **kwargs: Any) -> Any:
            return await asyncio.to_thread(getattr(client, name), *args, **kwargs)

        return call
    # The async client pings with `requests` in its constructor: not on this loop.
    client = await asyncio.to_thread(AsyncMemoryClient, api_key=key, host=url)

    async def acall(name: str, *args: Any, **kwargs: Any) -> Any:
        return await getattr(client, name)(*args, **kwargs)

    return acall


@pytest.fixture(params=["sync", "async"])
def kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
async def sdk(kind: str, rules_stack: Stack) -> Call:
    return await _client(kind, KEY_A, rules_stack.url)


async def _until(check: Callable[[], Awaitable[bool]], timeout_s: float = 20) -> None:
    deadline = time.monotonic() + timeout_s
    while not await check():
        assert time.monotonic() < deadline, "not reached in time"
        await asyncio.sleep(0.05)


async def test_update_answers_the_changed_memory_and_reads_see_it(
    sdk: Call, rules_stack: Stack
) -> None:
    user = unique("upd")
    [memory] = await remember(rules_stack, ["I like green tea"], user_id=user)
    updated = await sdk("update", memory, text="I like black coffee", metadata={"mood": "awake"})
    assert updated["id"] == memory
    assert updated["memory"] == updated["text"] == "I like black coffee"
    assert updated["metadata"] == {"mood": "awake"} and updated["hash"]
    assert (await sdk("get", memory))["memory"] == "I like black coffee"
    found = await sdk("search", "black coffee", filters={"user_id": user})
    assert [r["id"] for r in found["results"]] == [memory]  # the new text's embedding
    dated = await sdk("update", memory, expiration_date="2999-01-01")
    assert dated["expiration_date"] == "2999-01-01"
    cleared = await sdk("update", memory, expiration_date=None)
    assert cleared["expiration_date"] is None and cleared["memory"] == "I like black coffee"


async def test_history_lists_every_change_oldest_first_and_outlives_a_delete(
    sdk: Call, rules_stack: Stack
) -> None:
    [memory] = await remember(rules_stack, ["I live in Lisbon"], user_id=unique("hist"))
    await sdk("update", memory, text="I live in Porto")
    await sdk("update", memory, text="I live in Faro")
    assert await sdk("delete", memory) == {"message": "Memory deleted successfully!"}
    history = await sdk("history", memory)
    assert [(h["event"], h["old_memory"], h["new_memory"]) for h in history] == [
        ("ADD", None, "I live in Lisbon"),
        ("UPDATE", "I live in Lisbon", "I live in Porto"),
        ("UPDATE", "I live in Porto", "I live in Faro"),
        ("DELETE", "I live in Faro", None),
    ]
    assert all(h["memory_id"] == memory for h in history)
    assert [h["created_at"] for h in history] == sorted(h["created_at"] for h in history)
    with pytest.raises(MemoryNotFoundError):
        await sdk("get", memory)


async def test_errors_map_to_the_sdk_exceptions(sdk: Call, rules_stack: Stack) -> None:
    [memory] = await remember(rules_stack, ["I keep bees"], user_id=unique("err"))
    [frozen] = await remember(
        rules_stack, ["My blood type is O"], user_id=unique("err"), immutable=True
    )
    [foreign] = await remember(rules_stack, ["I collect stamps"], key=KEY_D, user_id=unique("d"))
    unknown = "00000000-0000-4000-8000-000000000000"
    for call in (
        ("update", unknown),
        ("update", foreign),
        ("delete", unknown),
        ("delete", foreign),
    ):
        with pytest.raises(MemoryNotFoundError):
            await sdk(*call, **({"text": "x"} if call[0] == "update" else {}))
    with pytest.raises(ValidationError, match="UUID"):
        await sdk("delete", "not-a-uuid")
    with pytest.raises(ValidationError, match="UUID"):
        await sdk("update", "not-a-uuid", text="x")
    with pytest.raises(ValidationError, match="mmutable"):
        await sdk("update", frozen, text="My blood type is A")
    with pytest.raises(ValidationError, match="user_id, agent_id, app_id or run_id"):
        await sdk("delete_all")
    with pytest.raises(MemoryNotFoundError):
        await sdk("history", unknown)
    with pytest.raises(MemoryNotFoundError):
        await sdk("batch_delete", [{"memory_id": memory}, {"memory_id": unknown}])
    assert (await sdk("get", memory))["memory"] == "I keep bees"  # the batch was refused whole
    assert (await sdk("get", frozen))["memory"] == "My blood type is O"
    assert await sdk("delete", frozen) == {"message": "Memory deleted successfully!"}


async def test_batches_update_and_delete_many(sdk: Call, rules_stack: Stack) -> None:
    user = unique("batch")
    ids = await remember(rules_stack, [f"I visited city {n}" for n in range(5)], user_id=user)
    changes = [{"memory_id": m, "text": f"I lived in city {n}"} for n, m in enumerate(ids)]
    assert await sdk("batch_update", changes) == {"message": "Successfully updated 5 memories"}
    listed = await sdk("get_all", filters={"user_id": user})
    assert sorted(r["memory"] for r in listed["results"]) == [
        f"I lived in city {n}" for n in range(5)
    ]
    gone = [{"memory_id": m} for m in ids[:3]]
    assert await sdk("batch_delete", gone) == {"message": "Successfully deleted 3 memories"}
    assert (await sdk("get_all", filters={"user_id": user}))["count"] == 2


async def test_delete_all_erases_an_entity_in_the_background(sdk: Call, rules_stack: Stack) -> None:
    user, other = unique("all"), unique("keep")
    await remember(rules_stack, ["I play chess", "I swim"], user_id=user, agent_id="coach")
    await remember(rules_stack, ["I play chess"], user_id=other)
    accepted = await sdk("delete_all", user_id=user)
    assert accepted["message"] == "Delete in progress. This may take some time."
    event = await rules_stack.wait_for_event(accepted["event_id"])
    assert (event["status"], event["event_type"], event["payload"]) == (
        "SUCCEEDED", "DELETE", {"user_id": user},
    )  # fmt: skip
    assert (await sdk("get_all", filters={"user_id": user}))["count"] == 0
    assert (await sdk("get_all", filters={"user_id": other}))["count"] == 1


async def test_users_lists_entities_and_delete_users_and_reset_erase_them(
    kind: str, rules_stack: Stack
) -> None:
    """In a project of its own: reset() erases every entity of the caller's project, a
    name with a "/" too (the SDK sends it as one path segment, `team%2Fben`)."""
    sdk = await _client(kind, KEY_C, rules_stack.url)
    for user in ("ann", "team/ben"):
        await remember(rules_stack, [f"{user} likes jazz", "likes tea"], key=KEY_C, user_id=user)
    await remember(rules_stack, ["plans trips"], key=KEY_C, agent_id="planner", run_id="r1")
    listed = await sdk("users")
    names = {(e["type"], e["name"]): e["total_memories"] for e in listed["results"]}
    assert names == {
        ("user", "ann"): 2,
        ("user", "team/ben"): 2,
        ("agent", "planner"): 1,
        ("run", "r1"): 1,
    }
    assert (listed["total_users"], listed["total_agents"], listed["total_runs"]) == (2, 1, 1)
    assert listed["count"] == 4 and listed["next"] is None

    async def users() -> set[str]:
        return {e["name"] for e in (await sdk("users"))["results"]}

    for user in ("team/ben", "ann"):
        deleted = await sdk("delete_users", user_id=user)
        assert deleted == {"message": "Entity deleted successfully."}
        await _until(partial(_without, users, {user}))
    await remember(rules_stack, ["ann likes jazz"], key=KEY_C, user_id="team/ann")
    reset = await sdk("reset")
    assert reset["message"].startswith("Client reset successful")
    await _until(lambda: _empty(users))
    assert (await sdk("get_all", filters={"run_id": "r1"}))["count"] == 0


async def _without(users: Callable[[], Awaitable[set[str]]], gone: set[str]) -> bool:
    return not (await users()) & gone


async def _empty(users: Callable[[], Awaitable[set[str]]]) -> bool:
    return not await users()
