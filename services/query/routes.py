"""`POST /v3/memories/search/`, `POST /v3/memories/` and `GET /v1/memories/{id}/`."""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Annotated, Any, TypeVar

from fastapi import APIRouter, Depends, Query, Request
from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictStr
from qdrant_client import models

from memstream.auth import Principal
from memstream.contracts import error_responses
from memstream.errors import ApiError
from memstream.http import OrjsonResponse, PrincipalDep, read_json_body
from memstream.logs import get_logger
from memstream.metrics import observe_upstream
from memstream.qdrant import VectorStore
from services.extractor.embeddings import Embedder
from services.extractor.errors import UpstreamError
from services.extractor.store import is_transient_store_error
from services.query.errors import FilterError
from services.query.filters import ENTITY_KEYS, translate
from services.query.listing import MAX_DEPTH, newest_first
from services.query.shaping import page_links, page_window, public_memory, scoped

__all__ = ["MemoryList", "ReadDeps", "SearchBody", "SearchResults", "build_router"]

log = get_logger(__name__)
T = TypeVar("T")

NOT_FOUND = "Memory not found!"
MAX_PAGE_SIZE = 200
MAX_PAGE = 100_000


class _Body(BaseModel):
    """Keys the SDK forwards that memstream does not use (`rerank`, `fields`, ...) are
    ignored, as on the add path."""

    model_config = ConfigDict(extra="ignore")

    filters: dict[str, Any] | None = None
    show_expired: StrictBool | None = None


class SearchBody(_Body):
    query: StrictStr = Field(min_length=1, max_length=20_000)
    top_k: int | None = Field(default=None, ge=1, le=1000, description="default 10")
    threshold: float | None = Field(default=None, ge=0, le=1, description="default 0.1")


class ListBody(_Body):
    pass


class MemoryPublic(BaseModel):
    id: str
    memory: str
    score: float | None = Field(default=None, description="search results only")
    user_id: str | None
    agent_id: str | None
    app_id: str | None
    run_id: str | None
    metadata: dict[str, Any] | None
    created_at: str | None
    updated_at: str | None
    expiration_date: str | None


class SearchResults(BaseModel):
    results: list[MemoryPublic]


class MemoryList(BaseModel):
    count: int
    next: str | None
    previous: str | None
    results: list[MemoryPublic]


@dataclass(frozen=True, slots=True)
class ReadDeps:
    reader: VectorStore
    embedder: Embedder


def _body_doc(model: type[BaseModel]) -> dict[str, Any]:
    schema = model.model_json_schema()
    return {"requestBody": {"required": True, "content": {"application/json": {"schema": schema}}}}


def _reject_top_level_ids(raw: object) -> None:
    if not isinstance(raw, dict):
        return
    for name in ENTITY_KEYS:
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


def _now(show_expired: bool | None) -> float | None:
    return None if show_expired else time.time()


BodyT = TypeVar("BodyT", SearchBody, ListBody)


async def _scoped_body(
    request: Request, model: type[BodyT], principal: Principal, max_body_bytes: int
) -> tuple[BodyT, models.Filter]:
    """The validated body, and its filters scoped to the caller's project (and expiry)."""
    raw = await read_json_body(request, max_body_bytes)
    _reject_top_level_ids(raw)
    body = model.model_validate(raw)
    where = scoped(
        _where(body.filters),
        principal.org_id,
        principal.project_id,
        now=_now(body.show_expired),
    )
    return body, where


def build_router(get_deps: Callable[[], ReadDeps], max_body_bytes: int) -> APIRouter:
    router = APIRouter(tags=["memories"])

    async def current_deps() -> ReadDeps:
        return get_deps()  # async: FastAPI would run a plain function in its thread pool

    deps_of = Depends(current_deps)

    @router.post(
        "/v3/memories/search/",
        response_model=SearchResults,
        openapi_extra=_body_doc(SearchBody),
        responses=error_responses(400, 401, 413, 415, 422, 503),
    )
    @router.post("/v2/memories/search/", include_in_schema=False)
    async def search_memories(
        request: Request, principal: PrincipalDep, deps: ReadDeps = deps_of
    ) -> OrjsonResponse:
        """The caller's memories nearest to `query` among those `filters` selects."""
        body, where = await _scoped_body(request, SearchBody, principal, max_body_bytes)
        try:
            [vector] = await deps.embedder.embed([body.query])
        except UpstreamError as exc:
            raise ApiError(503, "The embedding service is unavailable; retry later.") from exc
        top_k = body.top_k or 10
        threshold = 0.1 if body.threshold is None else body.threshold
        found = await _stored("search", deps.reader.search(vector, where, top_k, threshold))
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
        deps: ReadDeps = deps_of,
        page: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 1,
        page_size: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE)] = 100,
    ) -> OrjsonResponse:
        """The caller's memories that `filters` selects, newest first, one page."""
        _, where = await _scoped_body(request, ListBody, principal, max_body_bytes)
        window = page_window(page, page_size)
        if window.offset + window.limit > MAX_DEPTH:
            raise ApiError(
                400,
                f"Pages reach {MAX_DEPTH} memories deep at most; narrow the filters "
                "(e.g. with created_at).",
            )
        count, found = await asyncio.gather(
            _stored("count", deps.reader.count(where)),
            _stored("scroll", newest_first(deps.reader, where, window.offset, window.limit)),
        )
        next_url, previous_url = page_links(
            page,
            page_size,
            count,
            lambda n: str(request.url.include_query_params(page=n, page_size=page_size)),
        )
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
    async def get_memory(
        memory_id: str, principal: PrincipalDep, deps: ReadDeps = deps_of
    ) -> OrjsonResponse:
        """One of the caller's memories by id; another project's memory is a 404."""
        try:
            point_id = str(uuid.UUID(memory_id))
        except ValueError:
            point_id = None
        found = None
        if point_id is not None:
            where = scoped(
                None, principal.org_id, principal.project_id, now=None, point_id=point_id
            )
            found = await _stored("retrieve", deps.reader.first(where))
        if found is None:
            return OrjsonResponse({"error": NOT_FOUND, "detail": NOT_FOUND}, status_code=404)
        return OrjsonResponse(public_memory(found))

    return router
