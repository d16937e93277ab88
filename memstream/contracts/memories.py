"""The read path's HTTP bodies and answers: search, list and get memories."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictStr

__all__ = [
    "EntityList",
    "EntityPublic",
    "ListBody",
    "MemoryList",
    "MemoryPublic",
    "SearchBody",
    "SearchResults",
]


class _ReadBody(BaseModel):
    """Keys the SDK forwards that memstream does not use (`rerank`, `fields`, ...) are
    ignored, as on the add path."""

    model_config = ConfigDict(extra="ignore")

    # Bounded by the filter translation itself (depth, conditions, values: a 400), and
    # never stored or encoded again.
    filters: dict[str, Any] | None = None
    show_expired: StrictBool | None = None


class SearchBody(_ReadBody):
    """Body of `POST /v3/memories/search/`."""

    query: StrictStr = Field(min_length=1, max_length=20_000)
    top_k: int | None = Field(default=None, ge=1, le=1000, description="default 10")
    threshold: float | None = Field(default=None, ge=0, le=1, description="default 0.1")


class ListBody(_ReadBody):
    """Body of `POST /v3/memories/` (get_all); the page is in the query string."""


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
