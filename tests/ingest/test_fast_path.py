"""The add fast path answers exactly as the route behind it would, or lets it answer."""

from __future__ import annotations

import asyncio
import uuid
from urllib.parse import urlsplit

import orjson
import pytest

from memstream.testing.data import KEY_A, auth
from tests.support import Stack, read_topic


def _body(marker: str) -> bytes:
    return orjson.dumps({"messages": [{"role": "user", "content": marker}], "user_id": "u"})


async def _published(stack: Stack, marker: str) -> int:
    bootstrap = stack.settings.kafka.bootstrap
    assert bootstrap is not None
    records = await read_topic(bootstrap, stack.topics.requests)
    return sum(1 for r in records if marker.encode() in (r.value or b""))


REPEATED = {
    "authorization": (
        [("Authorization", "Token not-a-key"), ("Authorization", f"Token {KEY_A}")],
        [("Content-Type", "application/json")],
        401,
    ),
    "content-type": (
        [("Content-Type", "text/plain"), ("Content-Type", "application/json")],
        list(auth().items()),
        415,
    ),
}


@pytest.mark.parametrize("header", sorted(REPEATED))
async def test_a_repeated_header_counts_its_first_copy(rules_stack: Stack, header: str) -> None:
    """FastAPI reads the first copy; the fast path must not accept on the last one."""
    repeated, others, status = REPEATED[header]
    marker = f"dup-{header}-{uuid.uuid4().hex}"
    response = await rules_stack.http.post(
        "/v3/memories/add/", content=_body(marker), headers=[*repeated, *others]
    )
    assert response.status_code == status
    assert await _published(rules_stack, marker) == 0


async def test_a_client_that_leaves_mid_body_publishes_nothing(rules_stack: Stack) -> None:
    marker = f"left-{uuid.uuid4().hex}"
    body = _body(marker)
    address = urlsplit(rules_stack.url)
    assert address.hostname is not None and address.port is not None
    _, writer = await asyncio.open_connection(address.hostname, address.port)
    head = (
        "POST /v3/memories/add/ HTTP/1.1\r\n"
        f"Host: {address.netloc}\r\n"
        f"Authorization: Token {KEY_A}\r\n"
        "Content-Type: application/json\r\n"
        f"Content-Length: {len(body) + 10}\r\n\r\n"
    )
    writer.write(head.encode() + body)  # ten bytes short of what it declared
    await writer.drain()
    writer.close()
    await writer.wait_closed()
    # The server is done with the connection once a request on a new one is answered.
    assert (await rules_stack.http.get("/v1/ping/", headers=auth())).status_code == 200
    assert await _published(rules_stack, marker) == 0
