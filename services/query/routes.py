"""`POST /v3/memories/search/`, `POST /v3/memories/` and `GET /v1/memories/{id}/`."""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import Awaitable
from typing import Annotated, Any, TypeVar

from fastapi import APIRouter, Query, Request
from pydantic import BaseModel
from qdrant_client import models

from memstream.auth.principals import Principal
from memstream.contracts.entities import ENTITY_FIELDS
from memstream.contracts.errors import ApiError, error_responses
from memstream.contracts.memories import (
    ListBody,
    MemoryList,
    MemoryPublic,
    SearchBody,
    SearchResults,
)
from memstream.llm.errors import UpstreamError
from memstream.observability.logs import get_logger
from memstream.observability.metrics import observe_upstream
from memstream.store.errors import is_transient_store_error
from memstream.web.handlers import (
    OrjsonResponse,
    PrincipalDep,
    page_link,
    page_links,
    read_json_body,
)

from .deps import EmbedderDep, ReaderDep, SettingsDep
from .errors import FilterError
from .filters import translate
from .listing import newest_first
from .shaping import page_window, public_memory, scoped

__all__ = ["router"]

log = get_logger(__name__)
T = TypeVar("T")
BodyT = TypeVar("BodyT", SearchBody, ListBody)

router = APIRouter(tags=["memories"])

NOT_FOUND = "Memory not found!"
MAX_PAGE_SIZE = 200
MAX_PAGE = 100_000


def _body_doc(model: type[BaseModel]) -> dict[str, Any]:
    schema = model.model_json_schema()
    return {"requestBody": {"required": True, "content": {"application/json": {"schema": schema}}}}


def _reject_top_level_ids(raw: object) -> None:
    if not isinstance(raw, dict):
        return
    for name in ENTITY_FIELDS:
        if raw.get(name) is not None:
            raise ApiError(
                400,
                f"{name} is not accepted at the top level: pass it in filters, "
                f'e.g. {{"filters": {{"{name}": "..."}}}}.',
            )


def _where(filters: dict[str, Any] | None) -> models.Filter:
    try:
        return translate(filters)
    except FilterError as exc:
        raise ApiError(400, f"Invalid filters: {exc}.") from None


async def _stored(operation: str, call: Awaitable[T]) -> T:
    """A store call, timed; an unreachable or failing store is a 503 the client may retry."""
    try:
        async with observe_upstream("qdrant", operation):
            return await call
    except Exception as exc:
        if is_transient_store_error(exc):
            log.warning("store_unavailable", error=type(exc).__name__)
            raise ApiError(503, "The memory store is unavailable; retry later.") from exc
        raise


async def _scoped_body(
    request: Request, model: type[BodyT], principal: Principal, max_body_bytes: int
) -> tuple[BodyT, models.Filter]:
    """The validated body, and its filters scoped to the caller's project (and expiry)."""
    raw = await read_json_body(request, max_body_bytes)
    _reject_top_level_ids(raw)
    body = model.model_validate(raw)
    now = None if body.show_expired else time.time()
    where = scoped(_where(body.filters), principal.org_id, principal.project_id, now=now)
    return body, where


@router.post(
    "/v3/memories/search/",
    response_model=SearchResults,
    openapi_extra=_body_doc(SearchBody),
    responses=error_responses(400, 401, 413, 415, 422, 503),
)
@router.post("/v2/memories/search/", include_in_schema=False)
async def search_memories(
    request: Request,
    principal: PrincipalDep,
    reader: ReaderDep,
    embedder: EmbedderDep,
    settings: SettingsDep,
) -> OrjsonResponse:
    """The caller's memories nearest to `query` among those `filters` selects."""
    body, where = await _scoped_body(request, SearchBody, principal, settings.http.max_body_bytes)
    try:
        [vector] = await embedder.embed([body.query])
    except UpstreamError as exc:
        raise ApiError(503, "The embedding service is unavailable; retry later.") from exc
    top_k = body.top_k or 10
    threshold = 0.1 if body.threshold is None else body.threshold
    found = await _stored("search", reader.search(vector, where, top_k, threshold))
    return OrjsonResponse({"results": [public_memory(f) for f in found]})


@router.post(
    "/v3/memories/",
    response_model=MemoryList,
    openapi_extra=_body_doc(ListBody),
    responses=error_responses(400, 401, 413, 415, 422, 503),
)
@router.post("/v2/memories/", include_in_schema=False)
async def list_memories(
    request: Request,
    principal: PrincipalDep,
    reader: ReaderDep,
    settings: SettingsDep,
    page: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 1,
    page_size: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE)] = 100,
) -> OrjsonResponse:
    """The caller's memories that `filters` selects, newest first, one page."""
    _, where = await _scoped_body(request, ListBody, principal, settings.http.max_body_bytes)
    window = page_window(page, page_size)
    count, found = await asyncio.gather(
        _stored("count", reader.count(where)),
        _stored("scroll", newest_first(reader, where, window.offset, window.limit)),
    )
    next_url, previous_url = page_links(page, page_size, count, page_link(request))
    return OrjsonResponse(
        {
            "count": count,
            "next": next_url,
            "previous": previous_url,
            "results": [public_memory(f) for f in found],
        }
    )


@router.get(
    "/v1/memories/{memory_id}/",
    response_model=MemoryPublic,
    responses=error_responses(401, 404, 503),
)
async def get_memory(memory_id: str, principal: PrincipalDep, reader: ReaderDep) -> OrjsonResponse:
    """One of the caller's memories by id; another project's memory is a 404."""
    try:
        point_id = str(uuid.UUID(memory_id))
    except ValueError:
        point_id = None
    found = None
    if point_id is not None:
        where = scoped(None, principal.org_id, principal.project_id, now=None, point_id=point_id)
        found = await _stored("retrieve", reader.first(where))
    if found is None:
        return OrjsonResponse({"error": NOT_FOUND, "detail": NOT_FOUND}, status_code=404)
    return OrjsonResponse(public_memory(found))
