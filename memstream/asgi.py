"""ASGI plumbing shared by the fast paths and middlewares: the types, the keys they
leave in a request's scope for each other, and a raw JSON answer."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

__all__ = [
    "DRAIN",
    "RATE_LIMIT_DECISION",
    "REQUEST_CONTEXT",
    "ROUTE",
    "ASGIApp",
    "Message",
    "Receive",
    "Scope",
    "Send",
    "send_json",
    "state_of",
]

# Keys in `scope["state"]` (read by FastAPI as `request.state.<key>`).
REQUEST_CONTEXT = "request_context"  # the RequestContext the request-id layer made
RATE_LIMIT_DECISION = "rate_limit_decision"  # the add fast path took the token already
# Key in the scope itself: the route label of a request a fast path answered.
ROUTE = "memstream.route"
# Key in the scope: the server's `Drain` (memstream/web/server.py), which resolves the
# futures handed to it when the server begins to shut down: long-polls answer and event
# streams end then, instead of holding the shutdown for as long as they last.
DRAIN = "memstream.drain"

_JSON = (b"content-type", b"application/json")


def state_of(scope: Scope) -> dict[str, Any]:
    state: dict[str, Any] = scope.setdefault("state", {})
    return state


async def send_json(
    send: Send, status: int, body: bytes, headers: Iterable[tuple[bytes, bytes]] = ()
) -> None:
    """A whole JSON answer: `body` is already encoded."""
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [_JSON, (b"content-length", str(len(body)).encode()), *headers],
        }
    )
    await send({"type": "http.response.body", "body": body})
