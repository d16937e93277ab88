"""The read path's HTTP bodies and answers: search, list and get memories."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictFloat, StrictInt, StrictStr

from memstream.contracts.limits import FreeFormJson

__all__ = [
    "MEMORY_FIELDS",
    "EntityList",
    "EntityPublic",
    "ListBody",
    "MemoryList",
    "MemoryPublic",
    "MemorySelected",
    "OutputFormat",
    "SearchBody",
    "SearchResults",
]

# `v1.1`: results in an object ({"results": [...]}, the default); `v1.0`: a bare list.
OutputFormat = Literal["v1.0", "v1.1"]
# An instant: unix seconds, a date (YYYY-MM-DD, UTC) or an ISO datetime; never a boolean
# (a lax float read true as 1970-01-01T00:00:01). The numbers here are strict alike: "5"
# and true are no top_k.
Instant = StrictStr | StrictInt | StrictFloat


class _ReadBody(BaseModel):
    """A field memstream does not take is a 400 naming it (never silently ignored)."""

    model_config = ConfigDict(extra="forbid")

    # Bounded by the filter translation itself (depth, conditions, values: a 400), and
    # never stored or encoded again.
    filters: dict[str, Any] | None = None
    show_expired: StrictBool | None = None
    latest_only: StrictBool | None = Field(
        default=None,
        description="only the latest version of each memory: memstream changes memories in "
        "place (an update keeps the id, a deleted memory is hidden), so every memory read is "
        "the latest, and true and false answer the same",
    )
    fields: list[StrictStr] | None = Field(
        default=None, max_length=50, description="only these fields in each memory"
    )
    metadata: FreeFormJson | None = Field(
        default=None, description="memories with these metadata values, as filters.metadata"
    )
    categories: list[StrictStr] | None = Field(
        default=None,
        max_length=50,
        description="memories in any of these categories, as filters.categories.in",
    )
    output_format: OutputFormat | None = Field(
        default=None, description="v1.1 (default): {results: [...]}; v1.0: the bare list"
    )
    version: Literal["v1", "v2"] | None = Field(
        default=None, description="Mem0's API version: both read with the same filters"
    )
    # Sent by the SDKs on every call; the API key decides the org and project.
    org_id: Any = Field(default=None, description="ignored: the API key's org")
    project_id: Any = Field(default=None, description="ignored: the API key's project")


class SearchBody(_ReadBody):
    """Body of `POST /v3/memories/search/`."""

    query: StrictStr = Field(min_length=1, max_length=20_000)
    top_k: StrictInt | None = Field(default=None, ge=1, le=1000, description="default 10")
    threshold: StrictFloat | None = Field(default=None, ge=0, le=1, description="default 0.1")
    keyword_search: StrictBool | None = Field(
        default=None,
        description="hybrid search: the semantic ranking fused by rank with a BM25 ranking "
        "of the query's words; scores are the fusion's (1.0: first in both)",
    )
    rerank: StrictBool | None = Field(
        default=None,
        description="rerank the candidates with the configured reranker (MEMSTREAM_RERANK_URL); "
        "without one, true is a 400",
    )
    reference_date: Instant | None = Field(
        default=None,
        description="expiry is judged at this instant instead of now (a date, an ISO "
        "datetime or unix seconds)",
    )


class ListBody(_ReadBody):
    """Body of `POST /v3/memories/` (get_all); the page is in the query string."""

    start_date: Instant | None = Field(
        default=None, description="memories created at or after it (a date: from its start)"
    )
    end_date: Instant | None = Field(
        default=None, description="memories created at or before it (a date: through its end)"
    )
    keywords: StrictStr | None = Field(
        default=None,
        min_length=1,
        max_length=1000,
        description="memories whose text holds this, in any case (as filters.keywords)",
    )
    # The 1.x SDK sends them in the body unless both are given (then in the query string);
    # a query value that differs from the body's is a 400 (`services.query.routes`).
    page: StrictInt | None = Field(default=None, ge=1, le=100_000)
    page_size: StrictInt | None = Field(default=None, ge=1, le=200)


class MemoryPublic(BaseModel):
    """A memory as reads answer it (`fields` on search and get_all keeps some of these)."""

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


MEMORY_FIELDS = tuple(MemoryPublic.model_fields)


class MemorySelected(BaseModel):
    """A memory of a search or a listing: every field of `MemoryPublic`, or those `fields`
    named."""

    id: str | None = None
    memory: str | None = None
    score: float | None = Field(default=None, description="search results only")
    user_id: str | None = None
    agent_id: str | None = None
    app_id: str | None = None
    run_id: str | None = None
    metadata: dict[str, Any] | None = None
    created_at: str | None = None
    updated_at: str | None = None
    expiration_date: str | None = None


class SearchResults(BaseModel):
    results: list[MemorySelected]


class MemoryList(BaseModel):
    count: int
    next: str | None
    previous: str | None
    results: list[MemorySelected]


class EntityPublic(BaseModel):
    """A user, agent, app or run that has memories in the caller's project."""

    id: str
    name: str
    type: Literal["user", "agent", "app", "run"]
    created_at: str = Field(description="when its first memory was added")
    updated_at: str = Field(description="when its memories last changed")
    total_memories: int
    owner: str | None
    organization: str
    metadata: dict[str, Any]


class EntityList(BaseModel):
    """What `GET /v1/entities/` answers: one page of the project's entities."""

    count: int
    next: str | None
    previous: str | None
    results: list[EntityPublic]
    total_users: int
    total_agents: int
    total_apps: int
    total_runs: int
