"""The extractor's view of the memory store (`memstream.store`): lookups by id, upserts,
the searches of an extraction's context and near-duplicates, and the scroll and delete an
erasure needs. The pipeline's store is a `MemoryStore`, its lookups and upserts batched
(`BatchingStore`), the searches' texts known without reading them (`TextKnowingStore`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from qdrant_client import models

from memstream.contracts import payload as fields
from memstream.llm.batching import MicroBatcher
from memstream.observability.metrics import observe_upstream
from memstream.store.base import Found, MemoryPoint, VectorStore

from .texts import MemoryTexts

__all__ = ["ONLY_TEXT", "BatchingStore", "MemoryIndex", "MemoryStore", "TextKnowingStore"]

Payload = dict[str, Any]
ONLY_TEXT = (fields.MEMORY,)  # what the context and near-duplicate searches read of a memory


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


class TextKnowingStore:
    """A search that reads only the memories' texts gets them from `texts` (what this
    process wrote or read last), reading only the ones it does not know; every write,
    lookup and delete through it keeps `texts` current."""

    def __init__(self, store: MemoryIndex, texts: MemoryTexts) -> None:
        self._store = store
        self.texts = texts

    def _learn(self, point_id: str, payload: Payload) -> None:
        text = payload.get(fields.MEMORY)
        if isinstance(text, str):
            self.texts.learn(point_id, text)

    async def lookup(self, ids: Sequence[str]) -> dict[str, Payload]:
        stored = await self._store.lookup(ids)
        for point_id, payload in stored.items():
            self._learn(point_id, payload)
        return stored

    async def upsert(self, points: Sequence[MemoryPoint]) -> None:
        # Forgotten first: a write that fails may still have been applied (a lost answer).
        self.texts.forget(p.id for p in points)
        await self._store.upsert(points)
        for point in points:
            self._learn(point.id, point.payload)

    async def search(
        self,
        vector: Sequence[float],
        where: models.Filter,
        limit: int,
        threshold: float,
        payload_fields: Sequence[str] | None = None,
    ) -> list[Found]:
        if payload_fields is None or tuple(payload_fields) != ONLY_TEXT:
            return await self._store.search(vector, where, limit, threshold, payload_fields)
        hits = await self._store.search(vector, where, limit, threshold, ())
        texts = self.texts.known(h.id for h in hits)
        if missing := [h.id for h in hits if h.id not in texts]:
            stored = await self.lookup(missing)
            texts |= {i: p[fields.MEMORY] for i, p in stored.items() if fields.MEMORY in p}
        # A hit gone by the lookup (erased since) is left out, as a later search would.
        return [Found(h.id, {fields.MEMORY: texts[h.id]}, h.score) for h in hits if h.id in texts]

    async def points(self, ids: Sequence[str]) -> list[Found]:
        return await self._store.points(ids)

    async def scroll(self, where: models.Filter, limit: int) -> list[Found]:
        return await self._store.scroll(where, limit)

    async def delete(self, ids: Sequence[str]) -> None:
        await self._store.delete(ids)
        self.texts.forget(ids)

    async def healthy(self) -> bool:
        return await self._store.healthy()
