"""Changing and erasing memories: the HTTP bodies and answers, and the records the query
service writes to the requests topic so that the extractor applies them in order with adds.

- `UpdateRecord` / `DeleteRecord` (key: the memory's scope key) change one memory;
- `EraseRecord` (one per partition, with the `BARRIER_HEADER`) erases an entity's memories.

An add record has no `type`; these carry theirs.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal, Self
from uuid import UUID

from pydantic import (
    AfterValidator,
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    StrictStr,
    field_serializer,
    model_validator,
)

from memstream.contracts.entities import EntityIds, StoredMetadata
from memstream.contracts.limits import MAX_EXPIRATION_DATE, UnixSeconds
from memstream.contracts.memories import MemoryPublic

__all__ = [
    "BARRIER_HEADER",
    "MAX_BATCH",
    "BatchDeleteBody",
    "BatchUpdateBody",
    "DeleteRecord",
    "EraseAccepted",
    "EraseRecord",
    "MemoryUpdate",
    "MessageAnswer",
    "MutationRecord",
    "UpdateRecord",
    "UpdatedMemory",
]

MAX_BATCH = 1000
# A requests-topic record with this header is a barrier of its partition: the extractor
# runs it after every earlier record of the partition and before every later one.
BARRIER_HEADER = "memstream-barrier"


def _not_blank(text: str) -> str:
    """A memory is its text: an add whose content is blank stores none, so an update may
    not leave one blank."""
    if not text.strip():
        raise ValueError("must hold more than whitespace")
    return text


MemoryText = Annotated[
    StrictStr, Field(min_length=1, max_length=20_000), AfterValidator(_not_blank)
]


class MemoryUpdate(BaseModel):
    """Body of `PUT /v1/memories/{id}/`: what changes. `expiration_date: null` clears the
    expiration date; a field left out stays as it is."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    text: MemoryText | None = None
    metadata: StoredMetadata | None = None
    timestamp: UnixSeconds | None = Field(
        default=None, description="unix seconds (a number, not a boolean); sets the created_at"
    )
    expiration_date: date | None = Field(
        default=None, le=MAX_EXPIRATION_DATE, description="YYYY-MM-DD up to 9999-12-30, or null"
    )

    @model_validator(mode="after")
    def _changes_something(self) -> Self:
        fields = self.model_fields_set & {"text", "metadata", "timestamp", "expiration_date"}
        if not fields:
            raise ValueError(
                "at least one of text, metadata, timestamp or expiration_date is required"
            )
        for name in ("text", "timestamp"):
            if name in fields and getattr(self, name) is None:
                raise ValueError(f"{name} cannot be null")
        return self

    def changes(self) -> dict[str, Any]:
        """Only the fields the caller sent (an explicit null included)."""
        return self.model_dump(mode="json", exclude_unset=True, exclude={"memory_id"})


class _BatchUpdateItem(MemoryUpdate):
    memory_id: UUID


class BatchUpdateBody(BaseModel):
    """Body of `PUT /v1/batch/`."""

    model_config = ConfigDict(extra="forbid")

    memories: list[_BatchUpdateItem] = Field(min_length=1, max_length=MAX_BATCH)


class _BatchDeleteItem(BaseModel):
    model_config = ConfigDict(extra="forbid")

    memory_id: UUID


class BatchDeleteBody(BaseModel):
    """Body of `DELETE /v1/batch/`."""

    model_config = ConfigDict(extra="forbid")

    memories: list[_BatchDeleteItem] = Field(min_length=1, max_length=MAX_BATCH)


class _MutationFields(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)

    schema_version: Literal[1] = 1
    event_id: UUID
    org_id: StrictStr = Field(min_length=1, max_length=256)
    project_id: StrictStr = Field(min_length=1, max_length=256)
    received_at: AwareDatetime


class UpdateRecord(_MutationFields):
    """Value of a requests-topic record (key: the memory's scope key): change one memory."""

    type: Literal["update"] = "update"
    memory_id: UUID
    update: MemoryUpdate

    @field_serializer("update")
    def _only_sent_fields(self, update: MemoryUpdate) -> dict[str, Any]:
        return update.changes()


class DeleteRecord(_MutationFields):
    """Value of a requests-topic record (key: the memory's scope key): delete one memory."""

    type: Literal["delete"] = "delete"
    memory_id: UUID


class EraseRecord(_MutationFields):
    """Value of a requests-topic record written to every partition with the barrier header:
    erase every memory of `entities` (all the given ids match) in this partition."""

    type: Literal["erase"] = "erase"
    entities: EntityIds
    parts: int = Field(ge=1, description="how many partitions the erasure was written to")

    @model_validator(mode="after")
    def _names_an_entity(self) -> Self:
        if not self.entities.has_entity():
            raise ValueError("an erasure names at least one of user_id, agent_id, app_id, run_id")
        return self


MutationRecord = UpdateRecord | DeleteRecord | EraseRecord


class MessageAnswer(BaseModel):
    message: str


class EraseAccepted(BaseModel):
    """What `DELETE /v1/memories/` and `DELETE /v2/entities/{type}/{name}/` answer; the
    event is polled like an add's."""

    message: str
    event_id: UUID


class UpdatedMemory(MemoryPublic):
    """What `PUT /v1/memories/{id}/` answers: the memory as it is after the update."""

    text: str
    hash: str
