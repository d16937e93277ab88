"""Reads of the memories collection: vector search, newest-first pages, counts, one id.

Every call takes a filter already scoped to the caller's project (`shaping.scoped`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from qdrant_client import AsyncQdrantClient, models

from services.query.shaping import Found

__all__ = ["MemoryReader", "QdrantReader"]

NEWEST_FIRST = models.OrderBy(key="created_at_ts", direction=models.Direction.DESC)


class MemoryReader(Protocol):
    async def search(
        self, vector: Sequence[float], where: models.Filter, limit: int, threshold: float
    ) -> list[Found]: ...

    async def page(self, where: models.Filter, offset: int, limit: int) -> list[Found]: ...

    async def count(self, where: models.Filter) -> int: ...

    async def first(self, where: models.Filter) -> Found | None: ...


def _found(point: models.ScoredPoint | models.Record, scored: bool) -> Found:
    score = point.score if scored and isinstance(point, models.ScoredPoint) else None
    return Found(str(point.id), point.payload or {}, score)


class QdrantReader:
    """Through qdrant-client: a Qdrant server, or local mode."""

    def __init__(self, client: AsyncQdrantClient, collection: str) -> None:
        self.client = client
        self.collection = collection

    async def search(
        self, vector: Sequence[float], where: models.Filter, limit: int, threshold: float
    ) -> list[Found]:
        response = await self.client.query_points(
            self.collection,
            query=list(vector),
            query_filter=where,
            limit=limit,
            score_threshold=threshold,
            with_payload=True,
        )
        return [_found(p, scored=True) for p in response.points]

    async def page(self, where: models.Filter, offset: int, limit: int) -> list[Found]:
        response = await self.client.query_points(
            self.collection,
            query=models.OrderByQuery(order_by=NEWEST_FIRST),
            query_filter=where,
            offset=offset,
            limit=limit,
            with_payload=True,
        )
        return [_found(p, scored=False) for p in response.points]

    async def count(self, where: models.Filter) -> int:
        return (await self.client.count(self.collection, count_filter=where, exact=True)).count

    async def first(self, where: models.Filter) -> Found | None:
        points, _ = await self.client.scroll(
            self.collection, scroll_filter=where, limit=1, with_payload=True
        )
        return _found(points[0], scored=False) if points else None
