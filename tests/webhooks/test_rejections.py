"""Bad webhook requests: malformed, oversized, wrong type, hostile, generated. A clear 4xx
each, in the one error format, and no webhook made or changed."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from memstream.testing.data import auth
from tests.support import Stack

COLLECTION = "/api/v1/webhooks/projects/project-a/"


async def _ids(stack: Stack) -> set[str]:
    listed = await stack.http.get(COLLECTION, headers=auth())
    return {w["webhook_id"] for w in listed.json()}


def _error(response: Any, status: int, detail: str) -> None:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/json"
    assert detail in response.json()["detail"]


async def test_malformed_oversized_and_mistyped_bodies(hooks_stack: Stack) -> None:
    before = await _ids(hooks_stack)
    made = await hooks_stack.http.post(
        COLLECTION, json={"name": "x", "url": "http://127.0.0.1:9/"}, headers=auth()
    )
    path = f"/api/v1/webhooks/{made.json()['webhook_id']}/"
    headers = {**auth(), "content-type": "application/json"}
    for method, url in (("POST", COLLECTION), ("PUT", path)):
        broken = await hooks_stack.http.request(
            method, url, content=b'{"url": "ht', headers=headers
        )
        _error(broken, 400, "not valid JSON")
        huge = b'{"name": "' + b"a" * (64 * 1024) + b'"}'
        _error(await hooks_stack.http.request(method, url, content=huge, headers=headers), 413, "")
        text = {**auth(), "content-type": "text/plain"}
        mistyped = await hooks_stack.http.request(method, url, content=b"x", headers=text)
        assert mistyped.status_code == 415
        _error(
            await hooks_stack.http.request(method, url, json=["url"], headers=auth()),
            400,
            "Input should be",
        )
    _error(await hooks_stack.http.put(path, json={"owner": "me"}, headers=auth()), 400, "owner")
    # Not a boolean: "yes" was read as true.
    yes = {"name": "y", "url": "http://127.0.0.1:9/", "is_active": "yes"}
    for method, url, body in (("POST", COLLECTION, yes), ("PUT", path, {"is_active": "yes"})):
        response = await hooks_stack.http.request(method, url, json=body, headers=auth())
        _error(response, 400, "is_active: Input should be a valid boolean")
    _error(
        await hooks_stack.http.put(path, json={"is_active": 0}, headers=auth()), 400, "is_active"
    )
    # A query parameter the route does not declare (`?page=0` was ignored).
    routes = [("GET", f"{path}deliveries/"), ("GET", COLLECTION), ("POST", COLLECTION)]
    for method, url in [*routes, ("PUT", path), ("DELETE", path)]:
        response = await hooks_stack.http.request(
            method, f"{url}?page=0", json={"is_active": False}, headers=auth()
        )
        _error(response, 400, "Unsupported query parameter(s): page.")
    _error(
        await hooks_stack.http.put(path, json={"url": "http://169.254.169.254/"}, headers=auth()),
        400,
        "metadata",
    )
    unchanged = await hooks_stack.http.get(COLLECTION, headers=auth())
    [mine] = [w for w in unchanged.json() if f"/{w['webhook_id']}/" in path]
    assert mine["url"] == "http://127.0.0.1:9/" and mine["name"] == "x"
    await hooks_stack.http.delete(path, headers=auth())
    assert await _ids(hooks_stack) == before


async def test_a_url_that_is_not_the_one_called_is_refused(hooks_stack: Stack) -> None:
    """aiohttp drops CR/LF and escapes spaces, so another URL was called than the one
    stored; port 0 was checked as port 80 and never connects."""
    before = await _ids(hooks_stack)
    made = await hooks_stack.http.post(
        COLLECTION, json={"name": "x", "url": "http://127.0.0.1:9/"}, headers=auth()
    )
    path = f"/api/v1/webhooks/{made.json()['webhook_id']}/"
    for url, why in [
        ("http://127.0.0.1:9/x\r\nX-Evil: 1", "url: holds a space or a control character"),
        ("http://127.0.0.1:9/a b", "url: holds a space or a control character"),
        ("http://127.0.0.1:9/\ta", "url: holds a space or a control character"),
        ("http://127.0.0.1:0/x", "url: port 0 cannot be called"),
        ("http://a.test\\@127.0.0.1:9/", "url: not a valid URL"),
    ]:
        created = await hooks_stack.http.post(
            COLLECTION, json={"name": "n", "url": url}, headers=auth()
        )
        _error(created, 400, why)
        _error(await hooks_stack.http.put(path, json={"url": url}, headers=auth()), 400, why)
    listed = await hooks_stack.http.get(COLLECTION, headers=auth())
    assert [w["url"] for w in listed.json() if f"/{w['webhook_id']}/" in path] == [
        "http://127.0.0.1:9/"
    ]
    await hooks_stack.http.delete(path, headers=auth())
    assert await _ids(hooks_stack) == before


async def test_hostile_ids_are_not_found(hooks_stack: Stack) -> None:
    for hostile in ("..%2F..%2Fetc", "wh_' OR 1=1 --", "%00", "a" * 100):
        for method in ("PUT", "DELETE"):
            response = await hooks_stack.http.request(
                method, f"/api/v1/webhooks/{hostile}/", json={"name": "y"}, headers=auth()
            )
            assert response.status_code in (400, 404), response.text
            assert isinstance(response.json()["detail"], str | list)
    too_long = await hooks_stack.http.delete(f"/api/v1/webhooks/{'a' * 101}/", headers=auth())
    assert too_long.status_code == 400


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=10,
)
_URLS = st.sampled_from(
    [
        "http://127.0.0.1:9/",
        "http://10.0.0.1/",
        "http://[fe80::1]/",
        "gopher://127.0.0.1/",
        "http://x.invalid/",
        "//127.0.0.1",
        "http://127.0.0.1:99999/",
        "",
    ]
)


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    body=st.dictionaries(
        st.sampled_from(["name", "url", "event_types", "is_active", "secret"]),
        _URLS | _JSON | st.lists(st.sampled_from(["memory_add", "memory:update", "x"])),
        max_size=5,
    )
)
async def test_generated_webhook_bodies_never_break_the_service(
    hooks_stack: Stack, body: Any
) -> None:
    response = await hooks_stack.http.post(COLLECTION, json=body, headers=auth())
    if response.status_code == 201:  # a valid one: made as asked
        made = response.json()
        assert (made["name"], made["url"]) == (body["name"], body["url"])
        await hooks_stack.http.delete(f"/api/v1/webhooks/{made['webhook_id']}/", headers=auth())
        return
    assert response.status_code == 400, response.text
    assert response.headers["content-type"] == "application/json"
    assert response.json()["detail"]
