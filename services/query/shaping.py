"""What the read endpoints answer, from stored points (pure): memories, scopes, pages."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from qdrant_client import models

from memstream.contracts import payload as fields
from memstream.contracts.entities import ENTITY_FIELDS
from memstream.contracts.errors import ApiError
from memstream.store.base import Found

__all__ = ["MAX_PAGE_DEPTH", "PageWindow", "page_window", "public_memory", "scoped"]

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
        }
    )
    return memory


def _equals(key: str, value: str) -> models.FieldCondition:
    return models.FieldCondition(key=key, match=models.MatchValue(value=value))


def scoped(
    where: models.Filter | None,
    org_id: str,
    project_id: str,
    *,
    now: float | None,
    point_id: str | None = None,
) -> models.Filter:
    """`where` inside the caller's project, and without expired memories unless `now` is
    None. Every store query goes through this: isolation is part of the query itself."""
    must: list[models.Condition] = [
        _equals(fields.ORG_ID, org_id),
        _equals(fields.PROJECT_ID, project_id),
    ]
    if point_id is not None:
        must.append(models.HasIdCondition(has_id=[point_id]))
    if where is not None:
        must.append(where)
    must_not: list[models.Condition] = []
    if now is not None:
        expired = models.FieldCondition(key=fields.EXPIRATION_TS, range=models.Range(lte=now))
        must_not.append(expired)
    return models.Filter(must=must, must_not=must_not or None)


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
