"""The server writes an answer of declared length in one write; others as uvicorn does."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import pytest
from uvicorn.protocols.http.flow_control import FlowControl

from memstream.web.server import OneWriteCycle


class _Transport:
    def __init__(self) -> None:
        self.writes: list[bytes] = []
        self.closed = False

    def write(self, data: bytes) -> None:
        assert not self.closed, "written after close"
        self.writes.append(data)

    def close(self) -> None:
        self.closed = True

    def is_closing(self) -> bool:
        return self.closed


def _cycle(transport: _Transport, method: str = "GET", keep_alive: bool = True) -> OneWriteCycle:
    log = logging.getLogger("test")
    return OneWriteCycle(
        scope={"method": method},  # type: ignore[typeddict-item]
        transport=transport,  # type: ignore[arg-type]
        flow=FlowControl(transport),  # type: ignore[arg-type]
        logger=log,
        access_logger=log,
        access_log=False,
        default_headers=[],
        message_event=asyncio.Event(),
        expect_100_continue=False,
        keep_alive=keep_alive,
        on_response=lambda: None,
    )


def _start(*headers: tuple[bytes, bytes]) -> Any:
    return {"type": "http.response.start", "status": 200, "headers": list(headers)}


_LENGTH = (b"content-length", b"2")


async def test_an_answer_of_declared_length_is_one_write() -> None:
    transport = _Transport()
    cycle = _cycle(transport)
    await cycle.send(_start((b"content-type", b"application/json"), _LENGTH))
    assert transport.writes == []
    await cycle.send({"type": "http.response.body", "body": b"{}"})
    (written,) = transport.writes
    assert written.startswith(b"HTTP/1.1 200 OK\r\n") and written.endswith(b"\r\n\r\n{}")
    assert cycle.response_complete


async def test_a_streamed_answer_gets_its_head_at_once() -> None:
    transport = _Transport()
    cycle = _cycle(transport)
    await cycle.send(_start((b"content-type", b"text/event-stream")))
    (head,) = transport.writes
    assert b"transfer-encoding: chunked" in head
    await cycle.send({"type": "http.response.body", "body": b"data: 1\n\n", "more_body": True})
    assert len(transport.writes) == 2


@pytest.mark.parametrize(("method", "keep_alive"), [("HEAD", True), ("GET", False)])
async def test_a_head_answer_or_a_closing_one_still_writes_its_head(
    method: str, keep_alive: bool
) -> None:
    transport = _Transport()
    cycle = _cycle(transport, method, keep_alive)
    await cycle.send(_start(_LENGTH))
    await cycle.send({"type": "http.response.body", "body": b"" if method == "HEAD" else b"{}"})
    assert b"".join(transport.writes).startswith(b"HTTP/1.1 200 OK\r\n")
    assert transport.closed is not keep_alive
