"""Checking what a caller sent: bodies validated with unsupported fields named in a 400
(a field memstream accepts, it honours; `memstream.web.handlers.validated`), query
parameters it does not know refused, URLs whose percent-decoded path or query values are
not UTF-8 refused (`Utf8UrlGuard`)."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any
from urllib.parse import unquote_to_bytes

from fastapi import Request
from pydantic import BaseModel

from memstream.asgi import ASGIApp, Receive, Scope, Send, send_json
from memstream.contracts.errors import ApiError, error_body
from memstream.web.handlers import validated

__all__ = ["Utf8UrlGuard", "body_of", "refuse_unknown_params", "undecodable_url", "validated"]

# Sent by the SDK on every call and answered from the API key instead.
_IGNORED_PARAMS = frozenset({"org_id", "project_id"})


def body_of(model: type[BaseModel]) -> dict[str, Any]:
    """The OpenAPI request body of a route that reads its JSON itself."""
    schema = model.model_json_schema()
    return {"requestBody": {"required": True, "content": {"application/json": {"schema": schema}}}}


def refuse_unknown_params(request: Request, known: Collection[str]) -> None:
    unknown = [k for k in request.query_params if k not in known and k not in _IGNORED_PARAMS]
    if unknown:
        raise ApiError(400, f"Unsupported query parameter(s): {', '.join(unknown[:10])}.")


class Utf8UrlGuard:
    """A 400 for a URL whose percent-decoded path or a query name or value is not UTF-8,
    in front of every route (the fast paths too). uvicorn and Starlette decode them with
    U+FFFD for each bad byte, so `?user_id=%FF` and `?user_id=%FE` named one user (a JSON
    body with those bytes is refused already)."""

    def __init__(self, app: ASGIApp) -> None:
        self._app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            problem = undecodable_url(scope["raw_path"], scope["query_string"])
            if problem is not None:
                await send_json(send, 400, error_body(problem))
                return
        await self._app(scope, receive, send)


def undecodable_url(raw_path: bytes, query: bytes) -> str | None:
    """Why the percent-decoded URL is not UTF-8, naming the part; None if it is. (The
    server refuses bytes outside ASCII before: only percent escapes can make it so.)"""
    if b"%" in raw_path and not _is_utf8(unquote_to_bytes(raw_path)):
        return "The URL path is not valid UTF-8 once percent-decoded."
    if b"%" not in query:
        return None
    for pair in query.split(b"&"):  # as Starlette splits it
        name, _, value = pair.partition(b"=")
        name = unquote_to_bytes(name.replace(b"+", b" "))
        if not _is_utf8(name):
            return "A query parameter name is not valid UTF-8 once percent-decoded."
        if not _is_utf8(unquote_to_bytes(value)):
            return f"{name.decode()}: the query parameter is not valid UTF-8 once percent-decoded."
    return None


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode()
    except UnicodeDecodeError:
        return False
    return True
