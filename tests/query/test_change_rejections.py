"""Bad changes: malformed, oversized, unauthorised, hostile, another project's. A clear 4xx
each, in the one error format, and nothing changed or published."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from memstream.testing.data import KEY_B, auth
from tests.query.helpers import remember, unique
from tests.support import Stack

UNKNOWN = "00000000-0000-4000-8000-000000000000"


@pytest.fixture(scope="module")
async def memory(rules_stack: Stack) -> str:
    [found] = await remember(rules_stack, ["I grow tomatoes"], user_id=unique("guard"))
    return found


async def _unchanged(stack: Stack, memory: str) -> None:
    found = await stack.http.get(f"/v1/memories/{memory}/", headers=auth())
    assert found.status_code == 200 and found.json()["memory"] == "I grow tomatoes"


def _error(response: Any, status: int, detail: str) -> None:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/json"
    assert detail in response.json()["detail"]


@pytest.mark.parametrize(
    ("body", "status", "detail"),
    [
        ({}, 400, "at least one of text, metadata, timestamp or expiration_date"),
        ({"text": ""}, 400, "text"),
        ({"text": None}, 400, "text cannot be null"),
        ({"text": 7}, 400, "text"),
        ({"text": "x" * 20_001}, 400, "text"),
        ({"timestamp": -1}, 400, "timestamp"),
        ({"timestamp": None}, 400, "timestamp cannot be null"),
        ({"expiration_date": "next week"}, 400, "expiration_date"),
        ({"metadata": ["a"]}, 400, "metadata"),
        ({"timestamp": True}, 400, "timestamp: Value error, must be a number of seconds"),
        (
            {"timestamp": "5"},
            400,
            "timestamp: Value error, must be a number of seconds, not a text",
        ),
        ({"text": "   "}, 400, "text: Value error, must hold more than whitespace"),
        ({"text": "\n\t"}, 400, "text: Value error, must hold more than whitespace"),
        ({"metadata": {"n": 2**64 - 1}}, 400, "metadata.n is out of the 64-bit integer range"),
        ({"metadata": {"a": [10**30]}}, 400, "metadata.a.0 is out of the 64-bit integer range"),
        ({"text": "x", "memory": "y"}, 400, "Unsupported field(s): memory"),
        ({"text": "x", "user_id": "someone-else"}, 400, "Unsupported field(s): user_id"),
        (["text"], 400, "Input should be"),
    ],
)
async def test_bad_updates_get_a_clear_error_and_change_nothing(
    rules_stack: Stack, memory: str, body: Any, status: int, detail: str
) -> None:
    response = await rules_stack.http.put(f"/v1/memories/{memory}/", json=body, headers=auth())
    _error(response, status, detail)
    await _unchanged(rules_stack, memory)


@pytest.mark.parametrize(
    ("method", "body", "status", "detail"),
    [
        ("PUT", {"memories": []}, 400, "memories"),
        ("PUT", {"memories": [{"memory_id": "nope", "text": "x"}]}, 400, "memory_id"),
        ("PUT", {"memories": [{"memory_id": UNKNOWN}]}, 400, "at least one of"),
        ("PUT", {"memories": [{"memory_id": UNKNOWN, "txt": "x"}]}, 400, "memories.0.txt"),
        ("PUT", {"memories": [{"memory_id": UNKNOWN, "timestamp": False}]}, 400, "timestamp"),
        ("PUT", {"memories": [{"memory_id": UNKNOWN, "timestamp": "5"}]}, 400, "timestamp"),
        ("PUT", {"memories": [{"memory_id": UNKNOWN, "text": " "}]}, 400, "memories.0.text"),
        (
            "PUT",
            {"memories": [{"memory_id": UNKNOWN, "metadata": {"n": -(2**63) - 1}}]},
            400,
            "memories.0.metadata: Value error, metadata.n is out of the 64-bit integer range",
        ),
        ("PUT", {"memories": [{"memory_id": UNKNOWN, "text": "x"}] * 1001}, 400, "memories"),
        ("PUT", {"items": []}, 400, "Unsupported field(s): items"),
        ("DELETE", {"memories": [{"memory_id": UNKNOWN}] * 1001}, 400, "memories"),
        ("DELETE", {"memories": [{"memory_id": UNKNOWN, "force": True}]}, 400, "force"),
        ("DELETE", {}, 400, "memories"),
        ("DELETE", {"memories": [{"memory_id": UNKNOWN}]}, 404, UNKNOWN),
    ],
)
async def test_bad_batches_get_a_clear_error(
    rules_stack: Stack, method: str, body: Any, status: int, detail: str
) -> None:
    response = await rules_stack.http.request(method, "/v1/batch/", json=body, headers=auth())
    _error(response, status, detail)


@pytest.mark.parametrize(
    ("query", "status", "detail"),
    [
        ("", 400, "needs user_id, agent_id, app_id or run_id"),
        ("org_id=org-1&project_id=project-a", 400, "needs user_id"),
        ("filters=%7B%7D", 400, "Unsupported query parameter(s): filters"),
        ("user_id=a&everything=true", 400, "everything"),
        ("user_id=", 400, "user_id"),
        (f"user_id={'x' * 257}", 400, "user_id"),
    ],
)
async def test_delete_all_never_erases_without_a_named_entity(
    rules_stack: Stack, query: str, status: int, detail: str
) -> None:
    response = await rules_stack.http.delete(f"/v1/memories/?{query}", headers=auth())
    _error(response, status, detail)


@pytest.mark.parametrize(("kind", "name"), [("users", "a"), ("user", "x" * 257), ("", "a")])
async def test_bad_entities_get_a_clear_error(rules_stack: Stack, kind: str, name: str) -> None:
    response = await rules_stack.http.delete(f"/v2/entities/{kind}/{name}/", headers=auth())
    assert response.status_code in (400, 404), response.text
    assert response.headers["content-type"] == "application/json"


async def test_an_entity_name_is_one_path_segment(rules_stack: Stack) -> None:
    """`team%2Falice` names the entity "team/alice" (tests/query/test_sdk_changes.py); a
    bare "/" separates segments, so /v2/entities/user/team/alice/ is a path no route serves."""
    response = await rules_stack.http.delete("/v2/entities/user/team/alice/", headers=auth())
    _error(response, 404, "Not Found")
    # Any other character is the name's: a line break too (the `:path` convertor, `.*`,
    # stopped at one, and the route answered 404).
    for name in ("team%2Fbob", "bob%0A", "%0Abob%0D%0A"):
        erased = await rules_stack.http.delete(f"/v2/entities/user/{name}/", headers=auth())
        assert erased.status_code == 200, (name, erased.text)


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("PUT", f"/v1/memories/{UNKNOWN}/"),
        ("DELETE", f"/v1/memories/{UNKNOWN}/"),
        ("GET", f"/v1/memories/{UNKNOWN}/history/"),
        ("DELETE", "/v1/memories/?user_id=alice"),
        ("PUT", "/v1/batch/"),
        ("DELETE", "/v1/batch/"),
        ("GET", "/v1/entities/"),
        ("DELETE", "/v2/entities/user/alice/"),
    ],
)
async def test_changes_need_a_valid_key(rules_stack: Stack, method: str, path: str) -> None:
    body = {"text": "x", "memories": [{"memory_id": UNKNOWN}]}
    missing = await rules_stack.http.request(method, path, json=body)
    assert missing.status_code == 401 and "credentials" in missing.json()["detail"]
    wrong = await rules_stack.http.request(method, path, json=body, headers=auth("nope"))
    assert wrong.status_code == 401 and wrong.json() == {"detail": "Invalid API key."}


async def test_another_projects_memory_cannot_be_changed_or_read(
    rules_stack: Stack, memory: str
) -> None:
    other = auth(KEY_B)
    for method, path, body in [
        ("PUT", f"/v1/memories/{memory}/", {"text": "taken over"}),
        ("DELETE", f"/v1/memories/{memory}/", None),
        ("GET", f"/v1/memories/{memory}/history/", None),
        ("PUT", "/v1/batch/", {"memories": [{"memory_id": memory, "text": "taken over"}]}),
        ("DELETE", "/v1/batch/", {"memories": [{"memory_id": memory}]}),
    ]:
        response = await rules_stack.http.request(method, path, json=body, headers=other)
        assert response.status_code == 404, (method, path, response.text)
    entities = await rules_stack.http.get("/v1/entities/", headers=other)
    names = {e["name"] for e in entities.json()["results"]}
    assert not any(name.startswith("guard") for name in names)
    await _unchanged(rules_stack, memory)


@pytest.mark.parametrize("memory_id", ["not-a-uuid", "%00", "1' OR '1'='1", "x" * 300])
async def test_hostile_ids_are_refused(rules_stack: Stack, memory_id: str) -> None:
    for method in ("PUT", "DELETE"):
        response = await rules_stack.http.request(
            method, f"/v1/memories/{memory_id}/", json={"text": "x"}, headers=auth()
        )
        _error(response, 400, "memory_id must be a UUID")
    history = await rules_stack.http.get(f"/v1/memories/{memory_id}/history/", headers=auth())
    assert history.status_code == 404


async def test_malformed_and_oversized_change_bodies(rules_stack: Stack, memory: str) -> None:
    headers = {**auth(), "content-type": "application/json"}
    for path in (f"/v1/memories/{memory}/", "/v1/batch/"):
        broken = await rules_stack.http.put(path, content=b'{"text": "te', headers=headers)
        _error(broken, 400, "not valid JSON")
        huge = b'{"text": "' + b"a" * (2 * 1024 * 1024) + b'"}'
        _error(await rules_stack.http.put(path, content=huge, headers=headers), 413, "larger than")
        text = {**auth(), "content-type": "text/plain"}
        assert (await rules_stack.http.put(path, content=b"x", headers=text)).status_code == 415
    await _unchanged(rules_stack, memory)


_JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=12,
)


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    body=st.dictionaries(
        st.sampled_from(["text", "metadata", "timestamp", "expiration_date", "x"]),
        _JSON,
        max_size=4,
    )
)
async def test_generated_update_bodies_never_break_the_service(
    rules_stack: Stack, body: Any
) -> None:
    response = await rules_stack.http.put(f"/v1/memories/{UNKNOWN}/", json=body, headers=auth())
    assert response.status_code in (400, 404), response.text
    assert response.headers["content-type"] == "application/json"
    assert isinstance(response.json()["detail"], str)
