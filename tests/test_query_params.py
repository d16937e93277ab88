"""Honour or refuse, for query parameters: every route refuses one it does not declare with
a 400 naming it (`?pagesize=1` and `?async_mode=false` were silently ignored), the
framework-free fast paths included; the parameters routes declare, and the `org_id` and
`project_id` the older SDKs send, still work."""

from __future__ import annotations

import re

from fastapi.routing import APIRoute

from memstream.testing.data import auth
from tests.support import Stack

PROBE = "memstream_probe"
ANY_ID = "00000000-0000-4000-8000-000000000000"
HEALTH = [("GET", "/healthz"), ("GET", "/readyz"), ("GET", "/metrics")]


def _routes(stack: Stack) -> list[tuple[str, str]]:
    """(method, path) of every route the stack serves, its path parameters filled in."""
    routes = [
        (method, re.sub(r"\{[^}]+\}", ANY_ID, route.path))
        for component in stack.components
        for router in component.routers()
        for route in router.routes
        if isinstance(route, APIRoute)
        for method in route.methods
    ]
    return [*routes, *HEALTH]


async def test_every_route_refuses_a_parameter_it_does_not_declare(rules_stack: Stack) -> None:
    routes = _routes(rules_stack)
    assert len(routes) > 25  # every service's routes, not an empty list
    answers = {}
    for method, path in routes:
        response = await rules_stack.http.request(
            method, f"{path}?{PROBE}=1", headers=auth(), timeout=10
        )
        answers[method, path] = (response.status_code, response.json().get("detail", ""))
    wrong = {route: answer for route, answer in answers.items() if answer[0] != 400}
    assert wrong == {}
    assert all(PROBE in detail for _, detail in answers.values()), answers


async def test_the_fast_paths_refuse_what_their_routes_do_not_declare(rules_stack: Stack) -> None:
    body = {"messages": [{"role": "user", "content": "I like tea"}], "user_id": "qp"}
    add = await rules_stack.http.post(
        "/v3/memories/add/?async_mode=false", json=body, headers=auth()
    )
    assert add.status_code == 400
    assert add.json() == {"detail": "Unsupported query parameter(s): async_mode."}
    event_id = (await rules_stack.add(body))["event_id"]
    await rules_stack.wait_for_event(event_id)
    for path in (f"/v1/event/{event_id}/", f"/v1/events/{event_id}/"):
        polled = await rules_stack.http.get(f"{path}?waiting=1", headers=auth())
        assert polled.status_code == 400
        assert polled.json() == {"detail": "Unsupported query parameter(s): waiting."}
        for query in ("", "?wait=0.1", "?org_id=o&project_id=p"):
            found = await rules_stack.http.get(f"{path}{query}", headers=auth())
            assert found.status_code == 200, (query, found.text)


async def test_declared_parameters_are_taken(rules_stack: Stack) -> None:
    filters = {"filters": {"user_id": "qp"}}
    taken = [
        await rules_stack.http.post(
            "/v3/memories/?page=1&page_size=1", json=filters, headers=auth()
        ),
        await rules_stack.http.get(
            "/v1/events/?page=1&page_size=2&status=SUCCEEDED", headers=auth()
        ),
        await rules_stack.http.get("/v1/entities/?page=1&page_size=5", headers=auth()),
        await rules_stack.http.get("/v1/memories/?user_id=qp&page_size=5&org_id=o", headers=auth()),
    ]
    assert [r.status_code for r in taken] == [200] * len(taken), [r.text for r in taken]
    # The 0.1.x SDK's listing reads its whole query string as a body: its own message.
    listing = await rules_stack.http.get("/v1/memories/?user_id=qp&pagesize=1", headers=auth())
    assert listing.status_code == 400
    assert listing.json() == {"detail": "Unsupported field(s): pagesize."}


async def test_a_caller_without_a_valid_key_gets_401_whatever_it_sends(rules_stack: Stack) -> None:
    """The key is checked before the query string: an undeclared parameter must not tell
    a caller without a key which routes exist and what they take."""
    answers = {}
    for method, path in _routes(rules_stack):
        for headers in ({}, {"Authorization": "Token not-a-key"}):
            plain = await rules_stack.http.request(method, path, headers=headers, timeout=10)
            if plain.status_code != 401:
                continue  # a public route (health, documents, the explorer's pages)
            probed = await rules_stack.http.request(
                method, f"{path}?{PROBE}=1", headers=headers, timeout=10
            )
            answers[method, path, bool(headers)] = probed.status_code
    assert len(answers) > 40  # every keyed route, with and without a wrong key
    assert {route: status for route, status in answers.items() if status != 401} == {}
