"""Path parameters as the OpenAPI document declares them: with the constraints their
handlers enforce (a UUID, an entity type, an id's length), so that generated clients and
fuzzers know the contract. Declared only, not validated here: each handler keeps
checking its parameter and answering as before (a 400 naming it, or a 404)."""

from __future__ import annotations

from typing import Annotated

from fastapi import Path

from memstream.contracts.entities import ENTITY_TYPES

__all__ = ["EntityIdPath", "EntityTypePath", "EventIdPath", "MemoryIdPath"]

MemoryIdPath = Annotated[
    str, Path(description="A memory's id (a UUID)", json_schema_extra={"format": "uuid"})
]
EventIdPath = Annotated[
    str, Path(description="An event's id (a UUID)", json_schema_extra={"format": "uuid"})
]
EntityTypePath = Annotated[str, Path(json_schema_extra={"enum": list(ENTITY_TYPES)})]
# The entity ids' limits (memstream.contracts.entities.EntityId).
EntityIdPath = Annotated[str, Path(json_schema_extra={"minLength": 1, "maxLength": 256})]
