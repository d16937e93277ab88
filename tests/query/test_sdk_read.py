"""The official `mem0ai` SDK's search, get_all and get against what the pipeline added."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from mem0 import MemoryClient
from mem0.exceptions import MemoryNotFoundError

from memstream.testing.data import KEY_A
from tests.query.helpers import remember, unique
from tests.support import Stack

FACTS = [
    "I drink green tea every morning",
    "My sister lives in Lisbon",
    "I play tennis on Sundays",
]


@pytest.fixture(scope="module")
async def alice(rules_stack: Stack) -> tuple[str, list[str]]:
    user = unique("alice")
    ids = await remember(
        rules_stack, FACTS, user_id=user, agent_id="coach", metadata={"source": "sdk-test"}
    )
    return user, ids


def _client(stack: Stack) -> MemoryClient:
    return MemoryClient(api_key=KEY_A, host=stack.url)


async def test_sdk_search_finds_the_nearest_memory_first(
    rules_stack: Stack, alice: tuple[str, list[str]]
) -> None:
    user, ids = alice
    client = await asyncio.to_thread(_client, rules_stack)
    found: dict[str, Any] = await asyncio.to_thread(
        client.search, "green tea in the morning", filters={"user_id": user}
    )
    results = found["results"]
    assert results[0]["memory"] == FACTS[0]
    assert results[0]["id"] == ids[0]
    scores = [r["score"] for r in results]
    assert scores == sorted(scores, reverse=True)
    assert all(0.1 <= s <= 1.0 + 1e-6 for s in scores)
    first = results[0]
    assert set(first) == {
        "id", "memory", "score", "user_id", "agent_id", "app_id", "run_id",
        "metadata", "created_at", "updated_at", "expiration_date",
        "categories", "linked_memory_ids", "attributed_to",
    }  # fmt: skip
    assert (first["user_id"], first["agent_id"], first["app_id"], first["run_id"]) == (
        user, "coach", None, None,
    )  # fmt: skip
    assert first["metadata"] == {"source": "sdk-test"}
    assert first["created_at"] == first["updated_at"]
    assert first["expiration_date"] is None


async def test_sdk_search_honours_top_k_and_threshold(
    rules_stack: Stack, alice: tuple[str, list[str]]
) -> None:
    user, _ = alice
    client = await asyncio.to_thread(_client, rules_stack)
    one = await asyncio.to_thread(
        client.search, "tennis", filters={"user_id": user}, top_k=1, threshold=0.0
    )
    assert [r["memory"] for r in one["results"]] == [FACTS[2]]
    everything = await asyncio.to_thread(
        client.search,
        "green tea, sister in Lisbon, tennis on Sundays",
        filters={"user_id": user},
        threshold=0.0,
    )
    assert len(everything["results"]) == 3
    unrelated = await asyncio.to_thread(client.search, "tennis", filters={"user_id": user})
    assert [r["memory"] for r in unrelated["results"]] == [FACTS[2]]  # the rest score < 0.1
    strict = await asyncio.to_thread(
        client.search, "tennis", filters={"user_id": user}, threshold=0.99
    )
    assert strict["results"] == []


async def test_sdk_get_all_pages_newest_first(
    rules_stack: Stack, alice: tuple[str, list[str]]
) -> None:
    user, ids = alice
    client = await asyncio.to_thread(_client, rules_stack)
    listed = await asyncio.to_thread(client.get_all, filters={"user_id": user})
    assert listed["count"] == 3 and listed["next"] is None and listed["previous"] is None
    assert sorted(r["id"] for r in listed["results"]) == sorted(ids)
    assert all("score" not in r for r in listed["results"])

    first = await asyncio.to_thread(client.get_all, filters={"user_id": user}, page=1, page_size=2)
    second = await asyncio.to_thread(client.get_all, filters={"user_id": user}, page=2, page_size=2)
    assert first["count"] == second["count"] == 3
    assert len(first["results"]) == 2 and len(second["results"]) == 1
    assert first["next"] is not None and "page=2" in first["next"]
    assert second["previous"] is not None and "page=1" in second["previous"]
    paged = [r["id"] for r in first["results"] + second["results"]]
    assert sorted(paged) == sorted(ids)
    created = [r["created_at"] for r in first["results"] + second["results"]]
    assert created == sorted(created, reverse=True)


async def test_sdk_get_all_with_combined_filters(
    rules_stack: Stack, alice: tuple[str, list[str]]
) -> None:
    user, _ = alice
    client = await asyncio.to_thread(_client, rules_stack)
    filters = {
        "AND": [
            {"user_id": user},
            {"OR": [{"agent_id": "coach"}, {"agent_id": "nobody"}]},
            {"NOT": [{"metadata": {"source": "elsewhere"}}]},
            {"created_at": {"gte": "2020-01-01"}},
        ]
    }
    listed = await asyncio.to_thread(client.get_all, filters=filters)
    assert listed["count"] == 3
    none = await asyncio.to_thread(client.get_all, filters={"user_id": user, "agent_id": "x"})
    assert none == {"count": 0, "next": None, "previous": None, "results": []}


async def test_sdk_get_returns_the_memory(rules_stack: Stack, alice: tuple[str, list[str]]) -> None:
    user, ids = alice
    client = await asyncio.to_thread(_client, rules_stack)
    memory = await asyncio.to_thread(client.get, ids[1])
    assert memory["id"] == ids[1]
    assert memory["memory"] == FACTS[1]
    assert memory["user_id"] == user and memory["metadata"] == {"source": "sdk-test"}
    assert "score" not in memory


async def test_sdk_get_of_an_unknown_id_raises_not_found(rules_stack: Stack) -> None:
    client = await asyncio.to_thread(_client, rules_stack)
    with pytest.raises(MemoryNotFoundError):
        await asyncio.to_thread(client.get, "00000000-0000-4000-8000-000000000000")
    with pytest.raises(MemoryNotFoundError):
        await asyncio.to_thread(client.get, "not-a-uuid")


async def test_sdk_refuses_top_level_ids_itself(rules_stack: Stack) -> None:
    client = await asyncio.to_thread(_client, rules_stack)
    with pytest.raises(ValueError, match="filters"):
        await asyncio.to_thread(client.search, "tea", user_id="alice")
