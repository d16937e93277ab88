"""Events: the lifecycle record (the whole event at a status) and what polling answers."""

from __future__ import annotations

from enum import StrEnum
from typing import Any, Literal
from uuid import UUID

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

from memstream.contracts.entities import EntityIds
from memstream.contracts.ids import part_key

__all__ = [
    "ErasurePart",
    "EventList",
    "EventPublic",
    "EventSnapshot",
    "EventStatus",
    "EventType",
    "MemoryData",
    "MemoryResult",
    "SourcePosition",
]


class EventStatus(StrEnum):
    PENDING = "PENDING"
    RUNNING = "RUNNING"
    SUCCEEDED = "SUCCEEDED"
    FAILED = "FAILED"


EventType = Literal["ADD", "DELETE"]  # an add, or an erasure (delete_all, entity delete)


class SourcePosition(BaseModel):
    """Where a record lies on the requests topic: what an erasure's barrier compares."""

    model_config = ConfigDict(frozen=True)

    partition: int = Field(ge=0)
    offset: int = Field(ge=0)


class MemoryData(BaseModel):
    memory: str


class MemoryResult(BaseModel):
    """One memory an add stored (`ADD`), or found already there (`NONE`: the same text, or
    a near-duplicate, which `id` and `data` then name; nothing was stored)."""

    id: str
    event: Literal["ADD", "UPDATE", "NONE"] = Field(
        default="ADD",
        description="ADD: a new memory; UPDATE: an existing one restated (its text again, "
        "after an update changed it, or with new metadata, merged in); NONE: already "
        "remembered (the same text, or a near-duplicate, which id and data name)",
    )
    data: MemoryData
    user_id: str | None = None
    agent_id: str | None = None
    app_id: str | None = None
    run_id: str | None = None


class _EventFields(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: UUID
    event_type: EventType = "ADD"
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
    source: SourcePosition | None = Field(
        default=None,
        description="the add request's position on the requests topic, once known; an "
        "erasure scrubs the payloads of the events it lies behind",
    )


class EventPublic(_EventFields):
    """What `GET /v1/event/{event_id}/` answers."""

    latency: float | None = Field(default=None, description="ms from acceptance to completion")

    @classmethod
    def of(cls, snapshot: EventSnapshot) -> EventPublic:
        latency = None
        if snapshot.completed_at is not None:
            latency = (snapshot.completed_at - snapshot.created_at).total_seconds() * 1000
        fields = snapshot.model_dump(exclude={"schema_version", "org_id", "project_id", "source"})
        return cls(**fields, latency=latency)


class EventList(BaseModel):
    """What `GET /v1/events/` answers: one page of the caller's events, newest first."""

    count: int
    next: str | None
    previous: str | None
    results: list[EventPublic]


class ErasurePart(BaseModel):
    """Value of a lifecycle record (key: `[org, project, event id, partition]`): one
    partition of the requests topic has applied an erasure. The erasure's event has ended
    once a part of each of its `parts` partitions is on the topic: FAILED if one of them
    failed, else SUCCEEDED. Redeliveries may repeat a part; the first one of each
    partition counts."""

    model_config = ConfigDict(frozen=True)

    schema_version: Literal[1] = 1
    kind: Literal["erasure-part"] = "erasure-part"
    event_id: UUID
    org_id: str
    project_id: str
    entities: EntityIds = Field(description="what was erased: every given id matches")
    partition: int = Field(ge=0)
    parts: int = Field(ge=1)
    offset: int = Field(ge=0, description="the erasure record's offset in `partition`")
    received_at: AwareDatetime = Field(description="when the erasure was accepted")
    applied_at: AwareDatetime
    deleted: int = Field(ge=0, description="memories this part erased")
    error: str | None = Field(default=None, description="set when this part failed")

    def key(self) -> bytes:
        return part_key(self.org_id, self.project_id, self.event_id, self.partition)

    def covers(self, org_id: str, project_id: str, entities: dict[str, str | None]) -> bool:
        """Whether an event of that project and those entity ids is of the erased entity."""
        if (org_id, project_id) != (self.org_id, self.project_id):
            return False
        wanted = self.entities.entity_values()
        return all(v is None or entities.get(k) == v for k, v in wanted.items())
