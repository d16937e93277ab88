"""HTTP scaffolding shared by the services: app assembly, errors, health, JSON bodies.

A service is a `Component` (routers + start/stop/ready). `build_app` puts any
set of components behind one FastAPI app: one service alone in production, all
of them on one port for `memstream dev`.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from typing import Annotated, Any, Protocol

import orjson
from fastapi import APIRouter, Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import ValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException

from memstream import metrics
from memstream.auth import ApiKeyAuthenticator, Principal
from memstream.errors import ApiError, error_body
from memstream.logs import REQUEST_ID, get_logger
from memstream.tracing import RequestContext, context_from_headers

__all__ = [
    "ASGIApp",
    "Component",
    "OrjsonResponse",
    "PrincipalDep",
    "RequestIdMiddleware",
    "build_app",
    "error_response",
    "read_json_body",
    "request_context",
    "validation_message",
]

log = get_logger(__name__)


ASGIApp = Any


class Component(Protocol):
    name: str

    def routers(self) -> Sequence[APIRouter]: ...

    def wrap(self, app: ASGIApp, authenticator: ApiKeyAuthenticator) -> ASGIApp:
        """The app with this component's framework-free fast path in front, if it has one."""
        ...

    async def start(self) -> None: ...

    async def stop(self) -> None: ...

    async def ready(self) -> bool: ...

    def alive(self) -> bool:
        """False when a background loop of the component died: restart the process."""
        ...


class OrjsonResponse(JSONResponse):
    def render(self, content: Any) -> bytes:
        return orjson.dumps(content)


def error_response(status: int, detail: str, headers: dict[str, str] | None = None) -> Response:
    return Response(
        error_body(detail), status_code=status, headers=headers, media_type="application/json"
    )


def validation_message(errors: Sequence[Any]) -> str:
    """A one-line summary of pydantic errors, e.g. `messages.0.role: Input should be ...`."""
    parts = []
    for error in list(errors)[:5]:
        where = ".".join(str(p) for p in error.get("loc", ()) if p != "body")
        parts.append(f"{where}: {error.get('msg')}" if where else str(error.get("msg")))
    return "; ".join(parts) or "Invalid request."


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


async def _current_principal(request: Request) -> Principal:
    # async although it never awaits: FastAPI runs sync dependencies in a thread pool,
    # which cost the add path a sixth of its CPU.
    authenticator: ApiKeyAuthenticator = request.app.state.authenticator
    return authenticator.authenticate(request.headers.get("authorization"))


PrincipalDep = Annotated[Principal, Depends(_current_principal)]


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def on_api_error(_: Request, exc: ApiError) -> Response:
        return error_response(exc.status, exc.detail, exc.headers)

    @app.exception_handler(RequestValidationError)
    async def on_request_validation(_: Request, exc: RequestValidationError) -> Response:
        return error_response(422, validation_message(exc.errors()))

    @app.exception_handler(ValidationError)
    async def on_validation(_: Request, exc: ValidationError) -> Response:
        return error_response(422, validation_message(exc.errors()))

    @app.exception_handler(StarletteHTTPException)
    async def on_http(_: Request, exc: StarletteHTTPException) -> Response:
        return error_response(exc.status_code, str(exc.detail), dict(exc.headers or {}))

    @app.exception_handler(Exception)
    async def on_unexpected(request: Request, exc: Exception) -> Response:
        log.error("unhandled_error", path=request.url.path, error=type(exc).__name__)
        return error_response(500, "Internal server error.")


def _health_router(components: Sequence[Component]) -> APIRouter:
    router = APIRouter(tags=["health"])

    @router.get("/healthz")
    async def liveness() -> OrjsonResponse:
        states = {c.name: c.alive() for c in components}
        alive = all(states.values())
        return OrjsonResponse(
            {"status": "ok" if alive else "dead", "components": states},
            status_code=200 if alive else 503,
        )

    @router.get("/readyz")
    async def readiness() -> OrjsonResponse:
        states = {c.name: await c.ready() for c in components}
        ready = all(states.values())
        return OrjsonResponse(
            {"status": "ready" if ready else "not ready", "components": states},
            status_code=200 if ready else 503,
        )

    @router.get("/metrics", include_in_schema=False)
    async def prometheus_metrics() -> Response:
        body, content_type = metrics.render()
        return Response(body, media_type=content_type)

    return router


def build_app(
    components: Sequence[Component], authenticator: ApiKeyAuthenticator, title: str = "memstream"
) -> FastAPI:
    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        started: list[Component] = []
        try:
            for component in components:
                await component.start()
                started.append(component)
            log.info("service_started", components=[c.name for c in components])
            yield
        finally:
            for component in reversed(started):
                try:
                    await component.stop()
                except (Exception, asyncio.CancelledError) as exc:
                    log.error("component_stop_failed", component=component.name, error=repr(exc))

    # The SDK does not follow redirects: paths match exactly, with their slash.
    app = FastAPI(
        title=title,
        lifespan=lifespan,
        redirect_slashes=False,
    )
    app.state.authenticator = authenticator
    _install_error_handlers(app)
    app.include_router(_health_router(components))
    for component in components:
        for router in component.routers():
            app.include_router(router)
    return app


class RequestIdMiddleware:
    """Outermost layer: every request gets a request id and trace context, echoed in
    `X-Request-ID`, bound to its log lines and available as `scope["state"]`."""

    def __init__(self, app: ASGIApp) -> None:
        self._app = app

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self._app(scope, receive, send)
            return
        headers = {k: v for k, v in scope["headers"] if k in (b"x-request-id", b"traceparent")}
        context = context_from_headers(
            headers[b"x-request-id"].decode("latin-1") if b"x-request-id" in headers else None,
            headers[b"traceparent"].decode("latin-1") if b"traceparent" in headers else None,
        )
        scope.setdefault("state", {})["request_context"] = context
        echo = (b"x-request-id", context.request_id.encode())

        async def send_with_id(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", []), echo]}
            await send(message)

        token = REQUEST_ID.set(context.request_id)
        try:
            await self._app(scope, receive, send_with_id)
        finally:
            REQUEST_ID.reset(token)


def request_context(request: Request) -> RequestContext:
    context: RequestContext = request.state.request_context
    return context
