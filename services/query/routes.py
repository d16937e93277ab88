"""`POST /v3/memories/search/`, `POST /v3/memories/`, `GET /v1/memories/{id}/` and
`GET /v1/memories/{id}/history/`."""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import Sequence
from typing import Annotated, Any, TypeVar

from fastapi import APIRouter, Query, Request
from qdrant_client import models

from memstream.auth.principals import Principal
from memstream.contracts import payload
from memstream.contracts.changes import HistoryItem
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
from memstream.store.base import Found, VectorStore
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
from .store import stored
from .validation import body_of

__all__ = ["router"]

log = get_logger(__name__)
T = TypeVar("T")
BodyT = TypeVar("BodyT", SearchBody, ListBody)

router = APIRouter(tags=["memories"])

NOT_FOUND = "Memory not found!"
MAX_PAGE_SIZE = 200
MAX_PAGE = 100_000


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
    openapi_extra=body_of(SearchBody),
    responses=error_responses(400, 401, 413, 415, 503),
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
    found = await stored("search", reader.search(vector, where, top_k, threshold))
    return OrjsonResponse({"results": [public_memory(f) for f in found]})


@router.post(
    "/v3/memories/",
    response_model=MemoryList,
    openapi_extra=body_of(ListBody),
    responses=error_responses(400, 401, 413, 415, 503),
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
        stored("count", reader.count(where)),
        stored("scroll", newest_first(reader, where, window.offset, window.limit)),
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


async def _one(
    memory_id: str, principal: Principal, reader: VectorStore, hidden: Sequence[str]
) -> Found | None:
    try:
        point_id = str(uuid.UUID(memory_id))
    except ValueError:
        return None
    where = scoped(
        None, principal.org_id, principal.project_id, now=None, point_ids=[point_id], hidden=hidden
    )
    return await stored("retrieve", reader.first(where))


def _not_found() -> OrjsonResponse:
    return OrjsonResponse({"error": NOT_FOUND, "detail": NOT_FOUND}, status_code=404)


@router.get(
    "/v1/memories/{memory_id}/",
    response_model=MemoryPublic,
    responses=error_responses(400, 401, 404, 503),
)
async def get_memory(memory_id: str, principal: PrincipalDep, reader: ReaderDep) -> OrjsonResponse:
    """One of the caller's memories by id; another project's memory is a 404."""
    found = await _one(memory_id, principal, reader, payload.HIDDEN_KINDS)
    return _not_found() if found is None else OrjsonResponse(public_memory(found))


@router.get(
    "/v1/memories/{memory_id}/history/",
    response_model=list[HistoryItem],
    responses=error_responses(400, 401, 404, 503),
)
async def memory_history(
    memory_id: str, principal: PrincipalDep, reader: ReaderDep
) -> OrjsonResponse:
    """Every change of one of the caller's memories, oldest first; a deleted memory keeps
    its history, an erased one has none (404)."""
    found = await _one(memory_id, principal, reader, [payload.SCOPE])
    if found is None:
        return _not_found()
    return OrjsonResponse([change.public() for change in payload.history_of(found.payload)])
