"""Deterministic ids: the scope key of a request, the id of a memory, of a scope's entry in
the entity registry and of an entity."""

from __future__ import annotations

import hashlib
import uuid

import orjson

from memstream.contracts.entities import EntityIds

__all__ = ["content_hash", "entity_id", "memory_id", "scope_entry_id", "scope_key"]

_MEMORY_NAMESPACE = uuid.UUID("6f1c2a8e-4f7e-4a53-9a39-5b7d0e0c2d11")
_SCOPE_NAMESPACE = uuid.UUID("3a8e5f21-7c4d-4b9a-8e16-2d5f9c0b7a43")
_ENTITY_NAMESPACE = uuid.UUID("c41e7b09-5a2f-4d86-b3e7-8f1a6d2c9e55")


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


def scope_entry_id(scope: bytes) -> str:
    """The point that counts a scope's memories (the entity registry)."""
    return str(uuid.uuid5(_SCOPE_NAMESPACE, scope.decode()))


def entity_id(org_id: str, project_id: str, entity_type: str, name: str) -> str:
    return str(
        uuid.uuid5(
            _ENTITY_NAMESPACE, orjson.dumps([org_id, project_id, entity_type, name]).decode()
        )
    )
