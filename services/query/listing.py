"""Newest-first pages that hold still: memories of one add share a timestamp, and an
engine orders equal values as it likes, differently for each offset. So a page is cut
from the first `offset + limit` memories by (created_at desc, id), with every memory
tied with the last of them fetched too."""

from __future__ import annotations

from qdrant_client import models

from memstream.contracts.payload import NEWEST_FIRST, created_at_ts
from memstream.store.base import Found, VectorStore

__all__ = ["MAX_TIES", "cut_page", "newest_first"]

MAX_TIES = 10_000


def _ts(found: Found) -> float:
    return created_at_ts(found.payload)


def _order(found: Found) -> tuple[float, str]:
    return (-_ts(found), found.id)


def cut_page(head: list[Found], ties: list[Found], offset: int, limit: int) -> list[Found]:
    """The page from `head` (the engine's first memories, newest first) and `ties` (every
    memory as old as the last of `head`), in a total order: created_at desc, then id."""
    if not head:
        return []
    boundary = _ts(head[-1])
    merged = {f.id: f for f in head if _ts(f) > boundary}
    merged.update({f.id: f for f in ties})
    merged.update({f.id: f for f in head if f.id not in merged})
    return sorted(merged.values(), key=_order)[offset : offset + limit]


async def newest_first(
    store: VectorStore, where: models.Filter, offset: int, limit: int
) -> list[Found]:
    head = await store.page(where, 0, offset + limit)
    if len(head) < offset + limit:
        return cut_page(head, [], offset, limit)  # all of them: nothing beyond to tie with
    boundary = _ts(head[-1])
    same_time = models.FieldCondition(
        key=NEWEST_FIRST, range=models.Range(gte=boundary, lte=boundary)
    )
    ties = await store.page(models.Filter(must=[where, same_time]), 0, MAX_TIES)
    return cut_page(head, ties, offset, limit)
