"""What route handlers share: the caller, the JSON body, JSON answers, page links."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Annotated, Any

import orjson
from fastapi import Depends, Request
from fastapi.responses import JSONResponse, Response

from memstream.asgi import REQUEST_CONTEXT
from memstream.auth.principals import ApiKeyAuthenticator, Principal
from memstream.contracts.errors import ApiError, error_body
from memstream.observability.request_ids import RequestContext

__all__ = [
    "OrjsonResponse",
    "PrincipalDep",
    "component_part",
    "error_response",
    "json_response",
    "page_link",
    "page_links",
    "read_json_body",
    "request_context",
]


class OrjsonResponse(JSONResponse):
    def render(self, content: Any) -> bytes:
        return orjson.dumps(content)


def json_response(body: bytes, status: int = 200) -> Response:
    """An answer whose JSON is already encoded."""
    return Response(body, status_code=status, media_type="application/json")


def error_response(status: int, detail: str, headers: dict[str, str] | None = None) -> Response:
    return Response(
        error_body(detail, status),
        status_code=status,
        headers=headers,
        media_type="application/json",
    )


async def read_json_body(request: Request, max_bytes: int) -> Any:
    """The parsed JSON body: 413 past `max_bytes` (checked while reading), 415, 400."""
    content_type = request.headers.get("content-type", "application/json").lower()
    if "json" not in content_type:
        raise ApiError(415, "Content-Type must be application/json.")
    declared = request.headers.get("content-length")
    if declared is not None and (
        not (declared.isascii() and declared.isdigit()) or int(declared) > max_bytes
    ):
        raise ApiError(413, f"Request body is larger than {max_bytes} bytes.")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > max_bytes:
            raise ApiError(413, f"Request body is larger than {max_bytes} bytes.")
        chunks.append(chunk)
    try:
        return orjson.loads(b"".join(chunks))
    except orjson.JSONDecodeError as exc:
        raise ApiError(400, f"Request body is not valid JSON: {exc.msg}.") from None


def component_part(component: str, attribute: str) -> Callable[[Request], Awaitable[Any]]:
    """A dependency giving `attribute` of the component named `component`, which
    `build_app` put on the app's state: how a service's `deps.py` reaches its clients."""

    # async although it never awaits: FastAPI runs sync dependencies in a thread pool.
    async def dependency(request: Request) -> Any:
        return getattr(getattr(request.app.state, component), attribute)

    return dependency


async def _current_principal(request: Request) -> Principal:
    # async although it never awaits: FastAPI runs sync dependencies in a thread pool,
    # which cost the add path a sixth of its CPU.
    authenticator: ApiKeyAuthenticator = request.app.state.authenticator
    return authenticator.authenticate(request.headers.get("authorization"))


PrincipalDep = Annotated[Principal, Depends(_current_principal)]


def request_context(request: Request) -> RequestContext:
    context: RequestContext = getattr(request.state, REQUEST_CONTEXT)
    return context


def page_links(
    page: int, page_size: int, count: int, link: Callable[[int], str]
) -> tuple[str | None, str | None]:
    """(next, previous): URLs of the neighbouring pages, None where there is none."""
    more = page * page_size < count
    return (link(page + 1) if more else None, link(page - 1) if page > 1 else None)


def page_link(request: Request) -> Callable[[int], str]:
    """The URL of page `n` of this listing: the request's own, with `page` replaced."""
    return lambda n: str(request.url.include_query_params(page=n))
