"""Bad reads: malformed, oversized, unauthorised, hostile. A clear 4xx each, one format."""

from __future__ import annotations

from typing import Any

import pytest

from memstream.testing.data import auth
from tests.support import Stack

SEARCH = "/v3/memories/search/"
LIST = "/v3/memories/"
OK_FILTERS = {"user_id": "alice"}


def _deep(depth: int) -> dict[str, Any]:
    node: dict[str, Any] = {"user_id": "a"}
    for _ in range(depth):
        node = {"OR": [node]}
    return node


@pytest.mark.parametrize(
    ("path", "body", "status", "detail"),
    [
        (SEARCH, {"query": "tea"}, 400, "filters are required"),
        (SEARCH, {"query": "tea", "filters": {}}, 400, "non-empty object"),
        (SEARCH, {"query": "tea", "filters": None}, 400, "filters are required"),
        (
            SEARCH,
            {"query": "tea", "user_id": "alice"},
            400,
            "user_id is not accepted at the top level",
        ),
        (
            SEARCH,
            {"query": "tea", "filters": OK_FILTERS, "run_id": "r"},
            400,
            "run_id is not accepted",
        ),
        (SEARCH, {"query": "tea", "filters": {"user": "alice"}}, 400, "unknown filter key 'user'"),
        (
            SEARCH,
            {"query": "tea", "filters": {"project_id": "other"}},
            400,
            "unknown filter key 'project_id'",
        ),
        (
            SEARCH,
            {"query": "tea", "filters": {"user_id": {"regex": ".*"}}},
            400,
            "unknown operator 'regex'",
        ),
        (SEARCH, {"query": "tea", "filters": _deep(50)}, 400, "deeper than"),
        (SEARCH, {"query": "tea", "filters": {"metadata": {"a.b": 1}}}, 400, "metadata keys"),
        (SEARCH, {"query": "tea", "filters": {"metadata": {"n": 2**63}}}, 400, "64-bit"),
        (SEARCH, {"query": "", "filters": OK_FILTERS}, 400, "query"),
        (SEARCH, {"filters": OK_FILTERS}, 400, "query"),
        (SEARCH, {"query": 5, "filters": OK_FILTERS}, 400, "query"),
        (SEARCH, {"query": "tea", "filters": OK_FILTERS, "top_k": 0}, 400, "top_k"),
        (SEARCH, {"query": "tea", "filters": OK_FILTERS, "top_k": 1001}, 400, "top_k"),
        (SEARCH, {"query": "tea", "filters": OK_FILTERS, "threshold": 1.5}, 400, "threshold"),
        (
            SEARCH,
            {"query": "tea", "filters": OK_FILTERS, "show_expired": "yes"},
            400,
            "show_expired",
        ),
        (SEARCH, {"query": "tea", "filters": ["user_id"]}, 400, "filters"),
        (SEARCH, ["tea"], 400, "Input should be"),
        (LIST, {}, 400, "filters are required"),
        (LIST, {"filters": {"OR": []}}, 400, "OR must be a non-empty list"),
        (LIST, {"filters": OK_FILTERS, "agent_id": "x"}, 400, "agent_id is not accepted"),
        (LIST, {"filters": {"created_at": {"gte": "last week"}}}, 400, "not a date"),
        # Past the end of what a datetime holds: a 500 that dropped the connection before.
        (LIST, {"filters": {"user_id": "a", "created_at": "9999-12-31"}}, 200, None),
        (SEARCH, {"query": "tea", "filters": {"created_at": "9999-12-31"}}, 200, None),
        (SEARCH, {"query": "t", "filters": {"updated_at": {"ne": "9999-12-31"}}}, 200, None),
        (LIST, {"filters": {"created_at": {"gte": "99999-01-01"}}}, 400, "not a date"),
        # Booleans and numbers' texts are no numbers nor instants: they were read as 1 (and
        # 1970-01-01T00:00:01), and "5" as 5.
        (
            SEARCH,
            {"query": "t", "filters": OK_FILTERS, "reference_date": True},
            400,
            "reference_date",
        ),
        (
            SEARCH,
            {"query": "t", "filters": OK_FILTERS, "top_k": True},
            400,
            "top_k: Input should be a valid integer",
        ),
        (
            SEARCH,
            {"query": "t", "filters": OK_FILTERS, "top_k": "5"},
            400,
            "top_k: Input should be a valid integer",
        ),
        (SEARCH, {"query": "t", "filters": OK_FILTERS, "threshold": True}, 400, "threshold"),
        (SEARCH, {"query": "t", "filters": OK_FILTERS, "threshold": "0.5"}, 400, "threshold"),
        (LIST, {"filters": OK_FILTERS, "start_date": True}, 400, "start_date"),
        (LIST, {"filters": OK_FILTERS, "end_date": False}, 400, "end_date"),
        (LIST, {"filters": OK_FILTERS, "page": True}, 400, "page"),
        (LIST, {"filters": OK_FILTERS, "page_size": "5"}, 400, "page_size"),
        # Instants and numbers of the right types still read.
        (
            SEARCH,
            {
                "query": "t",
                "filters": OK_FILTERS,
                "reference_date": 1_700_000_000.5,
                "top_k": 3,
                "threshold": 0,
            },
            200,
            None,
        ),
        (
            LIST,
            {
                "filters": OK_FILTERS,
                "start_date": "2025-01-01",
                "end_date": 1_900_000_000,
                "page": 1,
            },
            200,
            None,
        ),
    ],
)
async def test_bad_bodies_get_a_clear_error(
    rules_stack: Stack, path: str, body: Any, status: int, detail: str | None
) -> None:
    response = await rules_stack.http.post(path, json=body, headers=auth())
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/json"
    if detail is not None:
        assert detail in response.json()["detail"]


