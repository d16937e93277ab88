"""Projects and users never see each other's memories; expired memories are hidden."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from memstream.kafka.tansu import EmbeddedTansu
from memstream.testing.data import KEY_A, KEY_B, auth
from tests.query.helpers import remember, unique
from tests.support import Stack, make_settings, running_stack


@pytest.fixture(scope="module")
async def stack(
    broker: EmbeddedTansu, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[Stack]:
    """A stack of its own: project B's adds here stay out of other tests' listings."""
    settings = make_settings(broker.bootstrap, tmp_path_factory.mktemp("qdrant-isolation"))
    async with running_stack(settings) as running:
        yield running


async def _search(stack: Stack, filters: dict[str, Any], key: str = KEY_A, **body: Any) -> Any:
    response = await stack.http.post(
        "/v3/memories/search/",
        json={"query": "the blue bicycle", "filters": filters, "threshold": 0, **body},
        headers=auth(key),
    )
    assert response.status_code == 200, response.text
    return response.json()["results"]


async def _list(stack: Stack, filters: dict[str, Any], key: str = KEY_A, **body: Any) -> Any:
    response = await stack.http.post(
        "/v3/memories/", json={"filters": filters, **body}, headers=auth(key)
    )
    assert response.status_code == 200, response.text
    return response.json()


async def test_another_project_sees_nothing_of_a_project(stack: Stack) -> None:
    user = unique("shared-name")  # the same user id in both projects
    [in_a] = await remember(stack, ["I ride a blue bicycle"], user_id=user)
    [in_b] = await remember(stack, ["I ride a blue bicycle"], key=KEY_B, user_id=user)
    assert in_a != in_b  # the scope (project included) is part of the id

    assert [m["id"] for m in await _search(stack, {"user_id": user})] == [in_a]
    assert [m["id"] for m in await _search(stack, {"user_id": user}, KEY_B)] == [in_b]
    everything_b = await _list(stack, {"user_id": "*"}, KEY_B)
    assert in_a not in [m["id"] for m in everything_b["results"]]
    assert (await _list(stack, {"user_id": user}, KEY_B))["count"] == 1

    foreign = await stack.http.get(f"/v1/memories/{in_a}/", headers=auth(KEY_B))
    assert foreign.status_code == 404
    assert foreign.json() == {"error": "Memory not found!", "detail": "Memory not found!"}
    own = await stack.http.get(f"/v1/memories/{in_a}/", headers=auth(KEY_A))
    assert own.status_code == 200 and own.json()["user_id"] == user


async def test_users_are_apart_unless_a_filter_joins_them(stack: Stack) -> None:
    ann, ben = unique("ann"), unique("ben")
    [of_ann] = await remember(stack, ["I own a blue bicycle"], user_id=ann)
    [of_ben] = await remember(stack, ["I sold my blue bicycle"], user_id=ben)

    assert [m["id"] for m in await _search(stack, {"user_id": ann})] == [of_ann]
    assert [m["id"] for m in await _search(stack, {"user_id": ben})] == [of_ben]
    both = await _search(stack, {"OR": [{"user_id": ann}, {"user_id": ben}]})
    assert sorted(m["id"] for m in both) == sorted([of_ann, of_ben])
    listed = await _list(stack, {"user_id": {"in": [ann, ben]}, "NOT": {"user_id": ben}})
    assert [m["id"] for m in listed["results"]] == [of_ann]


async def test_expired_memories_are_hidden_unless_asked_for(stack: Stack) -> None:
    user = unique("expiring")
    today = datetime.now(UTC).date()
    [expired] = await remember(
        stack,
        ["I had a blue bicycle"],
        user_id=user,
        expiration_date=(today - timedelta(days=1)).isoformat(),
    )
    [last_day] = await remember(
        stack, ["I rent a blue bicycle"], user_id=user, expiration_date=today.isoformat()
    )
    [lasting] = await remember(stack, ["I want a blue bicycle"], user_id=user)
    live = {last_day, lasting}

    assert {m["id"] for m in await _search(stack, {"user_id": user})} == live
    assert {m["id"] for m in (await _list(stack, {"user_id": user}))["results"]} == live
    assert (await _list(stack, {"user_id": user}))["count"] == 2

    shown = await _search(stack, {"user_id": user}, show_expired=True)
    assert {m["id"] for m in shown} == live | {expired}
    listed = await _list(stack, {"user_id": user}, show_expired=True)
    assert listed["count"] == 3
    by_id = {m["id"]: m for m in listed["results"]}
    assert by_id[expired]["expiration_date"] == (today - timedelta(days=1)).isoformat()

    # Asked for by id, an expired memory is still the caller's.
    fetched = await stack.http.get(f"/v1/memories/{expired}/", headers=auth())
    assert fetched.status_code == 200
