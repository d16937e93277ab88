"""Who a memory belongs to inside a project, and the messages an add carries."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, StrictStr, StringConstraints

from memstream.contracts.limits import MAX_JSON_BYTES, MAX_JSON_DEPTH, FreeFormJson, within_int64

__all__ = [
    "ENTITY_FIELDS",
    "ENTITY_TYPES",
    "EntityId",
    "EntityIds",
    "Message",
    "MessageRole",
    "Metadata",
    "SentMessage",
    "StoredMetadata",
]

ENTITY_FIELDS = ("user_id", "agent_id", "app_id", "run_id")
# Mem0's entity types (`/v2/entities/{type}/{name}/`) and the id field each one names.
ENTITY_TYPES = {"user": "user_id", "agent": "agent_id", "app": "app_id", "run": "run_id"}

EntityId = Annotated[StrictStr, StringConstraints(min_length=1, max_length=256)]
# Free-form: bounded in depth and size where it enters (memstream.contracts.limits).
Metadata = FreeFormJson
# Metadata an HTTP add or update stores: its integers within 64 bits, the range a filter
# takes (a larger one was stored as a float, or stored where no filter could match it).
StoredMetadata = Annotated[
    Metadata,
    BeforeValidator(within_int64),
    Field(
        description=f"a JSON object at most {MAX_JSON_DEPTH} levels deep and {MAX_JSON_BYTES} "
        "bytes as JSON, its integers within 64 bits (-2^63 to 2^63-1)"
    ),
]


class MessageRole(StrEnum):
    """Who wrote a message of the conversation."""

    USER = "user"
    ASSISTANT = "assistant"
    SYSTEM = "system"


class Message(BaseModel):
    """A message of the conversation in a record or a memory's history; a reader ignores
    a key it does not know (a record a newer memstream wrote still reads)."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    role: MessageRole
    content: StrictStr
    name: EntityId | None = Field(
        default=None,
        description="who wrote it, in a conversation of several people: its memories are "
        "about them (attributed by name)",
    )


# Mem0 documents `role` and `content`; `name` is the speaker, as OpenAI's messages have it.
# The SDK sends the messages it is given as they are.
class SentMessage(Message):
    """A message of an add: `role`, `content`, and `name` if several people talk; another
    key (e.g. `tool_calls`) is a 400 naming it, never dropped."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class EntityIds(BaseModel):
    """Who a memory belongs to inside a project; at least one is set."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    user_id: EntityId | None = None
    agent_id: EntityId | None = None
    app_id: EntityId | None = None
    run_id: EntityId | None = None

    def entity_values(self) -> dict[str, str | None]:
        return {name: getattr(self, name) for name in ENTITY_FIELDS}

    def has_entity(self) -> bool:
        return any(getattr(self, name) is not None for name in ENTITY_FIELDS)
