"""What a memory store is: its points, what a read gives back, and its protocol.

Filters are qdrant-client `models.Filter` for every engine; payload field names come
from `memstream.contracts.payload`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from qdrant_client import models

__all__ = ["Found", "MemoryPoint", "VectorStore"]


@dataclass(frozen=True, slots=True)
class MemoryPoint:
    id: str
    vector: list[float]
    payload: dict[str, Any]


@dataclass(frozen=True, slots=True)
class Found:
    """A stored memory as a read gives it back (`score` for searches only)."""

    id: str
    payload: dict[str, Any]
    score: float | None = None
    vector: list[float] | None = None


class VectorStore(Protocol):
    async def ensure_collection(self, dims: int) -> None:
        """Open or create the collection: dense vectors of `dims` and keyword vectors
        (`memstream.store.keywords`); a collection made without the latter still opens,
        and its keyword searches raise `KeywordsUnavailableError`."""
        ...

    async def upsert(self, points: Sequence[MemoryPoint]) -> None: ...

    async def retrieve(self, ids: Sequence[str], with_vectors: bool = False) -> list[Found]: ...

    async def search(
        self,
        vector: Sequence[float],
        where: models.Filter,
        limit: int,
        threshold: float,
        keywords: str | None = None,
        payload_fields: Sequence[str] | None = None,
    ) -> list[Found]:
        """The nearest to `vector` scoring at least `threshold`; with `keywords` (the query's
        text), fused by rank with the BM25 ranking of those words (hybrid search). With
        `payload_fields`, only those payload fields come back (reading a whole payload
        costs more than the search itself on the extractor's hot path); with none, no
        payload (ids and scores only)."""
        ...

    async def page(self, where: models.Filter, offset: int, limit: int) -> list[Found]:
        """Newest first."""
        ...

    async def count(self, where: models.Filter | None = None) -> int: ...

    async def first(self, where: models.Filter) -> Found | None: ...

    async def scroll(self, where: models.Filter, limit: int) -> list[Found]:
        """Up to `limit` points `where` selects, in no particular order (no vectors)."""
        ...

    async def delete(self, ids: Sequence[str]) -> None: ...

    async def healthy(self) -> bool:
        """Whether the store answers at all (after one of its calls failed)."""
        ...

    async def close(self) -> None: ...
