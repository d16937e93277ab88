"""Deterministic ids and keys: the scope key of a request, the id of a memory, of a scope's
entry in the entity registry and of an entity, the event ids memstream derives and the
lifecycle record's keys.

Event ids are only unique within a project: every lookup by event id is by (org,
project, id), and every id memstream derives has the org and project in it, so no
producer can claim another project's event by choosing or computing its id."""

from __future__ import annotations

import hashlib
import uuid

import orjson

from memstream.contracts.entities import EntityIds

__all__ = [
    "content_hash",
    "conversation_id",
    "derived_event_id",
    "entity_id",
    "event_key",
    "idempotent_event_id",
    "memory_id",
    "part_key",
    "scope_entry_id",
    "scope_key",
]

_MEMORY_NAMESPACE = uuid.UUID("6f1c2a8e-4f7e-4a53-9a39-5b7d0e0c2d11")
_DERIVED_EVENT_NAMESPACE = uuid.UUID("2b0f3f5e-8c1d-4d8e-9a57-0c7f5d6a9e42")
_IDEMPOTENT_EVENT_NAMESPACE = uuid.UUID("a4d8c1f2-5b3e-4f0a-8d6c-7e9b1a2c3d4f")
_SCOPE_NAMESPACE = uuid.UUID("3a8e5f21-7c4d-4b9a-8e16-2d5f9c0b7a43")
_ENTITY_NAMESPACE = uuid.UUID("c41e7b09-5a2f-4d86-b3e7-8f1a6d2c9e55")
_CONVERSATION_NAMESPACE = uuid.UUID("5e2b7c14-9a3d-4f61-b8e2-0d4c6a1f9b37")


def scope_key(org_id: str, project_id: str, entities: EntityIds) -> bytes:
    """Kafka key of a request: requests of one scope land on one partition, in order."""
    parts = [org_id, project_id, *entities.entity_values().values()]
    return orjson.dumps(parts)


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def memory_id(scope: bytes, text: str) -> str:
    """Same scope and same text give the same point id, so duplicates overwrite nothing new.
    The id is the text a memory was created with: an update keeps it (as Mem0 does)."""
    return str(uuid.uuid5(_MEMORY_NAMESPACE, scope.decode() + "\n" + content_hash(text)))


def event_key(org_id: str, project_id: str, event_id: uuid.UUID) -> bytes:
    """Kafka key of a lifecycle record: compaction keeps one record per project and id,
    so two projects' events with one id never replace each other."""
    return orjson.dumps([org_id, project_id, str(event_id)])


def derived_event_id(
    org_id: str, project_id: str, topic: str, partition: int, offset: int
) -> uuid.UUID:
    """The event id of a requests-topic record produced without one: stable across
    redeliveries, and another project's record never gets it."""
    name = orjson.dumps([org_id, project_id, topic, partition, offset]).decode()
    return uuid.uuid5(_DERIVED_EVENT_NAMESPACE, name)


def idempotent_event_id(org_id: str, project_id: str, idempotency_key: str) -> uuid.UUID:
    """The event id of an add sent with an `Idempotency-Key`: every retry of it, on any
    ingest replica, before or after a restart, gets this one id."""
    name = orjson.dumps([org_id, project_id, idempotency_key]).decode()
    return uuid.uuid5(_IDEMPOTENT_EVENT_NAMESPACE, name)


def part_key(org_id: str, project_id: str, event_id: uuid.UUID, partition: int) -> bytes:
    """Kafka key of an erasure's part on the lifecycle topic: one per partition it ran on."""
    return orjson.dumps([org_id, project_id, str(event_id), partition])


def scope_entry_id(scope: bytes) -> str:
    """The point that counts a scope's memories (the entity registry)."""
    return str(uuid.uuid5(_SCOPE_NAMESPACE, scope.decode()))


def conversation_id(scope: bytes) -> str:
    """The point that keeps a scope's last messages (the context of its next extraction)."""
    return str(uuid.uuid5(_CONVERSATION_NAMESPACE, scope.decode()))


def entity_id(org_id: str, project_id: str, entity_type: str, name: str) -> str:
    return str(
        uuid.uuid5(
            _ENTITY_NAMESPACE, orjson.dumps([org_id, project_id, entity_type, name]).decode()
        )
    )
