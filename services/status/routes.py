"""`GET /v1/event/{event_id}/` (alias `/v1/events/{event_id}/`) and `GET /v1/events/`."""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from typing import Annotated

import orjson
from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from memstream.contracts import EventList, EventPublic, EventStatus, error_responses
from memstream.errors import ApiError
from memstream.http import PrincipalDep
from services.status.store import EventStore

__all__ = ["build_router"]

_NOT_FOUND = "Event not found."
MAX_PAGE_SIZE = 100


def _parse_event_id(raw: str) -> uuid.UUID:
    try:
        return uuid.UUID(raw)
    except ValueError:
        raise ApiError(404, _NOT_FOUND) from None


def _json(body: bytes) -> Response:
    return Response(body, media_type="application/json")


def build_router(store: EventStore, wait_caught_up: Callable[[], Awaitable[bool]]) -> APIRouter:
    router = APIRouter(tags=["events"])

    @router.get("/v1/events/", responses={200: {"model": EventList}, **error_responses(401, 422)})
    async def list_events(
        request: Request,
        principal: PrincipalDep,
        page: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
        page_size: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE)] = 50,
        status: EventStatus | None = None,
    ) -> Response:
        """The caller's project's events, newest first."""
        project = (principal.org_id, principal.project_id)
        found = store.page(project, status, (page - 1) * page_size, page_size)
        more = page * page_size < found.count
        links = {
            "next": str(request.url.include_query_params(page=page + 1)) if more else None,
            "previous": str(request.url.include_query_params(page=page - 1)) if page > 1 else None,
        }
        head = orjson.dumps({"count": found.count, **links})[:-1]
        return _json(head + b',"results":[' + b",".join(found.results) + b"]}")

    @router.get(
        "/v1/event/{event_id}/",
        responses={200: {"model": EventPublic}, **error_responses(401, 404)},
    )
    @router.get("/v1/events/{event_id}/", include_in_schema=False)
    async def get_event(event_id: str, principal: PrincipalDep) -> Response:
        key = _parse_event_id(event_id)
        project = (principal.org_id, principal.project_id)
        found = store.get_json(key, project)
        if found is None and await wait_caught_up():
            found = store.get_json(key, project)
        if found is None:
            raise ApiError(404, _NOT_FOUND)
        return _json(found)

    return router
