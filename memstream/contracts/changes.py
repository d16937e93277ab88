"""Changes of memories: the Mem0 history item, and the record of the memory-changes topic.

Every ADD, UPDATE and DELETE of a memory is one `MemoryChange`. The extractor appends it
to the memory's own history (a payload field of its point, written in the same store
operation as the change itself) and publishes the same value on the memory-changes topic
(key: the memory id) for webhooks and other consumers. `GET /v1/memories/{id}/history/`
answers the stored items as `HistoryItem`s.
"""

from __future__ import annotations

import uuid
from enum import StrEnum
from typing import Any, Literal
from uuid import UUID

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

from memstream.contracts.entities import Message, Metadata

__all__ = ["ChangeKind", "HistoryItem", "MemoryChange", "change_id"]

_CHANGE_NAMESPACE = uuid.UUID("9d7c1a3e-2b64-4f0e-8a51-6e2f4b7d8c90")


class ChangeKind(StrEnum):
    ADD = "ADD"
    UPDATE = "UPDATE"
    DELETE = "DELETE"


def change_id(event_id: UUID, memory_id: str) -> UUID:
    """The id of the change `event_id` made to `memory_id`: the same on every redelivery,
    so consumers (and the history) keep one item per change."""
    return uuid.uuid5(_CHANGE_NAMESPACE, f"{event_id}/{memory_id}")


class HistoryItem(BaseModel):
    """One change of a memory, as `GET /v1/memories/{id}/history/` answers it (oldest first)."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    id: UUID
    memory_id: UUID
    input: list[Message] = Field(
        default_factory=list,
        description="always empty: memstream keeps conversations on the requests topic only",
    )
    old_memory: str | None = None
    new_memory: str | None = None
    event: ChangeKind
    user_id: str | None = None
    agent_id: str | None = None
    app_id: str | None = None
    run_id: str | None = None
    metadata: Metadata | None = None
    created_at: AwareDatetime = Field(description="when the change was accepted")
    updated_at: AwareDatetime


class MemoryChange(HistoryItem):
    """Value of a record on the memory-changes topic (key: the memory id).

    Items of one memory come in the order they were applied; a redelivery may repeat an
    item with the same `id`, so consumers keep the first of each id."""

    schema_version: Literal[1] = 1
    org_id: str
    project_id: str
    event_id: UUID = Field(description="the add, update, delete or erasure that made it")
    erased: bool = Field(
        default=False,
        description="a DELETE made by an erasure (delete_all, entity delete): the memory and "
        "its history are gone; `old_memory` is left out",
    )

    def public(self) -> dict[str, Any]:
        return HistoryItem.model_validate(self.model_dump()).model_dump(mode="json")
