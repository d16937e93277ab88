"""Project settings: `GET`/`PATCH /api/v1/orgs/organizations/{org}/projects/{project}/`
through the official SDK and raw HTTP; a change reaches the running extractor (the next
add uses it), an add's own settings win; hostile and malformed input is a 4xx."""

from __future__ import annotations

import asyncio
import uuid
from typing import Any

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from mem0 import MemoryClient

from memstream.testing.data import KEY_A, KEY_E, auth
from memstream.testing.processes import FakeOpenAI
from tests.support import Stack

PROJECT = "/api/v1/orgs/organizations/org-1/projects/project-e/"
GARDEN = [{"gardening": "plants, flowers, vegetables, soil and gardens"}]


async def _patch(stack: Stack, body: object, key: str = KEY_E, path: str = PROJECT) -> Any:
    return await stack.http.patch(path, content=orjson.dumps(body), headers=auth(key))


async def _seen_by_the_extractor(stack: Stack) -> None:
    """A settings change reaches a running extractor with its next fetch of the topic (a
    fraction of a second, README): adds that test it wait for that, not for luck."""
    assert await stack.extractor.projects.table.wait_caught_up(10)


async def _categories_of_an_add(stack: Stack, **fields: Any) -> list[str]:
    body = {
        "messages": [{"role": "user", "content": "I grow tomatoes in my backyard."}],
        "user_id": f"proj-{uuid.uuid4().hex[:8]}",
        **fields,
    }
    accepted = await stack.add(body, key=KEY_E)
    event = await stack.wait_for_event(accepted["event_id"], key=KEY_E)
    [result] = event["results"]
    response = await stack.http.get(f"/v1/memories/{result['id']}/", headers=auth(KEY_E))
    categories: list[str] = response.json()["categories"]
    return categories


async def test_sdk_update_and_get_and_the_running_extractor_uses_the_settings(
    rules_stack: Stack,
) -> None:
    client = await asyncio.to_thread(MemoryClient, api_key=KEY_E, host=rules_stack.url)
    instructions = f"Remember only gardening {uuid.uuid4().hex[:6]}"
    updated = await asyncio.to_thread(
        client.project.update, custom_instructions=instructions, custom_categories=GARDEN
    )
    assert updated["custom_categories"] == GARDEN and updated["message"]
    got = await asyncio.to_thread(client.project.get)
    assert (got["custom_instructions"], got["custom_categories"]) == (instructions, GARDEN)
    assert got["agent_custom_instructions"] is None
    picked = await asyncio.to_thread(client.project.get, fields=["custom_categories"])
    assert picked == {"org_id": "org-1", "project_id": "project-e", "custom_categories": GARDEN}
    await _seen_by_the_extractor(rules_stack)

    # The running extractor's next add uses them; an add's own categories win.
    assert await _categories_of_an_add(rules_stack) == ["gardening"]
    found = await asyncio.to_thread(
        client.search,
        "I grow tomatoes in my backyard.",
        filters={"categories": {"contains": "gardening"}},
    )
    results = found["results"] if isinstance(found, dict) else found
    assert results and all(r["categories"] == ["gardening"] for r in results)
    own = [{"pets": "animals"}]
    assert await _categories_of_an_add(rules_stack, custom_categories=own) == ["pets"]

    # null clears a field: the defaults again. Another field is untouched.
    cleared = await _patch(rules_stack, {"custom_categories": None})
    assert cleared.status_code == 200, cleared.text
    assert cleared.json()["custom_categories"] is None
    assert cleared.json()["custom_instructions"] == instructions
    await _seen_by_the_extractor(rules_stack)
    assert "gardening" not in await _categories_of_an_add(rules_stack)


async def test_project_instructions_reach_the_llm_and_an_adds_own_win(
    openai_stack: Stack, fake_openai: FakeOpenAI
) -> None:
    mark = uuid.uuid4().hex[:10]
    response = await _patch(openai_stack, {"custom_instructions": f"project-rule-{mark}"})
    assert response.status_code == 200, response.text
    await _seen_by_the_extractor(openai_stack)
    for own in (None, f"own-rule-{mark}"):
        body: dict[str, Any] = {
            "messages": [{"role": "user", "content": f"I like tea {mark} {own}"}],
            "user_id": f"instr-{mark}",
            **({"custom_instructions": own} if own else {}),
        }
        accepted = await openai_stack.add(body, key=KEY_E)
        await openai_stack.wait_for_event(accepted["event_id"], key=KEY_E)
    project_only, with_own = (p[-1]["content"] for p in fake_openai.prompts(f"I like tea {mark}"))
    assert f"project-rule-{mark}" in project_only
    assert f"own-rule-{mark}" in with_own and "project-rule" not in with_own


