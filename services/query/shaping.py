"""What the read endpoints answer, from stored points (pure): memories, scopes, pages."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from qdrant_client import models

from memstream.qdrant import Found

__all__ = ["Page", "page_links", "page_window", "public_memory", "scoped"]

ENTITY_FIELDS = ("user_id", "agent_id", "app_id", "run_id")


@dataclass(frozen=True, slots=True)
class Page:
    offset: int
    limit: int


def public_memory(found: Found) -> dict[str, Any]:
    """The Mem0 shape of a memory; `score` only for search results."""
    payload = found.payload
    created = payload.get("created_at")
    memory: dict[str, Any] = {"id": found.id, "memory": payload.get("memory", "")}
    if found.score is not None:
        memory["score"] = found.score
    memory.update({name: payload.get(name) for name in ENTITY_FIELDS})
    memory.update(
        {
            "metadata": payload.get("metadata") or None,
            "created_at": created,
            "updated_at": payload.get("updated_at") or created,
            "expiration_date": payload.get("expiration_date"),
        }
    )
    return memory


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
        models.FieldCondition(key="org_id", match=models.MatchValue(value=org_id)),
        models.FieldCondition(key="project_id", match=models.MatchValue(value=project_id)),
    ]
    if point_id is not None:
        must.append(models.HasIdCondition(has_id=[point_id]))
    if where is not None:
        must.append(where)
    must_not: list[models.Condition] = []
    if now is not None:
        must_not.append(models.FieldCondition(key="expiration_ts", range=models.Range(lte=now)))
    return models.Filter(must=must, must_not=must_not or None)


def page_window(page: int, page_size: int) -> Page:
    return Page(offset=(page - 1) * page_size, limit=page_size)


def page_links(
    page: int, page_size: int, count: int, link: Callable[[int], str]
) -> tuple[str | None, str | None]:
    """(next, previous): URLs of the neighbouring pages, None where there is none."""
    more = page * page_size < count
    return (link(page + 1) if more else None, link(page - 1) if page > 1 else None)
