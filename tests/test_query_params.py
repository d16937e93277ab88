"""Honour or refuse, for query parameters: every route refuses one it does not declare with
a 400 naming it (`?pagesize=1` and `?async_mode=false` were silently ignored), the
framework-free fast paths included; the parameters routes declare, and the `org_id` and
`project_id` the older SDKs send, still work."""

from __future__ import annotations

import re

from fastapi._compat import field_annotation_is_sequence
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


def _declared(stack: Stack) -> list[tuple[str, str, str]]:
    """(method, path, name) of every query parameter that a route takes one value of."""
    declared = []
    for component in stack.components:
        for router in component.routers():
            for route in router.routes:
                if not isinstance(route, APIRoute):
                    continue
                path = re.sub(r"\{[^}]+\}", ANY_ID, route.path)
                names = [
                    field.alias
                    for dependant in (route.dependant, *route.dependant.dependencies)
                    for field in dependant.query_params
                    if not field_annotation_is_sequence(field.field_info.annotation)
                ]
                declared += [(m, path, name) for m in route.methods for name in names]
    return declared


async def test_every_route_refuses_a_parameter_given_twice(rules_stack: Stack) -> None:
    """`?user_id=a&user_id=b` took b, with a 200, even on an erasure: a parameter a route
    takes one value of is a 400 naming it when it comes twice (the same value too), the
    fast paths' routes and the ignored `org_id` included."""
    declared = _declared(rules_stack)
    assert {"page", "page_size", "user_id", "wait"} <= {name for _, _, name in declared}
    probes = [
        *((method, path, name) for method, path, name in declared),
        *((method, path, "org_id") for method, path in _routes(rules_stack)),
        ("GET", "/v1/memories/", "user_id"),  # reads its query string itself
        ("POST", "/v3/memories/add/", "org_id"),  # the add fast path's
    ]
    answers = {}
    for method, path, name in probes:
        response = await rules_stack.http.request(
            method, f"{path}?{name}=1&{name}=1", headers=auth(), timeout=10
        )
        answers[method, path, name] = (response.status_code, response.json().get("detail"))
    expected = "Query parameter(s) given more than once: {}."
    wrong = {
        probe: answer
        for probe, answer in answers.items()
        if answer != (400, expected.format(probe[2]))
    }
    assert wrong == {}


async def test_an_erasure_for_two_users_is_refused_and_erases_neither(rules_stack: Stack) -> None:
    body = {"messages": [{"role": "user", "content": "I like green tea"}], "infer": False}
    for user in ("qp-twice-a", "qp-twice-b"):
        event = (await rules_stack.add({**body, "user_id": user}))["event_id"]
        await rules_stack.wait_for_event(event)
    erased = await rules_stack.http.delete(
        "/v1/memories/?user_id=qp-twice-a&user_id=qp-twice-b", headers=auth()
    )
    assert erased.status_code == 400
    assert erased.json() == {"detail": "Query parameter(s) given more than once: user_id."}
    for user in ("qp-twice-a", "qp-twice-b"):
        listed = await rules_stack.http.post(
            "/v3/memories/", json={"filters": {"user_id": user}}, headers=auth()
        )
        assert listed.json()["count"] == 1


async def test_a_list_parameter_is_still_taken_once_per_item(rules_stack: Stack) -> None:
    listed = await rules_stack.http.get(
        "/v1/memories/?user_id=qp-twice-a&fields=memory&fields=id", headers=auth()
    )
    assert listed.status_code == 200, listed.text
    picked = await rules_stack.http.get(
        "/api/v1/orgs/organizations/org-1/projects/project-a/"
        "?fields=custom_instructions&fields=custom_categories",
        headers=auth(),
    )
    assert picked.status_code == 200, picked.text
    assert set(picked.json()) == {
        "org_id",
        "project_id",
        "custom_instructions",
        "custom_categories",
    }
