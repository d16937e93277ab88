"""The extractor's view of the memory store (`memstream.store`): owners and upserts."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from memstream.contracts.payload import EVENT_ID
from memstream.llm.batching import MicroBatcher
from memstream.observability.metrics import observe_upstream
from memstream.store.base import MemoryPoint, VectorStore

__all__ = ["BatchingStore", "MemoryIndex", "MemoryStore"]


class MemoryIndex(Protocol):
    async def owners(self, ids: Sequence[str]) -> dict[str, str | None]: ...

    async def upsert(self, points: Sequence[MemoryPoint]) -> None: ...

    async def healthy(self) -> bool: ...


class MemoryStore:
    """Lookups by id and upserts only: no per-request step scans the collection."""

    def __init__(self, vectors: VectorStore) -> None:
        self.vectors = vectors

    async def ensure_collection(self, dims: int) -> None:
        await self.vectors.ensure_collection(dims)

    async def owners(self, ids: Sequence[str]) -> dict[str, str | None]:
        """For each id already stored, the event id that stored it."""
        async with observe_upstream("qdrant", "retrieve"):
            stored = await self.vectors.retrieve(ids)
        return {p.id: p.payload.get(EVENT_ID) for p in stored}

    async def upsert(self, points: Sequence[MemoryPoint]) -> None:
        async with observe_upstream("qdrant", "upsert"):
            await self.vectors.upsert(points)

    async def healthy(self) -> bool:
        return await self.vectors.healthy()


class BatchingStore:
    """The store's lookups and upserts of concurrent requests, shared in fewer calls."""

    def __init__(self, store: MemoryStore, max_size: int, max_wait_s: float) -> None:
        self._store = store
        self._lookups: MicroBatcher[str, tuple[bool, str | None]] = MicroBatcher(
            self._lookup_many, max_size, max_wait_s
        )
        self._writes: MicroBatcher[MemoryPoint, None] = MicroBatcher(
            self._write_many, max_size, max_wait_s
        )

    async def _lookup_many(self, ids: list[str]) -> list[tuple[bool, str | None]]:
        owners = await self._store.owners(list(dict.fromkeys(ids)))
        return [(i in owners, owners.get(i)) for i in ids]

    async def _write_many(self, points: list[MemoryPoint]) -> list[None]:
        await self._store.upsert(list({p.id: p for p in points}.values()))
        return [None] * len(points)

    async def owners(self, ids: Sequence[str]) -> dict[str, str | None]:
        found = await self._lookups.submit(ids)
        return {i: owner for i, (stored, owner) in zip(ids, found, strict=True) if stored}

    async def upsert(self, points: Sequence[MemoryPoint]) -> None:
        await self._writes.submit(points)

    async def healthy(self) -> bool:
        return await self._store.healthy()
