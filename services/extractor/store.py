"""The extractor's view of the memory store (`memstream.store`): lookups by id, upserts,
the searches of an extraction's context and near-duplicates, and the scroll and delete an
erasure needs."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from qdrant_client import models

from memstream.llm.batching import MicroBatcher
from memstream.observability.metrics import observe_upstream
from memstream.store.base import Found, MemoryPoint, VectorStore

__all__ = ["BatchingStore", "MemoryIndex", "MemoryStore"]

Payload = dict[str, Any]


class MemoryIndex(Protocol):
    async def lookup(self, ids: Sequence[str]) -> dict[str, Payload]: ...

    async def upsert(self, points: Sequence[MemoryPoint]) -> None: ...

    async def search(
        self,
        vector: Sequence[float],
        where: models.Filter,
        limit: int,
        threshold: float,
        payload_fields: Sequence[str] | None = None,
    ) -> list[Found]:
        """The points `where` selects closest to `vector`, with their payloads (only
        `payload_fields` of them when given)."""
        ...

    async def points(self, ids: Sequence[str]) -> list[Found]:
        """Points with their vectors (an update keeps a vector it does not recompute)."""
        ...

    async def scroll(self, where: models.Filter, limit: int) -> list[Found]: ...

    async def delete(self, ids: Sequence[str]) -> None: ...

    async def healthy(self) -> bool: ...


class MemoryStore:
    """Lookups by id and upserts on the hot path; the only filtered reads are an
    erasure's, over the erased entity's points."""

    def __init__(self, vectors: VectorStore) -> None:
        self.vectors = vectors

    async def ensure_collection(self, dims: int) -> None:
        await self.vectors.ensure_collection(dims)

    async def lookup(self, ids: Sequence[str]) -> dict[str, Payload]:
        """The payload stored at each id that holds a point."""
        async with observe_upstream("qdrant", "retrieve"):
            stored = await self.vectors.retrieve(ids)
        return {p.id: p.payload for p in stored}

    async def points(self, ids: Sequence[str]) -> list[Found]:
        async with observe_upstream("qdrant", "retrieve"):
            return await self.vectors.retrieve(ids, with_vectors=True)

    async def upsert(self, points: Sequence[MemoryPoint]) -> None:
        async with observe_upstream("qdrant", "upsert"):
            await self.vectors.upsert(points)

    async def search(
        self,
        vector: Sequence[float],
        where: models.Filter,
        limit: int,
        threshold: float,
        payload_fields: Sequence[str] | None = None,
    ) -> list[Found]:
        async with observe_upstream("qdrant", "search"):
            return await self.vectors.search(
                vector, where, limit, threshold, payload_fields=payload_fields
            )

    async def scroll(self, where: models.Filter, limit: int) -> list[Found]:
        async with observe_upstream("qdrant", "scroll"):
            return await self.vectors.scroll(where, limit)

    async def delete(self, ids: Sequence[str]) -> None:
        async with observe_upstream("qdrant", "delete"):
            await self.vectors.delete(ids)

    async def healthy(self) -> bool:
        return await self.vectors.healthy()


class BatchingStore:
    """The store's lookups and upserts of concurrent requests, shared in fewer calls. One
    caller's points always go out in one call (the batcher never splits a submission),
    so a memory and its scope's registry entry are written together."""

    def __init__(self, store: MemoryStore, max_size: int, max_wait_s: float) -> None:
        self._store = store
        self._lookups: MicroBatcher[str, Payload | None] = MicroBatcher(
            self._lookup_many, max_size, max_wait_s
        )
        self._writes: MicroBatcher[MemoryPoint, None] = MicroBatcher(
            self._write_many, max_size, max_wait_s
        )

    async def _lookup_many(self, ids: list[str]) -> list[Payload | None]:
        stored = await self._store.lookup(list(dict.fromkeys(ids)))
        return [stored.get(i) for i in ids]

    async def _write_many(self, points: list[MemoryPoint]) -> list[None]:
        await self._store.upsert(list({p.id: p for p in points}.values()))
        return [None] * len(points)

    async def lookup(self, ids: Sequence[str]) -> dict[str, Payload]:
        found = await self._lookups.submit(ids)
        return {i: p for i, p in zip(ids, found, strict=True) if p is not None}

    async def upsert(self, points: Sequence[MemoryPoint]) -> None:
        await self._writes.submit(points)

    async def search(
        self,
        vector: Sequence[float],
        where: models.Filter,
        limit: int,
        threshold: float,
        payload_fields: Sequence[str] | None = None,
    ) -> list[Found]:
        return await self._store.search(vector, where, limit, threshold, payload_fields)

    async def points(self, ids: Sequence[str]) -> list[Found]:
        return await self._store.points(ids)

    async def scroll(self, where: models.Filter, limit: int) -> list[Found]:
        return await self._store.scroll(where, limit)

    async def delete(self, ids: Sequence[str]) -> None:
        await self._store.delete(ids)

    async def healthy(self) -> bool:
        return await self._store.healthy()
