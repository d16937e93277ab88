"""URLs as the services' stack reads them, over TCP: a percent-decoded path or query value
that is not UTF-8 is a 400 on every route (the framework-free fast paths too), never an id
made of U+FFFD; and a URL over the limit on a kept-alive connection is answered."""

from __future__ import annotations

import httpx
import pytest

from memstream.testing.data import auth
from tests.support import Stack

ADD = {"messages": [{"role": "user", "content": "I like tea."}], "user_id": "utf8-url"}


@pytest.mark.parametrize(
    ("method", "url", "named"),
    [
        ("DELETE", "/v1/memories/?user_id=%FF", "user_id: the query parameter"),
        ("DELETE", "/v1/memories/?user_id=%FE", "user_id: the query parameter"),
        ("GET", "/v1/memories/?user_id=%FF%FE", "user_id: the query parameter"),
        ("GET", "/v1/memories/?user_id=u&%FF=1", "A query parameter name"),
        ("DELETE", "/v2/entities/user/%ED%A0%80/", "The URL path"),
        ("GET", "/v1/event/%C3/", "The URL path"),
    ],
)
async def test_a_url_not_utf8_once_decoded_is_a_400_naming_the_part(
    rules_stack: Stack, method: str, url: str, named: str
) -> None:
    response = await rules_stack.http.request(method, url, headers=auth())
    assert response.status_code == 400, response.text
    assert response.headers["content-type"] == "application/json"
    assert response.json()["detail"].startswith(named)
    assert "not valid UTF-8" in response.json()["detail"]


async def test_the_fast_paths_refuse_it_too(rules_stack: Stack) -> None:
    """The add and event-status fast paths answer before the framework reads a query."""
    added = await rules_stack.http.post("/v3/memories/add/?note=%FF", json=ADD, headers=auth())
    assert added.status_code == 400, added.text
    assert added.json()["detail"].startswith("note: the query parameter")
    event_id = (await rules_stack.add(ADD))["event_id"]
    found = await rules_stack.http.get(f"/v1/event/{event_id}/?note=%FF", headers=auth())
    assert found.status_code == 400, found.text


async def test_utf8_percent_encoded_is_still_read(rules_stack: Stack) -> None:
    response = await rules_stack.http.get("/v1/memories/?user_id=caf%C3%A9", headers=auth())
    assert response.status_code == 200, response.text


async def test_a_url_over_the_limit_on_a_pooled_connection_gets_its_431(
    rules_stack: Stack,
) -> None:
    """The fuzzer's case against the services: it was httpx.RemoteProtocolError."""
    async with httpx.AsyncClient(base_url=rules_stack.url, headers=auth()) as client:
        assert (await client.get("/v1/ping/")).status_code == 200
        refused = await client.get("/v1/event/" + "x" * 40000 + "/")
        assert refused.status_code == 431 and "exceed" in refused.json()["detail"]
