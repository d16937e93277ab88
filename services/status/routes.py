"""`GET /v1/event/{event_id}/` (alias `/v1/events/{event_id}/`, long-polled with `?wait=S`),
`GET /v1/events/` and `GET /v1/events/stream` (server-sent events)."""

from __future__ import annotations

import uuid
from typing import Annotated

import orjson
from fastapi import APIRouter, Header, Query, Request
from fastapi.responses import Response, StreamingResponse

from memstream.contracts.errors import ApiError, error_responses
from memstream.contracts.events import EventList, EventPublic, EventStatus
from memstream.web.handlers import PrincipalDep, json_response, page_link, page_links
from memstream.web.paths import EventIdPath
from memstream.web.server import drain_of

from .deps import CatchUpDep, EventStoreDep, StreamsDep, WatchersDep
from .streaming import InvalidCursorError
from .watching import until_final

__all__ = ["router"]

router = APIRouter(tags=["events"])

_NOT_FOUND = "Event not found."
_CATCHING_UP = "The event view is catching up with the queue; retry shortly."
MAX_PAGE_SIZE = 100
MAX_WAIT_S = 60.0


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


_STREAM_RESPONSES: dict[int | str, dict[str, object]] = {
    200: {
        "content": {"text/event-stream": {"schema": {"type": "string"}}},
        "description": "the project's events as they change state: each an SSE event whose "
        "data is the event (as `GET /v1/event/{id}/` answers it) and whose id resumes the "
        "stream (`Last-Event-ID`); `: keep-alive` comments in between",
    },
    **error_responses(400, 401),
}


# Before `/v1/events/{event_id}/`: "stream" is not an event id.
@router.get("/v1/events/stream", responses=_STREAM_RESPONSES, response_class=StreamingResponse)
@router.get("/v1/events/stream/", include_in_schema=False)
async def stream_events(
    request: Request,
    principal: PrincipalDep,
    streams: StreamsDep,
    status: EventStatus | None = None,
    last_event_id: Annotated[str | None, Header(max_length=20_000)] = None,
) -> Response:
    """The caller's project's events as they change state (an event that changed more than
    once while the stream was away is sent once, as it is now)."""
    project = (principal.org_id, principal.project_id)
    try:
        events = streams.open(project, status, last_event_id, drain_of(request.scope))
    except InvalidCursorError as exc:
        raise ApiError(400, str(exc)) from None
    return StreamingResponse(
        events,
        media_type="text/event-stream",
        headers={"cache-control": "no-store", "x-accel-buffering": "no"},
    )


@router.get(
    "/v1/event/{event_id}/",
    responses={200: {"model": EventPublic}, **error_responses(400, 401, 404, 503)},
)
@router.get("/v1/events/{event_id}/", include_in_schema=False)
async def get_event(
    event_id: EventIdPath,
    request: Request,
    principal: PrincipalDep,
    store: EventStoreDep,
    caught_up: CatchUpDep,
    watchers: WatchersDep,
    wait: Annotated[
        float | None,
        Query(
            gt=0,
            le=MAX_WAIT_S,
            description="seconds to wait for the event to end: the answer comes as soon as "
            "it is SUCCEEDED or FAILED, or after this long with its state then",
        ),
    ] = None,
) -> Response:
    key = _parse_event_id(event_id)
    project = (principal.org_id, principal.project_id)
    found = store.get_json(key, project)
    if found is None:
        if not await caught_up():
            # Not seen, but the view lags what the broker acknowledged (a broker restart, a
            # slow replica): the event may exist, so no 404.
            raise ApiError(503, _CATCHING_UP, {"Retry-After": "1"})
        found = store.get_json(key, project)
    if found is None:
        raise ApiError(404, _NOT_FOUND)
    if wait is not None:
        found = await until_final(
            lambda: store.get_json(key, project),
            found,
            watchers,
            (*project, key),
            drain_of(request.scope),
            wait,
        )
    return json_response(found)