@pytest.mark.parametrize(
    ("method", "path", "body", "key", "status", "detail"),
    [
        ("GET", "/api/v1/orgs/organizations/org-1/projects/project-a/", None, KEY_E, 404, ""),
        ("PATCH", "/api/v1/orgs/organizations/org-2/projects/project-e/", {}, KEY_E, 404, ""),
        ("GET", PROJECT, None, "not-a-key", 401, ""),
        ("GET", PROJECT + "?fields=colour", None, KEY_E, 400, "colour"),
        ("GET", PROJECT + "?verbose=1", None, KEY_E, 400, "verbose"),
        ("PATCH", PROJECT, {"multilingual": True}, KEY_E, 400, "multilingual"),
        ("PATCH", PROJECT, {"decay": True}, KEY_E, 400, "decay"),
        ("PATCH", PROJECT, {}, KEY_E, 400, "Nothing to update"),
        ("PATCH", PROJECT, {"org_id": "org-9", "custom_instructions": "x"}, KEY_E, 400, "org_id"),
        ("PATCH", PROJECT, {"custom_categories": []}, KEY_E, 400, "1 to 50"),
        ("PATCH", PROJECT, {"custom_categories": [{"a": 1}]}, KEY_E, 400, "string"),
        ("PATCH", PROJECT, {"custom_categories": [{"a": "x"}, "a"]}, KEY_E, 400, "unique"),
        ("PATCH", PROJECT, {"custom_instructions": 7}, KEY_E, 400, ""),
        ("PATCH", PROJECT, {"custom_instructions": "x" * 20_001}, KEY_E, 400, ""),
        ("PATCH", PROJECT, [1, 2], KEY_E, 400, ""),
        ("PATCH", PROJECT, {"custom_instructions": "x" * 2_000_000}, KEY_E, 413, ""),
    ],
)
async def test_bad_project_requests_are_refused(
    rules_stack: Stack,
    method: str,
    path: str,
    body: object,
    key: str,
    status: int,
    detail: str,
) -> None:
    content = None if body is None else orjson.dumps(body)
    response = await rules_stack.http.request(method, path, content=content, headers=auth(key))
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    assert detail in str(response.json()["detail"])


async def test_a_body_that_is_not_json_is_a_400(rules_stack: Stack) -> None:
    response = await rules_stack.http.patch(PROJECT, content=b"{not json", headers=auth(KEY_E))
    assert response.status_code == 400 and response.json()["detail"]


async def test_another_projects_settings_stay_its_own(rules_stack: Stack) -> None:
    response = await _patch(rules_stack, {"custom_instructions": "only for project e"})
    assert response.status_code == 200
    other = await rules_stack.http.get(
        "/api/v1/orgs/organizations/org-1/projects/project-a/", headers=auth(KEY_A)
    )
    assert other.status_code == 200 and other.json()["custom_instructions"] != "only for project e"
    assert other.json()["project_id"] == "project-a"


_VALUES = st.none() | st.booleans() | st.integers(-(2**63), 2**63 - 1) | st.text(max_size=30)
_CATEGORIES = st.lists(
    st.text(max_size=12) | st.dictionaries(st.text(max_size=12), _VALUES, max_size=2),
    max_size=3,
)
_BODIES = st.dictionaries(
    st.sampled_from(["custom_instructions", "agent_custom_instructions", "custom_categories", "x"]),
    _VALUES | _CATEGORIES,
    max_size=3,
)


@settings(max_examples=20, deadline=None, suppress_health_check=list(HealthCheck))
@given(body=_BODIES)
async def test_any_body_is_applied_or_refused_with_a_4xx(
    rules_stack: Stack, body: dict[str, Any]
) -> None:
    response = await _patch(rules_stack, body)
    assert response.status_code in (200, 400), response.text
    assert response.json()["detail" if response.status_code != 200 else "project_id"]
    if response.status_code == 200:
        got = (await rules_stack.http.get(PROJECT, headers=auth(KEY_E))).json()
        assert got == {k: v for k, v in response.json().items() if k != "message"}
