"""What the memory endpoints answer, from stored points (pure): memories, scopes, pages,
entities."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from qdrant_client import models

from memstream.contracts import payload as fields
from memstream.contracts.entities import ENTITY_FIELDS, ENTITY_TYPES, EntityIds
from memstream.contracts.errors import ApiError
from memstream.contracts.ids import entity_id, scope_key
from memstream.store.base import Found

__all__ = [
    "MAX_PAGE_DEPTH",
    "PageWindow",
    "entities_of",
    "entries_of",
    "page_window",
    "public_memory",
    "scope_of",
    "scoped",
    "updated_memory",
]

MAX_PAGE_DEPTH = 10_000  # offset + limit: deeper pages are refused (narrow the filters)


@dataclass(frozen=True, slots=True)
class PageWindow:
    """Which memories of the ordered listing one page holds."""

    offset: int
    limit: int


def public_memory(found: Found) -> dict[str, Any]:
    """The Mem0 shape of a memory; `score` only for search results."""
    payload = found.payload
    created = payload.get(fields.CREATED_AT)
    memory: dict[str, Any] = {"id": found.id, "memory": payload.get(fields.MEMORY, "")}
    if found.score is not None:
        memory["score"] = found.score
    memory.update({name: payload.get(name) for name in ENTITY_FIELDS})
    memory.update(
        {
            "metadata": payload.get(fields.METADATA) or None,
            "created_at": created,
            "updated_at": payload.get(fields.UPDATED_AT) or created,
            "expiration_date": payload.get(fields.EXPIRATION_DATE),
            # What the extraction said of it (issue 15); none for memories stored before.
            "categories": payload.get(fields.CATEGORIES) or [],
            "linked_memory_ids": payload.get(fields.LINKED_MEMORY_IDS) or [],
            "attributed_to": payload.get(fields.ATTRIBUTED_TO),
        }
    )
    return memory


def _equals(key: str, value: str) -> models.FieldCondition:
    return models.FieldCondition(key=key, match=models.MatchValue(value=value))


def updated_memory(found: Found) -> dict[str, Any]:
    """What an update answers: the memory, with Mem0's `text` and `hash` besides."""
    return {
        **public_memory(found),
        "text": found.payload.get(fields.MEMORY, ""),
        "hash": found.payload.get(fields.HASH, ""),
    }


def scope_of(found: Found) -> bytes:
    """The scope key of a stored memory: the key its changes are published under."""
    entities = EntityIds(**{name: found.payload.get(name) for name in ENTITY_FIELDS})
    return scope_key(found.payload[fields.ORG_ID], found.payload[fields.PROJECT_ID], entities)


def scoped(
    where: models.Filter | None,
    org_id: str,
    project_id: str,
    *,
    now: float | None,
    point_ids: Sequence[str] = (),
    hidden: Sequence[str] = fields.HIDDEN_KINDS,
) -> models.Filter:
    """`where` inside the caller's project, among memories (not deleted ones, unless
    `hidden` says otherwise, and never the registry's entries), and without expired ones
    unless `now` is None. Every store query goes through this: isolation is part of the
    query itself."""
    must: list[models.Condition] = [
        _equals(fields.ORG_ID, org_id),
        _equals(fields.PROJECT_ID, project_id),
    ]
    if point_ids:
        must.append(models.HasIdCondition(has_id=list(point_ids)))
    if where is not None:
        must.append(where)
    must_not: list[models.Condition] = [
        models.FieldCondition(key=fields.KIND, match=models.MatchAny(any=list(hidden)))
    ]
    if now is not None:
        expired = models.FieldCondition(key=fields.EXPIRATION_TS, range=models.Range(lte=now))
        must_not.append(expired)
    return models.Filter(must=must, must_not=must_not)


def page_window(page: int, page_size: int) -> PageWindow:
    """The window of a page; a 400 past `MAX_PAGE_DEPTH` memories deep."""
    window = PageWindow(offset=(page - 1) * page_size, limit=page_size)
    if window.offset + window.limit > MAX_PAGE_DEPTH:
        raise ApiError(
            400,
            f"Pages reach {MAX_PAGE_DEPTH} memories deep at most; narrow the filters "
            "(e.g. with created_at).",
        )
    return window


def entries_of(org_id: str, project_id: str) -> models.Filter:
    """The registry's entries of a project: one per scope that holds memories."""
    return models.Filter(
        must=[
            _equals(fields.ORG_ID, org_id),
            _equals(fields.PROJECT_ID, project_id),
            _equals(fields.KIND, fields.SCOPE),
        ],
        must_not=[models.FieldCondition(key=fields.MEMORIES, range=models.Range(lte=0))],
    )


def entities_of(org_id: str, project_id: str, entries: Iterable[Found]) -> list[dict[str, Any]]:
    """The project's entities from its scopes' registry entries: each entity's memories are
    those of every scope that names it. Newest first, then by type and name."""
    found: dict[tuple[str, str], dict[str, Any]] = {}
    for entry in entries:
        payload = entry.payload
        for kind, field in ENTITY_TYPES.items():
            name = payload.get(field)
            if not isinstance(name, str):
                continue
            entity = found.setdefault(
                (kind, name),
                {
                    "id": entity_id(org_id, project_id, kind, name),
                    "name": name,
                    "type": kind,
                    "created_at": payload.get(fields.CREATED_AT),
                    "updated_at": payload.get(fields.UPDATED_AT),
                    "total_memories": 0,
                    "owner": None,
                    "organization": org_id,
                    "metadata": {},
                },
            )
            entity["total_memories"] += int(payload.get(fields.MEMORIES, 0))
            entity["created_at"] = min(entity["created_at"], payload.get(fields.CREATED_AT))
            entity["updated_at"] = max(entity["updated_at"], payload.get(fields.UPDATED_AT))
    return sorted(
        found.values(), key=lambda e: (e["updated_at"], e["type"], e["name"]), reverse=True
    )
