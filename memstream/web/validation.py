"""Checking what a caller sent: bodies validated with unsupported fields named in a 400
(a field memstream accepts, it honours; `memstream.web.handlers.validated`), query
parameters it does not know, or given more than once where the route takes one value,
refused (every route's, by `refuse_undeclared_params`, from the parameters the route
declares), URLs whose percent-decoded path or query values are
not UTF-8 refused (`Utf8UrlGuard`)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection
from typing import Any, get_args
from urllib.parse import unquote_to_bytes

from fastapi import Depends, Request
from fastapi._compat import field_annotation_is_sequence
from fastapi.routing import APIRoute
from pydantic import BaseModel

from memstream.asgi import ASGIApp, Receive, Scope, Send, send_json
from memstream.auth.principals import ApiKeyAuthenticator
from memstream.contracts.errors import ApiError, error_body
from memstream.web.handlers import PrincipalDep, validated

__all__ = [
    "OWN_QUERY",
    "Utf8UrlGuard",
    "body_of",
    "refuse_repeated_params",
    "refuse_undeclared_params",
    "refuse_unknown_params",
    "undecodable_url",
    "validated",
]

# Sent by the SDK on every call and answered from the API key instead.
_IGNORED_PARAMS = frozenset({"org_id", "project_id"})


def body_of(model: type[BaseModel]) -> dict[str, Any]:
    """The OpenAPI request body of a route that reads its JSON itself."""
    schema = model.model_json_schema()
    return {"requestBody": {"required": True, "content": {"application/json": {"schema": schema}}}}


def refuse_unknown_params(request: Request, known: Collection[str]) -> None:
    unknown = [k for k in request.query_params if k not in known and k not in _IGNORED_PARAMS]
    if unknown:
        names = ", ".join(name[:100] for name in unknown[:10])
        raise ApiError(400, f"Unsupported query parameter(s): {names}.")


def refuse_repeated_params(names: list[str], lists: Collection[str] = ()) -> None:
    """A parameter given more than once (`?user_id=a&user_id=b`) is a 400 naming it, unless
    it is one of `lists`: the framework would take the last, and erase or read another
    user than the one the caller (or a proxy that appended one) meant."""
    repeated = [name for name, n in Counter(names).items() if n > 1 and name not in lists]
    if repeated:
        shown = ", ".join(name[:100] for name in repeated[:10])
        raise ApiError(400, f"Query parameter(s) given more than once: {shown}.")


async def _validates_own_query() -> None:
    """Marks a route whose handler checks its whole query string itself."""


# In a route's `dependencies`: its handler reads and checks the query string itself (the
# 0.1.x SDK's `GET /v1/memories/` sends a listing's every option there).
OWN_QUERY = Depends(_validates_own_query)


_CURRENT_PRINCIPAL = get_args(PrincipalDep)[1].dependency


class _Declared:
    """What `refuse_undeclared_params` needs of a route: the query parameters it and its
    dependencies declare (None when its handler checks the query string itself), those
    of them that take a list (given once per item), and whether it takes an API key."""

    def __init__(self, route: APIRoute) -> None:
        self.route = route
        self.params: frozenset[str] | None = frozenset()
        self.lists: frozenset[str] = frozenset()
        self.needs_key = False
        names: set[str] = set()
        lists: set[str] = set()
        pending = [route.dependant]
        while pending:
            dependant = pending.pop()
            if dependant.call is _validates_own_query:
                self.params = None
            self.needs_key = self.needs_key or dependant.call is _CURRENT_PRINCIPAL
            for field in dependant.query_params:
                names.add(field.alias)
                # FastAPI's own test of whether it reads every value or the last one.
                if field_annotation_is_sequence(field.field_info.annotation):
                    lists.add(field.alias)
            pending.extend(dependant.dependencies)
        self.lists = frozenset(lists)
        if self.params is not None:
            self.params = frozenset(names)


# By the route's id (a route is not hashable); each entry keeps its route, so that an id
# reused by a later app's route is not taken for it.
_DECLARED: dict[int, _Declared] = {}


def _declared_by(route: APIRoute) -> _Declared:
    cached = _DECLARED.get(id(route))
    if cached is None or cached.route is not route:
        cached = _DECLARED[id(route)] = _Declared(route)
    return cached


async def refuse_undeclared_params(request: Request) -> None:
    """A dependency of every route (`memstream.web.app.build_app`): a query parameter the
    route does not declare is a 400 naming it, as a body field it does not take is, never
    silently ignored (`?pagesize=1`, `?async_mode=false`), as is one given more than once
    that the route takes one value of (`?user_id=a&user_id=b` took b, even on an erasure;
    a route that reads its own query string checks it). A route that takes an API key
    checks it first: a caller without a valid one learns nothing of its routes but 401,
    whatever it sends."""
    # async although it never awaits: FastAPI runs sync dependencies in a thread pool.
    route = request.scope.get("route")
    if not request.scope.get("query_string") or not isinstance(route, APIRoute):
        return
    declared = _declared_by(route)
    if declared.needs_key:
        authenticator: ApiKeyAuthenticator = request.app.state.authenticator
        authenticator.authenticate(request.headers.get("authorization"))
    if declared.params is not None:
        refuse_unknown_params(request, declared.params)
        refuse_repeated_params(
            [name for name, _ in request.query_params.multi_items()], declared.lists
        )


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
