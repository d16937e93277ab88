"""`GET /v1/event/{event_id}/` (and the `/v1/events/{event_id}/` alias)."""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable

from fastapi import APIRouter

from memstream.contracts import EventPublic
from memstream.errors import ApiError
from memstream.http import PrincipalDep
from services.status.view import EventView

__all__ = ["build_router"]

_NOT_FOUND = "Event not found."


def _parse_event_id(raw: str) -> uuid.UUID:
    try:
        return uuid.UUID(raw)
    except ValueError:
        raise ApiError(404, _NOT_FOUND) from None


def build_router(view: EventView, wait_caught_up: Callable[[], Awaitable[bool]]) -> APIRouter:
    router = APIRouter(tags=["events"])

    @router.get("/v1/event/{event_id}/", response_model=EventPublic)
    @router.get("/v1/events/{event_id}/", response_model=EventPublic, include_in_schema=False)
    async def get_event(event_id: str, principal: PrincipalDep) -> EventPublic:
        key = _parse_event_id(event_id)
        project = (principal.org_id, principal.project_id)
        snapshot = view.get(key, project)
        if snapshot is None and await wait_caught_up():
            snapshot = view.get(key, project)
        if snapshot is None:
            raise ApiError(404, _NOT_FOUND)
        return EventPublic.of(snapshot)

    return router
