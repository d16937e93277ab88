"""What route handlers share: the caller, the JSON body, JSON answers, page links."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Annotated, Any, TypeVar

import orjson
from fastapi import Depends, Request
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, ValidationError

from memstream.asgi import REQUEST_CONTEXT
from memstream.auth.principals import ApiKeyAuthenticator, Principal
from memstream.contracts.errors import ApiError, error_body
from memstream.contracts.limits import exact_json
from memstream.contracts.parity import Endpoint, refusal
from memstream.observability.request_ids import RequestContext

ModelT = TypeVar("ModelT", bound=BaseModel)

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
    "validated",
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
    """The parsed JSON body (its integers exact, however long): 413 past `max_bytes`
    (checked while reading), 415, 400."""
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
        return exact_json(b"".join(chunks))
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


def page_link(request: Request, **kept: int) -> Callable[[int], str]:
    """The URL of page `n` of this listing: the request's own, with `page` replaced and
    the `kept` parameters set (those the request gave elsewhere, in its body)."""
    return lambda n: str(request.url.include_query_params(**kept, page=n))


def validated(model: type[ModelT], raw: Any, endpoint: Endpoint | None = None) -> ModelT:
    """`raw` as `model`; a field it does not take is a 400 naming it (with why, when it is
    one of Mem0's that memstream refuses on `endpoint`), as is any other invalid value."""
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        extra = [
            ".".join(str(part) for part in e["loc"])
            for e in exc.errors()
            if e["type"] == "extra_forbidden"
        ]
        if not extra:
            raise
        reasons = [(name, refusal(endpoint, name) if endpoint else None) for name in extra]
        explained = [f"{name} is not supported: {why}" for name, why in reasons if why]
        if explained:
            raise ApiError(400, "; ".join(explained) + ".") from None
        names = ", ".join(name[:100] for name in extra[:10])
        raise ApiError(400, f"Unsupported field(s): {names}.") from None
