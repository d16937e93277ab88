"""Webhooks: Mem0's webhook API bodies, the records of the webhooks and deliveries topics,
and the payload a receiver gets.

- The webhooks topic (compacted) holds each webhook under `webhook:<id>` (a `Webhook`;
  a tombstone deletes it) and what delivery found under `state:<id>` (a `WebhookState`:
  disabled and why, the recent attempts). The API writes the first, the delivery service
  the second: one writer per key.
- The deliveries topic (key: webhook id, so an endpoint's deliveries are one partition, in
  order) holds a `Delivery` per change and subscribed webhook, then its `Attempt`s.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum
from typing import Annotated, Any, Literal
from uuid import UUID

from pydantic import AwareDatetime, BaseModel, BeforeValidator, ConfigDict, Field, StrictBool

from memstream.contracts.changes import ChangeKind, MemoryChange

__all__ = [
    "MAX_ATTEMPTS_SHOWN",
    "Attempt",
    "AttemptOutcome",
    "Delivery",
    "Webhook",
    "WebhookCreate",
    "WebhookCreated",
    "WebhookEventType",
    "WebhookPublic",
    "WebhookState",
    "WebhookUpdate",
    "delivery_id",
    "event_type_of",
    "mem0_payload",
    "state_key",
    "webhook_key",
]

_DELIVERY_NAMESPACE = uuid.UUID("5e2d7c1b-9a4f-4e83-b6d0-1f8c3a7e2b95")
MAX_ATTEMPTS_SHOWN = 50  # recent attempts a webhook's state keeps


class WebhookEventType(StrEnum):
    """Mem0's event types memstream delivers (`memory_categorize` it does not: categories
    are assigned in the add itself, so there is no later categorize event; it is refused
    rather than never sent)."""

    MEMORY_ADD = "memory_add"
    MEMORY_UPDATE = "memory_update"
    MEMORY_DELETE = "memory_delete"


_KIND_TYPES = {
    ChangeKind.ADD: WebhookEventType.MEMORY_ADD,
    ChangeKind.UPDATE: WebhookEventType.MEMORY_UPDATE,
    ChangeKind.DELETE: WebhookEventType.MEMORY_DELETE,
}


def event_type_of(kind: ChangeKind) -> WebhookEventType:
    return _KIND_TYPES[kind]


def _event_type(value: Any) -> Any:
    """Mem0's older spelling (`memory:add`) is the same type."""
    return value.replace(":", "_") if isinstance(value, str) else value


EventTypes = Annotated[
    list[Annotated[WebhookEventType, BeforeValidator(_event_type)]],
    Field(min_length=1, max_length=3),
]
Url = Annotated[str, Field(min_length=1, max_length=2048)]
Name = Annotated[str, Field(min_length=1, max_length=200)]


class WebhookCreate(BaseModel):
    """`POST api/v1/webhooks/projects/{project_id}/` (the SDK's `create_webhook`)."""

    model_config = ConfigDict(extra="forbid")

    url: Url
    name: Name
    event_types: EventTypes = Field(default_factory=lambda: list(WebhookEventType))
    is_active: StrictBool = True


class WebhookUpdate(BaseModel):
    """`PUT api/v1/webhooks/{webhook_id}/`: the fields given change (`is_active: true`
    enables a webhook delivery disabled)."""

    model_config = ConfigDict(extra="forbid")

    url: Url | None = None
    name: Name | None = None
    event_types: EventTypes | None = None
    is_active: StrictBool | None = None


class Webhook(BaseModel):
    """Value of `webhook:<id>` on the webhooks topic."""

    model_config = ConfigDict(frozen=True)

    schema_version: Literal[1] = 1
    kind: Literal["webhook"] = "webhook"
    webhook_id: str
    org_id: str
    project_id: str
    name: str
    url: str
    event_types: list[WebhookEventType]
    is_active: bool
    secret: str = Field(description="Standard Webhooks signing secret (whsec_...)")
    owner: str
    created_at: AwareDatetime
    updated_at: AwareDatetime
    disabled_reason: str | None = Field(
        default=None, description="kept when a change is made to a webhook delivery disabled"
    )


class AttemptOutcome(StrEnum):
    DELIVERED = "delivered"  # 2xx: done
    FAILED = "failed"  # retried at next_attempt_at
    ABANDONED = "abandoned"  # not retried: the webhook was disabled, deleted or changed


class Attempt(BaseModel):
    """One POST of a delivery (value on the deliveries topic, and in a webhook's state)."""

    model_config = ConfigDict(frozen=True)

    schema_version: Literal[1] = 1
    kind: Literal["attempt"] = "attempt"
    delivery_id: UUID
    webhook_id: str
    memory_id: str
    event: ChangeKind
    attempt: int = Field(ge=1)
    at: AwareDatetime
    status_code: int | None = None
    latency_ms: float | None = None
    error: str | None = None
    outcome: AttemptOutcome
    next_attempt_at: AwareDatetime | None = None
    failures: int = Field(
        default=0, ge=0, description="the webhook's failed attempts in a row, this one included"
    )
    failing_since: AwareDatetime | None = Field(
        default=None, description="when the first of those failed (retries end 24 h after)"
    )


class WebhookState(BaseModel):
    """Value of `state:<id>` on the webhooks topic: what delivery found."""

    model_config = ConfigDict(frozen=True)

    schema_version: Literal[1] = 1
    kind: Literal["state"] = "state"
    webhook_id: str
    disabled_at: AwareDatetime | None = None
    disabled_reason: str | None = None
    attempts: list[Attempt] = Field(default_factory=list, description="newest first")


class Delivery(BaseModel):
    """Value on the deliveries topic: one change for one webhook, to POST until delivered."""

    model_config = ConfigDict(frozen=True)

    schema_version: Literal[1] = 1
    kind: Literal["delivery"] = "delivery"
    delivery_id: UUID = Field(description="the `webhook-id` header: the same on every retry")
    webhook_id: str
    memory_id: str
    event: ChangeKind
    body: dict[str, Any] = Field(description="what is POSTed: Mem0's payload")
    changed_at: AwareDatetime = Field(description="when the change was applied")
    queued_at: AwareDatetime


class WebhookPublic(BaseModel):
    """What the webhook routes answer (Mem0's fields, and why delivery disabled it)."""

    webhook_id: str
    name: str
    url: str
    event_types: list[WebhookEventType]
    owner: str
    is_active: bool
    project: str
    created_at: datetime
    updated_at: datetime
    disabled_reason: str | None = None


class WebhookCreated(WebhookPublic):
    secret: str = Field(description="the signing secret: shown once, keep it")


def webhook_key(webhook_id: str) -> bytes:
    return f"webhook:{webhook_id}".encode()


def state_key(webhook_id: str) -> bytes:
    return f"state:{webhook_id}".encode()


def delivery_id(webhook_id: str, change: MemoryChange) -> UUID:
    """The same for a redelivered change: receivers and the delivery service keep one."""
    return uuid.uuid5(_DELIVERY_NAMESPACE, f"{webhook_id}/{change.id}")


def mem0_payload(change: MemoryChange) -> dict[str, Any]:
    """Mem0's webhook body: the memory and what happened to it (its text after an ADD or
    UPDATE, before a DELETE; none after an erasure, which keeps no text)."""
    memory = change.old_memory if change.event is ChangeKind.DELETE else change.new_memory
    return {
        "event_details": {
            "id": str(change.memory_id),
            "data": {"memory": memory},
            "event": change.event.value,
        }
    }