@pytest.mark.parametrize(
    ("query", "detail"),
    [
        ("page=0", "page"),
        ("page=abc", "page"),
        ("page_size=201", "page_size"),
        ("page_size=0", "page_size"),
        ("page=100001", "page"),
    ],
)
async def test_bad_pages_get_400(rules_stack: Stack, query: str, detail: str) -> None:
    response = await rules_stack.http.post(
        f"{LIST}?{query}", json={"filters": OK_FILTERS}, headers=auth()
    )
    assert response.status_code == 400
    assert detail in response.json()["detail"]


async def test_pages_too_deep_get_400(rules_stack: Stack) -> None:
    response = await rules_stack.http.post(
        f"{LIST}?page=51&page_size=200", json={"filters": OK_FILTERS}, headers=auth()
    )
    assert response.status_code == 400
    assert "10000 memories deep at most" in response.json()["detail"]


@pytest.mark.parametrize("path", [SEARCH, LIST])
async def test_malformed_and_oversized_bodies(rules_stack: Stack, path: str) -> None:
    headers = {**auth(), "content-type": "application/json"}
    broken = await rules_stack.http.post(path, content=b'{"query": "te', headers=headers)
    assert broken.status_code == 400 and "not valid JSON" in broken.json()["detail"]
    huge = b'{"query": "' + b"a" * (2 * 1024 * 1024) + b'"}'
    too_big = await rules_stack.http.post(path, content=huge, headers=headers)
    assert too_big.status_code == 413 and "larger than" in too_big.json()["detail"]
    text = await rules_stack.http.post(
        path, content=b"query=tea", headers={**auth(), "content-type": "text/plain"}
    )
    assert text.status_code == 415


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("POST", SEARCH),
        ("POST", LIST),
        ("GET", "/v1/memories/00000000-0000-4000-8000-000000000000/"),
    ],
)
async def test_reads_need_a_valid_key(rules_stack: Stack, method: str, path: str) -> None:
    body = {"query": "tea", "filters": OK_FILTERS}
    missing = await rules_stack.http.request(method, path, json=body)
    assert missing.status_code == 401 and "credentials" in missing.json()["detail"]
    wrong = await rules_stack.http.request(method, path, json=body, headers=auth("nope"))
    assert wrong.status_code == 401 and wrong.json() == {"detail": "Invalid API key."}


@pytest.mark.parametrize(
    "memory_id", ["not-a-uuid", "%00", "..%2F..%2Fetc", "1' OR '1'='1", "x" * 300]
)
async def test_get_of_hostile_ids_is_404(rules_stack: Stack, memory_id: str) -> None:
    response = await rules_stack.http.get(f"/v1/memories/{memory_id}/", headers=auth())
    assert response.status_code == 404
    assert "not found" in response.json()["detail"].lower()  # %2F makes it another path
