"""App assembly: a service is a `Component` (routers, start/stop, health); `build_app`
puts any set of components behind one FastAPI app: one service alone in production,
all of them on one port for `memstream dev`.

Each component is also `app.state.<its name>`, where its routes' dependencies
(`services/<name>/deps.py`) find it.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from typing import Any, Protocol

from fastapi import APIRouter, Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from pydantic import ValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.requests import ClientDisconnect

from memstream.asgi import ASGIApp
from memstream.auth.principals import ApiKeyAuthenticator
from memstream.contracts.errors import ApiError, validation_message
from memstream.contracts.refs import hoist_defs
from memstream.observability import metrics
from memstream.observability.logs import get_logger
from memstream.web.handlers import OrjsonResponse, error_response
from memstream.web.validation import refuse_undeclared_params

__all__ = ["Component", "build_app"]

log = get_logger(__name__)


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


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def on_api_error(_: Request, exc: ApiError) -> Response:
        return error_response(exc.status, exc.detail, exc.headers)

    # A request that does not validate is a 400, as Mem0 answers it (the SDK maps 400 and
    # 422 alike); the detail keeps the reasons, field by field.
    @app.exception_handler(RequestValidationError)
    async def on_request_validation(_: Request, exc: RequestValidationError) -> Response:
        return error_response(400, validation_message(exc.errors()))

    @app.exception_handler(ValidationError)
    async def on_validation(_: Request, exc: ValidationError) -> Response:
        return error_response(400, validation_message(exc.errors()))

    @app.exception_handler(StarletteHTTPException)
    async def on_http(_: Request, exc: StarletteHTTPException) -> Response:
        return error_response(exc.status_code, str(exc.detail), dict(exc.headers or {}))

    @app.exception_handler(ClientDisconnect)
    async def on_client_gone(request: Request, _: ClientDisconnect) -> Response:
        # The client left, or the server closed a request it was too slow to send.
        log.info("client_disconnected", path=request.url.path)
        return error_response(400, "The client disconnected before its request was read.")

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
        for name, state in states.items():  # what the kubelet saw, for alerts and dashboards
            metrics.COMPONENT_READY.labels(name).set(1 if state else 0)
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


_BAD_REQUEST = {
    "description": "The request does not validate: `detail` names the fields and why.",
    "content": {
        "application/json": {
            "schema": {
                "type": "object",
                "properties": {"detail": {"type": "string"}},
                "required": ["detail"],
            }
        }
    },
}


def _finish_document(app: FastAPI) -> None:
    """What FastAPI's document gets wrong for memstream: it documents a 422 for every
    route with parameters, where memstream answers a 400; and the bodies of routes that
    read their JSON themselves (`openapi_extra`, `body_of`) keep pydantic's `$defs`, which
    their refs cannot reach inside an OpenAPI document."""
    generate = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is not None:
            return app.openapi_schema
        document = generate()
        for operations in document.get("paths", {}).values():
            for operation in operations.values():
                responses = operation.get("responses", {})
                if responses.pop("422", None) is not None:
                    responses.setdefault("400", _BAD_REQUEST)
        schemas = document.get("components", {}).get("schemas", {})
        for unused in ("HTTPValidationError", "ValidationError"):
            schemas.pop(unused, None)
        hoist_defs(document)
        return document

    app.openapi = openapi  # type: ignore[method-assign]


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

    # The SDK does not follow redirects: paths match exactly, with their slash. A query
    # parameter a route does not declare is a 400 naming it, on every route.
    app = FastAPI(
        title=title,
        lifespan=lifespan,
        redirect_slashes=False,
        dependencies=[Depends(refuse_undeclared_params)],
    )
    app.state.authenticator = authenticator
    _install_error_handlers(app)
    _finish_document(app)
    app.include_router(_health_router(components))
    for component in components:
        setattr(app.state, component.name, component)
        for router in component.routers():
            app.include_router(router)
    return app
