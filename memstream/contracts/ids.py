"""Deterministic ids: the scope key of a request and the id of a memory."""

from __future__ import annotations

import hashlib
import uuid

import orjson

from memstream.contracts.entities import EntityIds

__all__ = ["content_hash", "memory_id", "scope_key"]

_MEMORY_NAMESPACE = uuid.UUID("6f1c2a8e-4f7e-4a53-9a39-5b7d0e0c2d11")


def scope_key(org_id: str, project_id: str, entities: EntityIds) -> bytes:
    """Kafka key of a request: requests of one scope land on one partition, in order."""
    parts = [org_id, project_id, *entities.entity_values().values()]
    return orjson.dumps(parts)


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def memory_id(scope: bytes, text: str) -> str:
    """Same scope and same text give the same point id, so duplicates overwrite nothing new."""
    return str(uuid.uuid5(_MEMORY_NAMESPACE, scope.decode() + "\n" + content_hash(text)))
