"""Events: the lifecycle record (the whole event at a status) and what polling answers."""

from __future__ import annotations

from enum import StrEnum
from typing import Any, Literal
from uuid import UUID

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

__all__ = [
    "EventList",
    "EventPublic",
    "EventSnapshot",
    "EventStatus",
    "MemoryData",
    "MemoryResult",
]


class EventStatus(StrEnum):
    PENDING = "PENDING"
    RUNNING = "RUNNING"
    SUCCEEDED = "SUCCEEDED"
    FAILED = "FAILED"


class MemoryData(BaseModel):
    memory: str


class MemoryResult(BaseModel):
    id: str
    event: Literal["ADD"] = "ADD"
    data: MemoryData
    user_id: str | None = None
    agent_id: str | None = None
    app_id: str | None = None
    run_id: str | None = None


class _EventFields(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: UUID
    event_type: Literal["ADD"] = "ADD"
    status: EventStatus
    payload: dict[str, Any] = Field(default_factory=dict)
    # Plain objects here: the metadata was bounded when the request entered, and a
    # lifecycle record must always decode (its payload holds it one level deeper).
    metadata: dict[str, Any] | None = None
    results: list[MemoryResult] | None = None
    error: str | None = None
    created_at: AwareDatetime
    updated_at: AwareDatetime
    started_at: AwareDatetime | None = None
    completed_at: AwareDatetime | None = None


class EventSnapshot(_EventFields):
    """Value of a lifecycle record (key: org, project and event id): the whole event at
    that status."""

    schema_version: Literal[1] = 1
    org_id: str
    project_id: str


class EventPublic(_EventFields):
    """What `GET /v1/event/{event_id}/` answers."""

    latency: float | None = Field(default=None, description="ms from acceptance to completion")

    @classmethod
    def of(cls, snapshot: EventSnapshot) -> EventPublic:
        latency = None
        if snapshot.completed_at is not None:
            latency = (snapshot.completed_at - snapshot.created_at).total_seconds() * 1000
        fields = snapshot.model_dump(exclude={"schema_version", "org_id", "project_id"})
        return cls(**fields, latency=latency)


class EventList(BaseModel):
    """What `GET /v1/events/` answers: one page of the caller's events, newest first."""

    count: int
    next: str | None
    previous: str | None
    results: list[EventPublic]
