"""Every option of search and get_all does what it says (through the SDK where it sends
it), and the requests of the older SDKs (0.1.x, 1.x) on their paths."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any

import pytest
from mem0 import MemoryClient

from memstream.settings import RerankSettings
from memstream.testing.data import KEY_A, auth
from memstream.testing.processes import FakeOpenAI
from tests.query.helpers import remember, unique
from tests.support import Stack, running_stack

JAN = datetime(2026, 1, 10, tzinfo=UTC).timestamp()
MAR = datetime(2026, 3, 10, tzinfo=UTC).timestamp()
PETS = ["My dog is called Rexington", "I walk the dog every morning"]
FOOD = ["I like ramen with extra garlic", "Sushi is my favourite dinner"]


@pytest.fixture(scope="module")
async def user(rules_stack: Stack) -> dict[str, Any]:
    name = unique("options")
    pets = await remember(
        rules_stack, PETS, user_id=name, timestamp=JAN, metadata={"topic": "pets"}
    )
    food = await remember(
        rules_stack,
        FOOD,
        user_id=name,
        timestamp=MAR,
        metadata={"topic": "food"},
        expiration_date="2026-06-30",  # expired now (tests run after it)
    )
    return {"name": name, "pets": pets, "food": food}


def _client(stack: Stack) -> MemoryClient:
    return MemoryClient(api_key=KEY_A, host=stack.url)


async def _post(stack: Stack, path: str, body: Any, status: int = 200) -> Any:
    response = await stack.http.post(path, json=body, headers=auth())
    assert response.status_code == status, response.text
    return response.json()


async def test_search_options_through_the_sdk(rules_stack: Stack, user: dict[str, Any]) -> None:
    client = await asyncio.to_thread(_client, rules_stack)
    filters = {"user_id": user["name"]}

    def search(**options: Any) -> Any:
        return client.search("Rexington", filters=filters, threshold=0.0, **options)

    hybrid = await asyncio.to_thread(search, keyword_search=True)
    first = hybrid["results"][0]
    assert first["memory"] == PETS[0] and 0 < first["score"] <= 1.0
    assert first["score"] == pytest.approx(1.0)  # first of both rankings: 1/2 + 1/2
    assert {m["user_id"] for m in hybrid["results"]} == {user["name"]}

    slim = await asyncio.to_thread(search, fields=["id", "memory"], top_k=1)
    assert slim["results"] == [{"id": user["pets"][0], "memory": PETS[0]}]

    plain = await asyncio.to_thread(search)
    latest = await asyncio.to_thread(search, latest_only=True)
    assert latest == plain and plain["results"]
    assert not {m["id"] for m in plain["results"]} & set(user["food"])  # expired: hidden

    topic = await asyncio.to_thread(
        client.search, "the dog", filters=filters, metadata={"topic": "pets"}, show_expired=True
    )
    assert {m["id"] for m in topic["results"]} == set(user["pets"])


async def test_reference_date_judges_expiry_at_that_instant(
    rules_stack: Stack, user: dict[str, Any]
) -> None:
    body = {"query": "ramen dinner", "filters": {"user_id": user["name"]}, "threshold": 0}
    now = await _post(rules_stack, "/v3/memories/search/", body)
    assert not {m["id"] for m in now["results"]} & set(user["food"])
    for before in ("2026-06-01", "2026-06-30T23:00:00Z", 1_780_000_000):
        then = await _post(rules_stack, "/v3/memories/search/", {**body, "reference_date": before})
        assert set(user["food"]) <= {m["id"] for m in then["results"]}, before
    after = await _post(
        rules_stack, "/v3/memories/search/", {**body, "reference_date": "2026-07-01"}
    )
    assert not {m["id"] for m in after["results"]} & set(user["food"])
    bad = await _post(
        rules_stack, "/v3/memories/search/", {**body, "reference_date": "soon"}, status=400
    )
    assert "reference_date" in bad["detail"]


async def test_get_all_options(rules_stack: Stack, user: dict[str, Any]) -> None:
    client = await asyncio.to_thread(_client, rules_stack)
    filters = {"user_id": user["name"]}

    def get_all(**options: Any) -> Any:
        return client.get_all(filters=filters, show_expired=True, **options)

    everything = await asyncio.to_thread(get_all)
    assert everything["count"] == 4
    january = await asyncio.to_thread(get_all, start_date="2026-01-10", end_date="2026-01-10")
    assert {m["id"] for m in january["results"]} == set(user["pets"])
    march = await asyncio.to_thread(get_all, start_date="2026-03-10T00:00:00Z")
    assert {m["id"] for m in march["results"]} == set(user["food"])
    assert (await asyncio.to_thread(get_all, end_date="2026-01-09"))["count"] == 0
    assert (await asyncio.to_thread(get_all, latest_only=True)) == everything

    listed = "/v3/memories/"
    words = await _post(rules_stack, listed, {"filters": filters, "keywords": "GARLIC"})
    assert words["count"] == 0  # expired
    words = await _post(
        rules_stack, listed, {"filters": filters, "keywords": "GARLIC", "show_expired": True}
    )
    assert [m["memory"] for m in words["results"]] == [FOOD[0]]
    bare = await _post(
        rules_stack,
        listed,
        {
            "filters": filters,
            "fields": ["memory"],
            "output_format": "v1.0",
            "metadata": {"topic": "pets"},
        },
    )
    assert sorted(bare, key=lambda m: m["memory"]) == [{"memory": PETS[1]}, {"memory": PETS[0]}]
    paged = await _post(rules_stack, listed, {"filters": filters, "page": 2, "page_size": 1})
    assert paged["count"] == 2 and len(paged["results"]) == 1 and paged["previous"]


async def test_a_page_given_in_the_body_links_pages_of_its_size(
    rules_stack: Stack, user: dict[str, Any]
) -> None:
    """`next` of `{"page": 1, "page_size": 2}` in the body was `?page=2`: a page of 100,
    past the end. The links keep the page size, and following one (the body's filters
    alone) gives the next page of it."""
    listing = {"filters": {"user_id": user["name"]}, "show_expired": True}
    first = await _post(rules_stack, "/v3/memories/", {**listing, "page": 1, "page_size": 2})
    assert first["count"] == 4 and len(first["results"]) == 2
    assert first["next"].endswith("/v3/memories/?page_size=2&page=2")
    response = await rules_stack.http.post(first["next"], json=listing, headers=auth())
    second = response.json()
    assert response.status_code == 200 and second["next"] is None
    shown = {m["id"] for page in (first, second) for m in page["results"]}
    assert len(shown) == 4
    assert second["previous"].endswith("/v3/memories/?page_size=2&page=1")
    old = await _post(rules_stack, "/v2/memories/", {"user_id": user["name"], "page_size": 1})
    assert old["next"].endswith("/v2/memories/?page_size=1&page=2")


@pytest.mark.parametrize(
    ("query", "body", "status", "detail"),
    [
        ("?page=2", {"page": 3}, 400, "page is 2 in the query string but 3 in the body"),
        ("?page_size=7", {"page_size": 5}, 400, "page_size is 7 in the query string but 5"),
        ("?page=1&page_size=2", {"page": 1, "page_size": 3}, 400, "page_size is 2"),
        ("?page=2&page_size=1", {"page": 2, "page_size": 1}, 200, None),
        ("?page=2", {"page_size": 1}, 200, None),
    ],
)
async def test_a_page_in_both_the_query_and_the_body_must_agree(
    rules_stack: Stack,
    user: dict[str, Any],
    query: str,
    body: dict[str, Any],
    status: int,
    detail: str | None,
) -> None:
    """`?page=2` with `"page": 3` in the body answered page 2: the body was silently
    ignored. Now different values are a 400 naming the parameter; equal ones are one."""
    listing = {"filters": {"user_id": user["name"]}, **body}
    answer = await _post(rules_stack, f"/v3/memories/{query}", listing, status=status)
    if detail is not None:
        assert detail in answer["detail"]
    else:
        assert len(answer["results"]) == 1


async def test_rerank_without_a_reranker_is_a_400(rules_stack: Stack) -> None:
    body = {"query": "dog", "filters": {"user_id": "x"}, "rerank": True}
    refused = await _post(rules_stack, "/v3/memories/search/", body, status=400)
    assert "rerank is not available" in refused["detail"]
    assert "MEMSTREAM_RERANK_URL" in refused["detail"]
    await _post(rules_stack, "/v3/memories/search/", {**body, "rerank": False})


@pytest.fixture(scope="module")
async def reranking(rules_stack: Stack, fake_openai: FakeOpenAI) -> AsyncIterator[Stack]:
    """Query alone, with a rerank endpoint, over the rules stack's store (one process
    shares an embedded store)."""
    settings = rules_stack.settings.model_copy(
        update={"rerank": RerankSettings(url=f"{fake_openai.url}/v1", candidates=10)}
    )
    async with running_stack(settings, names=("query",)) as stack:
        yield stack


async def test_rerank_orders_by_the_rerank_endpoint(reranking: Stack, user: dict[str, Any]) -> None:
    body = {
        "query": "ramen sushi garlic",
        "filters": {"user_id": user["name"]},
        "rerank": True,
        "threshold": 0.0,
        "show_expired": True,
        "top_k": 2,
    }
    results = (await _post(reranking, "/v3/memories/search/", body))["results"]
    # The fake reranker's relevance: the share of the query's words a memory holds.
    assert [(m["memory"], m["score"]) for m in results] == [
        (FOOD[0], pytest.approx(2 / 3)),
        (FOOD[1], pytest.approx(1 / 3)),
    ]


@pytest.mark.parametrize(
    ("path", "field", "value", "detail"),
    [
        (
            "/v3/memories/search/",
            "filter_memories",
            True,
            "filter_memories is not supported: an LLM",
        ),
        ("/v3/memories/search/", "only_metadata_based_search", True, "not a search"),
        ("/v3/memories/search/", "enable_graph", True, "Unsupported field(s): enable_graph"),
        ("/v3/memories/search/", "fields", ["memory", "secret"], "unknown field(s) 'secret'"),
        ("/v3/memories/search/", "output_format", "v2.0", "output_format"),
        ("/v3/memories/search/", "version", "v3", "version"),
        ("/v3/memories/search/", "keyword_search", "yes", "keyword_search"),
        ("/v3/memories/", "start_date", "last week", "start_date"),
        ("/v3/memories/", "keywords", "", "keywords"),
        ("/v3/memories/", "metadata", {"a.b": 1}, "metadata keys"),
        ("/v3/memories/", "top_k", 5, "Unsupported field(s): top_k"),
    ],
)
async def test_options_memstream_cannot_honour_are_a_400_naming_them(
    rules_stack: Stack, path: str, field: str, value: Any, detail: str
) -> None:
    query = {"query": "dog"} if "search" in path else {}
    body = {**query, "filters": {"user_id": "x"}, field: value}
    refused = await _post(rules_stack, path, body, status=400)
    assert detail in refused["detail"]


# The requests of the older SDKs, as their source sends them (org_id and project_id
# come from the ping and ride along on every call).
OLD = {"org_id": "org-1", "project_id": "project-a"}


async def test_the_1x_sdk_search_and_get_all_on_the_v2_paths(
    rules_stack: Stack, user: dict[str, Any]
) -> None:
    # mem0ai 1.0.x: search(query, user_id=...) → POST /v2/memories/search/ with the ids at
    # the top level; get_all(user_id=..., page=1) → POST /v2/memories/ (page and page_size
    # go to the query string only when both are given).
    name = user["name"]
    found = await _post(
        rules_stack, "/v2/memories/search/", {"query": "Rexington", "user_id": name, **OLD}
    )
    assert found["results"][0]["memory"] == PETS[0]
    listed = await _post(rules_stack, "/v2/memories/", {"user_id": name, "page": 1, **OLD})
    assert listed["count"] == 2
    response = await rules_stack.http.post(
        "/v2/memories/?page=1&page_size=1", json={"user_id": name, **OLD}, headers=auth()
    )
    assert response.status_code == 200 and len(response.json()["results"]) == 1
    both = await _post(
        rules_stack,
        "/v2/memories/",
        {"user_id": name, "filters": {"metadata": {"topic": "pets"}}, **OLD},
    )
    assert both["count"] == 2


async def test_the_01x_sdk_v1_search_and_get_all(rules_stack: Stack, user: dict[str, Any]) -> None:
    # mem0ai 0.1.x: search(query, user_id=..., output_format="v1.1") → POST
    # /v1/memories/search/; get_all(user_id=...) → GET /v1/memories/?user_id=...
    name = user["name"]
    found = await _post(
        rules_stack,
        "/v1/memories/search/",
        {"query": "ramen", "user_id": name, "output_format": "v1.1", "top_k": 1, **OLD},
    )
    assert found == {"results": []}  # expired
    bare = await _post(
        rules_stack,
        "/v1/memories/search/",
        {"query": "Rexington", "user_id": name, "output_format": "v1.0", **OLD},
    )
    assert isinstance(bare, list) and bare[0]["memory"] == PETS[0]
    response = await rules_stack.http.get(
        "/v1/memories/",
        params={"user_id": name, **OLD, "fields": ["id", "memory"], "show_expired": "true"},
        headers=auth(),
    )
    assert response.status_code == 200, response.text
    assert response.json()["count"] == 4
    assert all(set(m) == {"id", "memory"} for m in response.json()["results"])
    bad = await rules_stack.http.get(
        "/v1/memories/", params={"user_id": name, "x": "1"}, headers=auth()
    )
    assert bad.status_code == 400 and "x" in bad.json()["detail"]


async def test_v3_still_refuses_top_level_ids(rules_stack: Stack) -> None:
    refused = await _post(
        rules_stack, "/v3/memories/search/", {"query": "x", "user_id": "a"}, status=400
    )
    assert "user_id is not accepted at the top level" in refused["detail"]
