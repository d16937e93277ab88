"""`POST /v3/memories/search/`, `POST /v3/memories/`, `GET /v1/memories/{id}/` and
`GET /v1/memories/{id}/history/`."""

from __future__ import annotations

import asyncio
import dataclasses
import uuid
from collections.abc import Sequence
from typing import Annotated, Any, TypeVar

from fastapi import APIRouter, Query, Request
from qdrant_client import models

from memstream.auth.principals import Principal
from memstream.contracts import payload
from memstream.contracts.changes import HistoryItem
from memstream.contracts.errors import ApiError, error_responses
from memstream.contracts.memories import (
    ListBody,
    MemoryList,
    MemoryPublic,
    MemorySelected,
    SearchBody,
    SearchResults,
)
from memstream.llm.embedders import Embedder
from memstream.llm.errors import UpstreamError
from memstream.llm.rerank import Reranker
from memstream.observability.logs import get_logger
from memstream.settings import Settings
from memstream.store.base import Found, VectorStore
from memstream.store.keywords import KeywordsUnavailableError
from memstream.web.handlers import (
    OrjsonResponse,
    PrincipalDep,
    page_link,
    page_links,
    read_json_body,
    validated,
)
from memstream.web.paths import MemoryIdPath
from memstream.web.validation import OWN_QUERY, body_of

from .deps import EmbedderDep, ReaderDep, RerankerDep, SettingsDep
from .listing import newest_first
from .reading import (
    checked_fields,
    expiry_instant,
    legacy_filters,
    query_body,
    reject_top_level_ids,
    results,
    shaped,
    store_filter,
)
from .shaping import page_window, public_memory, scoped
from .store import stored

__all__ = ["router"]

log = get_logger(__name__)
T = TypeVar("T")
BodyT = TypeVar("BodyT", SearchBody, ListBody)

router = APIRouter(tags=["memories"])

NOT_FOUND = "Memory not found!"
MAX_PAGE_SIZE = 200
MAX_PAGE = 100_000
RERANK_UNCONFIGURED = (
    "rerank is not available: no rerank endpoint is configured (MEMSTREAM_RERANK_URL); "
    "search without rerank, or configure one."
)
KEYWORDS_UNAVAILABLE = (
    "keyword_search is not available: this memory store's collection was made before "
    "memstream stored keyword vectors; search without keyword_search, or move to a new "
    "collection (MEMSTREAM_QDRANT_COLLECTION) and add the memories again."
)


async def _read_body(
    request: Request, model: type[BodyT], max_body_bytes: int, *, legacy: bool
) -> BodyT:
    """The validated body; the older SDKs' paths take entity ids at the top level too."""
    raw = await read_json_body(request, max_body_bytes)
    return _validated_read(model, raw, legacy=legacy)


def _validated_read(model: type[BodyT], raw: Any, *, legacy: bool) -> BodyT:
    if legacy:
        raw = legacy_filters(raw)
    else:
        reject_top_level_ids(raw)
    return validated(model, raw, "search" if model is SearchBody else "get_all")


def _where(body: SearchBody | ListBody, principal: Principal) -> models.Filter:
    """The body's filters and options, inside the caller's project, without what expired
    (judged now, or at the search's reference date) unless `show_expired`."""
    now = expiry_instant(body)
    return scoped(store_filter(body), principal.org_id, principal.project_id, now=now)


async def _reranked(reranker: Reranker, query: str, found: list[Found], top_k: int) -> list[Found]:
    """The candidates in the reranker's order, scored by its relevance."""
    documents = [str(f.payload.get(payload.MEMORY, "")) for f in found]
    try:
        ranked = await reranker.rerank(query, documents, top_k)
    except UpstreamError as exc:
        raise ApiError(503, "The rerank service is unavailable; retry later.") from exc
    return [dataclasses.replace(found[index], score=score) for index, score in ranked]


async def _search(
    body: SearchBody,
    principal: Principal,
    reader: VectorStore,
    embedder: Embedder,
    settings: Settings,
    reranker: Reranker | None,
) -> OrjsonResponse:
    kept = checked_fields(body.fields)
    where = _where(body, principal)
    if body.rerank and reranker is None:
        raise ApiError(400, RERANK_UNCONFIGURED)
    try:
        [vector] = await embedder.embed([body.query])
    except UpstreamError as exc:
        raise ApiError(503, "The embedding service is unavailable; retry later.") from exc
    top_k = body.top_k or 10
    threshold = 0.1 if body.threshold is None else body.threshold
    fetched = max(top_k, settings.rerank.candidates) if body.rerank else top_k
    keywords = body.query if body.keyword_search else None
    try:
        found = await stored("search", reader.search(vector, where, fetched, threshold, keywords))
    except KeywordsUnavailableError:
        raise ApiError(400, KEYWORDS_UNAVAILABLE) from None
    if body.rerank and reranker is not None:
        found = await _reranked(reranker, body.query, found, top_k)
    memories = shaped([public_memory(f) for f in found], kept)
    return OrjsonResponse(results(memories, body.output_format))


