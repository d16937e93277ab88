"""`GET /v1/event/{event_id}/` (alias `/v1/events/{event_id}/`) and `GET /v1/events/`."""

from __future__ import annotations

import uuid
from typing import Annotated

import orjson
from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from memstream.contracts.errors import ApiError, error_responses
from memstream.contracts.events import EventList, EventPublic, EventStatus
from memstream.web.handlers import PrincipalDep, json_response, page_link, page_links

from .deps import CatchUpDep, EventStoreDep

__all__ = ["router"]

router = APIRouter(tags=["events"])

_NOT_FOUND = "Event not found."
MAX_PAGE_SIZE = 100


def _parse_event_id(raw: str) -> uuid.UUID:
    try:
        return uuid.UUID(raw)
    except ValueError:
        raise ApiError(404, _NOT_FOUND) from None


@router.get("/v1/events/", responses={200: {"model": EventList}, **error_responses(400, 401)})
async def list_events(
    request: Request,
    principal: PrincipalDep,
    store: EventStoreDep,
    page: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
    page_size: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE)] = 50,
    status: EventStatus | None = None,
) -> Response:
    """The caller's project's events, newest first."""
    project = (principal.org_id, principal.project_id)
    found = store.page(project, status, (page - 1) * page_size, page_size)
    next_url, previous_url = page_links(page, page_size, found.count, page_link(request))
    head = orjson.dumps({"count": found.count, "next": next_url, "previous": previous_url})
    return json_response(head[:-1] + b',"results":[' + b",".join(found.results) + b"]}")


@router.get(
    "/v1/event/{event_id}/",
    responses={200: {"model": EventPublic}, **error_responses(400, 401, 404)},
)
@router.get("/v1/events/{event_id}/", include_in_schema=False)
async def get_event(
    event_id: str, principal: PrincipalDep, store: EventStoreDep, caught_up: CatchUpDep
) -> Response:
    key = _parse_event_id(event_id)
    project = (principal.org_id, principal.project_id)
    found = store.get_json(key, project)
    if found is None and await caught_up():
        found = store.get_json(key, project)
    if found is None:
        raise ApiError(404, _NOT_FOUND)
    return json_response(found)