@router.post(
    "/v3/memories/search/",
    response_model=SearchResults | list[MemorySelected],
    openapi_extra=body_of(SearchBody),
    responses=error_responses(400, 401, 413, 415, 503),
)
async def search_memories(
    request: Request,
    principal: PrincipalDep,
    reader: ReaderDep,
    embedder: EmbedderDep,
    settings: SettingsDep,
    reranker: RerankerDep,
) -> OrjsonResponse:
    """The caller's memories nearest to `query` among those `filters` selects."""
    body = await _read_body(request, SearchBody, settings.http.max_body_bytes, legacy=False)
    return await _search(body, principal, reader, embedder, settings, reranker)


@router.post("/v2/memories/search/", include_in_schema=False)
@router.post("/v1/memories/search/", include_in_schema=False)
async def search_memories_legacy(
    request: Request,
    principal: PrincipalDep,
    reader: ReaderDep,
    embedder: EmbedderDep,
    settings: SettingsDep,
    reranker: RerankerDep,
) -> OrjsonResponse:
    """The 0.1.x and 1.x SDKs' search: entity ids at the top level too."""
    body = await _read_body(request, SearchBody, settings.http.max_body_bytes, legacy=True)
    return await _search(body, principal, reader, embedder, settings, reranker)


async def _list(
    body: ListBody,
    request: Request,
    principal: Principal,
    reader: VectorStore,
    page: int | None,
    page_size: int | None,
) -> OrjsonResponse:
    kept = checked_fields(body.fields)
    where = _where(body, principal)
    page = _given_once("page", page, body.page) or 1
    page_size = _given_once("page_size", page_size, body.page_size) or 100
    window = page_window(page, page_size)
    count, found = await asyncio.gather(
        stored("count", reader.count(where)),
        stored("scroll", newest_first(reader, where, window.offset, window.limit)),
    )
    memories = shaped([public_memory(f) for f in found], kept)
    if body.output_format == "v1.0":
        return OrjsonResponse(memories)
    # The links carry the page size the body may have given: page 3 of 5, not of 100.
    link = page_link(request, page_size=page_size)
    next_url, previous_url = page_links(page, page_size, count, link)
    return OrjsonResponse(
        {"count": count, "next": next_url, "previous": previous_url, "results": memories}
    )


def _given_once(name: str, query: int | None, body: int | None) -> int | None:
    """A listing's `page` or `page_size`, from the query string or the body; both, and
    different, is a 400 naming it (one of them was silently ignored)."""
    if query is not None and body is not None and query != body:
        raise ApiError(
            400, f"{name} is {query} in the query string but {body} in the body: give one."
        )
    return query if query is not None else body


PageQuery = Annotated[int | None, Query(ge=1, le=MAX_PAGE)]
PageSizeQuery = Annotated[int | None, Query(ge=1, le=MAX_PAGE_SIZE)]


@router.post(
    "/v3/memories/",
    response_model=MemoryList | list[MemorySelected],
    openapi_extra=body_of(ListBody),
    responses=error_responses(400, 401, 413, 415, 503),
)
async def list_memories(
    request: Request,
    principal: PrincipalDep,
    reader: ReaderDep,
    settings: SettingsDep,
    page: PageQuery = None,
    page_size: PageSizeQuery = None,
) -> OrjsonResponse:
    """The caller's memories that `filters` selects, newest first, one page (default: the
    first 100)."""
    body = await _read_body(request, ListBody, settings.http.max_body_bytes, legacy=False)
    return await _list(body, request, principal, reader, page, page_size)


@router.post("/v2/memories/", include_in_schema=False)
async def list_memories_legacy(
    request: Request,
    principal: PrincipalDep,
    reader: ReaderDep,
    settings: SettingsDep,
    page: PageQuery = None,
    page_size: PageSizeQuery = None,
) -> OrjsonResponse:
    """The 1.x SDK's get_all: entity ids at the top level too."""
    body = await _read_body(request, ListBody, settings.http.max_body_bytes, legacy=True)
    return await _list(body, request, principal, reader, page, page_size)


@router.get("/v1/memories/", include_in_schema=False, dependencies=[OWN_QUERY])
async def list_memories_v1(
    request: Request, principal: PrincipalDep, reader: ReaderDep
) -> OrjsonResponse:
    """The 0.1.x SDK's get_all (`version="v1"`): everything in the query string."""
    body = _validated_read(ListBody, query_body(request.query_params), legacy=True)
    return await _list(body, request, principal, reader, None, None)


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
async def get_memory(
    memory_id: MemoryIdPath, principal: PrincipalDep, reader: ReaderDep
) -> OrjsonResponse:
    """One of the caller's memories by id; another project's memory is a 404."""
    found = await _one(memory_id, principal, reader, payload.HIDDEN_KINDS)
    return _not_found() if found is None else OrjsonResponse(public_memory(found))


@router.get(
    "/v1/memories/{memory_id}/history/",
    response_model=list[HistoryItem],
    responses=error_responses(400, 401, 404, 503),
)
async def memory_history(
    memory_id: MemoryIdPath, principal: PrincipalDep, reader: ReaderDep
) -> OrjsonResponse:
    """Every change of one of the caller's memories, oldest first; a deleted memory keeps
    its history, an erased one has none (404)."""
    found = await _one(memory_id, principal, reader, [payload.SCOPE])
    if found is None:
        return _not_found()
    return OrjsonResponse([change.public() for change in payload.history_of(found.payload)])
